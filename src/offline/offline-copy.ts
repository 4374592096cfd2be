/**
 * Saving and removing an edition's copy for offline reading, from the page: loaded only when the
 * reader presses the control (components/layout/offline-control.tsx), so a visit that does not
 * ask registers nothing and stores nothing.
 */
import { offlineCachePrefix } from './offline-manifest.ts';

/** An edition's worker script and scope, as absolute URLs. */
export interface OfflineEdition {
  worker: string;
  scope: string;
}

/** The edition's own registration, if any (not one whose scope merely covers it). */
const registrationsOf = async (edition: OfflineEdition) =>
  (await navigator.serviceWorker.getRegistrations()).filter((r) => r.scope === edition.scope);

/**
 * Resolves once the registration's newest worker is active (its copy complete); rejects if it
 * failed to install (a file missing, or changed while being saved).
 */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  return new Promise((resolve, reject) => {
    const watch = () => {
      if (worker?.state === 'activated') resolve();
      else if (!worker || worker.state === 'redundant') reject(new Error('not saved'));
    };
    worker?.addEventListener('statechange', watch);
    watch();
  });
}

/**
 * Registers the edition's worker and waits until its copy is saved. A first save that fails leaves
 * nothing behind; a copy saved before stays.
 */
export async function saveCopy(edition: OfflineEdition): Promise<void> {
  const saved = await registrationsOf(edition);
  try {
    const registration = await navigator.serviceWorker.register(edition.worker, {
      scope: edition.scope,
      updateViaCache: 'none',
    });
    await activated(registration);
  } catch (error) {
    if (saved.length === 0) await removeCopy(edition);
    throw error;
  }
}

/** Resolves once `worker` (if any) has stopped installing: until then it may write its cache. */
const installed = (worker: ServiceWorker | null) =>
  new Promise<void>((resolve) => {
    const watch = () => worker?.state !== 'installing' && resolve();
    worker?.addEventListener('statechange', watch);
    watch();
  });

/**
 * Unregisters the edition's worker and deletes every version of its copy, once a version being
 * saved (an update) has stopped writing.
 */
export async function removeCopy(edition: OfflineEdition): Promise<void> {
  await Promise.all(
    (await registrationsOf(edition)).map(async (r) => {
      const saving = r.installing;
      await r.unregister();
      await installed(saving);
    }),
  );
  const prefix = offlineCachePrefix(new URL(edition.scope).pathname);
  const names = (await caches.keys()).filter((name) => name.startsWith(prefix));
  await Promise.all(names.map((name) => caches.delete(name)));
}
