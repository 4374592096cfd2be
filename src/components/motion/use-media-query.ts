import { useSyncExternalStore } from 'react';

interface Watched {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

/**
 * One MediaQueryList per query, made once: React reads the snapshot at every render and commit of
 * every component that asks, and a new matchMedia() for each read cost 17 ms of script in one
 * scroll pass through the story at CPU ×4, more than any other browser call.
 */
const watched = new Map<string, Watched>();
function watch(query: string): Watched {
  let known = watched.get(query);
  if (!known) {
    const list =
      typeof window !== 'undefined' && typeof window.matchMedia === 'function'
        ? window.matchMedia(query)
        : null;
    known = {
      subscribe: (onChange) => {
        list?.addEventListener('change', onChange);
        return () => list?.removeEventListener('change', onChange);
      },
      matches: () => list?.matches ?? false,
    };
    watched.set(query, known);
  }
  return known;
}

/**
 * Whether a CSS media query matches, live. False on the server and while hydrating (a phone's
 * default).
 */
export function useMediaQuery(query: string): boolean {
  const { subscribe, matches } = watch(query);
  return useSyncExternalStore(subscribe, matches, () => false);
}
