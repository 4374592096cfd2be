import { useEffect } from 'react';

/**
 * A signal tests and tools can wait on instead of guessing with sleeps: `data-hydrated` on
 * <html> once the page (the site's or an embed's card) is live.
 */
export function useHydrationSignal(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
}
