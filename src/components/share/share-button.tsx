import { useState } from 'react';
import type { Content } from '../../content/content-types.ts';
import { copyText } from './copy-text.ts';
import { allowedByPolicy } from './permissions-policy.ts';
import { useHydrated } from './use-hydrated.ts';
import { announce } from '../status/announcer.tsx';

type ShareState = 'idle' | 'copied' | 'manual';

/**
 * Shares a section: the system share sheet where there is one, else copies the link, else shows
 * it selected for copying by hand. Appears once scripts run (it needs them to do anything).
 */
export function ShareButton({
  url,
  title,
  content,
}: {
  url: string;
  title: string;
  content: Content;
}) {
  const hydrated = useHydrated();
  const [state, setState] = useState<ShareState>('idle');
  if (!hydrated) return <span className="share-row" />;

  async function share() {
    try {
      if (typeof navigator.share === 'function' && allowedByPolicy('web-share')) {
        await navigator.share({ title, url });
        return;
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
    const copied = await copyText(url);
    setState(copied ? 'copied' : 'manual');
    // Spoken through the page's one live region; the field to copy from takes the focus.
    if (copied) announce(content.ui.shareCopied);
  }

  return (
    <span className="share-row">
      <button type="button" className="share-button" onClick={share}>
        {content.ui.share}
      </button>
      <span className="share-status">
        {state === 'copied' ? content.ui.shareCopied : null}
        {state === 'manual' ? (
          <label>
            {content.ui.shareManual}{' '}
            <input
              type="text"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
              autoFocus
              size={Math.min(40, url.length)}
            />
          </label>
        ) : null}
      </span>
    </span>
  );
}
