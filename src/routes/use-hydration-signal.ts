import { useEffect } from 'react';

/**
 * A signal tests and tools can wait on instead of guessing with sleeps: `data-hydrated` on
 * <html> once the page (the site's or an embed's card) is live. Call it from inside the same
 * Suspense boundary as the page's content: an effect outside a boundary runs when the root
 * commits, while the boundary's server HTML may still be waiting for its chunk, its links
 * without their handlers.
 */
export function useHydrationSignal(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
}

/** The signal as an element, set beside a page's content, inside its boundary (app.tsx). */
export function HydrationSignal(): null {
  useHydrationSignal();
  return null;
}
