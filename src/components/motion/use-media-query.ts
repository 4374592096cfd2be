import { useSyncExternalStore } from 'react';

const subscribeTo = (query: string) => (onChange: () => void) => {
  const list = window.matchMedia?.(query);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
};
const subscribers = new Map<string, ReturnType<typeof subscribeTo>>();

/**
 * Whether a CSS media query matches, live. False on the server and while hydrating (a phone's
 * default).
 */
export function useMediaQuery(query: string): boolean {
  let subscribe = subscribers.get(query);
  if (!subscribe) subscribers.set(query, (subscribe = subscribeTo(query)));
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
