/**
 * The service worker of an edition's copy for offline reading, registered only when the reader
 * asks (components/layout/offline-control.tsx). The build writes it once per edition, at the
 * edition's folder, with the edition's manifest (src/offline/offline-manifest.ts) in front of it
 * as `OFFLINE_MANIFEST`; any change to a saved file changes the worker, and so updates it.
 *
 * A version is saved whole before it is used: every file is fetched past the HTTP cache and
 * checked against its integrity hash (a host caught halfway through publishing fails the
 * install, and the old copy stays), then put into a cache named by the build's hash, then
 * marked complete. Only then does the new worker take over; it deletes the older versions'
 * caches. Until then the old worker serves the old version, every page and script from one
 * build. No other code: this file and the manifest are the whole worker.
 */
import {
  COMPLETE_KEY,
  offlineCacheName,
  offlineCachePrefix,
  offlineRoute,
  servesPage,
  type OfflineManifest,
  type OfflineRoute,
} from './offline/offline-manifest.ts';

declare const OFFLINE_MANIFEST: OfflineManifest;

// The DOM library has no service worker types (and cannot be mixed with the webworker one): the
// few this worker uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: {
    get(id: string): Promise<{ url: string } | undefined>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const manifest = OFFLINE_MANIFEST;
const cacheName = offlineCacheName(manifest.scope, manifest.build);

/** Fetches and checks every file, then saves them all, then marks the version complete. */
async function save(): Promise<void> {
  const cache = await caches.open(cacheName);
  if (await cache.match(COMPLETE_KEY)) return;
  try {
    const saved = await Promise.all(
      Object.entries(manifest.files).map(async ([path, integrity]) => {
        const response = await fetch(path, { cache: 'no-cache', integrity });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        // The body as read (decoded), with the headers that do not describe its transfer.
        const headers = new Headers(response.headers);
        for (const name of ['content-encoding', 'content-length', 'etag', 'last-modified', 'date'])
          headers.delete(name);
        return [path, new Response(await response.blob(), { headers })] as const;
      }),
    );
    await Promise.all(saved.map(([path, response]) => cache.put(path, response)));
    await cache.put(COMPLETE_KEY, new Response(manifest.build));
  } catch (error) {
    await caches.delete(cacheName);
    throw error;
  }
}

worker.addEventListener('install', (event) =>
  event.waitUntil(save().then(() => worker.skipWaiting())),
);

worker.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      await worker.clients.claim();
      const older = (await caches.keys()).filter(
        (name) => name.startsWith(offlineCachePrefix(manifest.scope)) && name !== cacheName,
      );
      await Promise.all(older.map((name) => caches.delete(name)));
    })(),
  ),
);

/**
 * A saved response, as a new one: with no URL of its own, a page keeps the address it was opened
 * at.
 */
async function fromCopy(route: OfflineRoute, request: Request): Promise<Response> {
  if (route.kind === 'redirect') {
    const to = new URL(route.to, request.url);
    to.search = new URL(request.url).search;
    return Response.redirect(to.href, 301);
  }
  const saved =
    route.kind === 'network' ? undefined : await caches.match(route.path, { cacheName });
  // Removed while this worker still runs (the reader's "Remove"): the network, as without it.
  if (!saved) return fetch(request);
  const status = route.kind === 'not-found' ? 404 : saved.status;
  return new Response(saved.body, { status, headers: saved.headers });
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  const navigate = request.mode === 'navigate';
  const route = offlineRoute(manifest, url.pathname, navigate);
  if (route.kind === 'network') return;
  if (navigate) return event.respondWith(fromCopy(route, request));
  // A saved script asked for by a page this copy does not serve (another edition's, an embed's)
  // comes from the network, with that page.
  event.respondWith(
    worker.clients
      .get(event.clientId)
      .then((client) =>
        !client || servesPage(manifest, new URL(client.url).pathname)
          ? fromCopy(route, request)
          : fetch(request),
      ),
  );
});
