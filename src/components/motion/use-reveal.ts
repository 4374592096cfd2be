import { useEffect, useState, type RefObject } from 'react';

export type RevealState = 'shown' | 'waiting' | 'revealing';

/**
 * Whether an element should slide in when it first scrolls into view. Text is always in the
 * prerendered HTML and visible; only elements still below the fold at hydration are hidden
 * (offscreen, so the reader never sees them vanish) and then revealed. Nothing is hidden when
 * the reader prefers reduced motion or IntersectionObserver is missing.
 */
export function useReveal(ref: RefObject<HTMLElement | null>): RevealState {
  const [state, setState] = useState<RevealState>('shown');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    if (el.getBoundingClientRect().top < window.innerHeight) return;
    setState('waiting');
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setState('revealing');
          observer.disconnect();
        }
      },
      { rootMargin: '0px 0px -10% 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return state;
}
