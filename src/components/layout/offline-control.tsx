import { useId, useState } from 'react';
import type { Content } from '../../content/content-types.ts';
import { pathsFor } from '../../address/paths.ts';
import { withBase } from '../../address/site-base.ts';

type Status = 'saving' | 'saved' | 'removing' | 'removed' | 'failed' | 'removeFailed';

/**
 * "Save for offline reading": registers the edition's service worker, which saves the edition
 * (src/offline/); "Remove the saved copy" takes it away. Nothing is registered or stored until
 * the reader asks, and the code that does it loads on the press. Rendered by the footer once
 * scripts run, in browsers with service workers (site-header.tsx); whether a copy is saved is
 * read from the worker that controls the page, which touches no storage.
 */
export function OfflineControl({
  content,
  announce,
}: {
  content: Content;
  /** Speaks through the page's one live region (announcer.tsx), which the page's script holds. */
  announce: (text: string) => void;
}) {
  const noteId = useId();
  const [status, setShown] = useState<Status | null>(null);

  const paths = pathsFor(content.locale);
  const href = (path: string) => new URL(withBase(path), window.location.href).href;
  const edition = { worker: href(paths.offlineWorker()), scope: href(paths.offlineScope()) };
  const saved =
    status === 'saved' ||
    status === 'removeFailed' ||
    (status === null && navigator.serviceWorker.controller?.scriptURL === edition.worker);
  const busy = status === 'saving' || status === 'removing';
  const { ui } = content;
  const message: Record<Status, string> = {
    saving: ui.offlineSaving,
    saved: ui.offlineSaved,
    removing: '',
    removed: ui.offlineRemoved,
    failed: ui.offlineFailed,
    removeFailed: ui.offlineRemoveFailed,
  };

  // Shown beside the button, and spoken once through the page's live region.
  function setStatus(next: Status) {
    setShown(next);
    if (message[next]) announce(message[next]);
  }

  async function toggle() {
    if (busy) return;
    setStatus(saved ? 'removing' : 'saving');
    try {
      const copy = await import('../../offline/offline-copy.ts');
      await (saved ? copy.removeCopy(edition) : copy.saveCopy(edition));
      setStatus(saved ? 'removed' : 'saved');
    } catch {
      setStatus(saved ? 'removeFailed' : 'failed');
    }
  }

  return (
    <div className="offline-copy">
      <button
        type="button"
        className="offline-button"
        aria-describedby={noteId}
        aria-disabled={busy || undefined}
        onClick={toggle}
      >
        {saved ? ui.offlineRemove : ui.offlineSave}
      </button>
      <span className="offline-status">{status ? message[status] : null}</span>
      <p id={noteId} className="offline-note">
        {ui.offlineNote}
      </p>
    </div>
  );
}
