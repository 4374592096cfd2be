import { useSyncExternalStore } from 'react';

/** The breakpoint at which global.css puts the story text beside the map instead of over it. */
const QUERY = '(min-width: 56rem)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia?.(QUERY);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the story's text runs beside the map (live). False on the server and while hydrating, as on a phone. */
export function useWideLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(QUERY).matches ?? false, () => false);
}
