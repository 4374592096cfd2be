import { useSyncExternalStore } from 'react';

/**
 * The page's one live region (WCAG 4.1.3): every status a reader should hear (an embed's step
 * position, a copied link, a saved copy) is spoken through it, briefly, so that no two regions
 * talk at once and nothing long is read out as it changes. Rendered once per page, empty until
 * something is announced: a region must exist before its words change to be heard.
 */
let message = '';
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Speak `text` once. The same words again are spoken again (a second "Link copied"). */
export function announce(text: string): void {
  // A region speaks when its words change: the same words again differ by a no-break space.
  message = message === text ? `${text}\u00a0` : text;
  listeners.forEach((listener) => listener());
}

export function Announcer() {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => '',
  );
  return (
    <p role="status" className="visually-hidden">
      {text}
    </p>
  );
}
