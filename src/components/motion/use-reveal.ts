import { useEffect, useState, type CSSProperties, type RefObject } from 'react';

/** Where an element starts before it slides in: offscreen, so the reader never sees it vanish. */
const WAITING: CSSProperties = { opacity: 0, transform: 'translateY(32px)' };

/**
 * Slides an element in (framer-motion) when it first scrolls into view. Text is always in the
 * prerendered HTML and visible; only elements still below the fold after hydration are hidden,
 * and the animation engine is fetched only when the first one arrives, so it costs nothing
 * up front. Nothing is hidden when the reader prefers reduced motion or IntersectionObserver is
 * missing; if the engine fails to load, the element simply appears.
 * Returns the inline style to apply (undefined when nothing is pending).
 */
export function useReveal(ref: RefObject<HTMLElement | null>): CSSProperties | undefined {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    if (el.getBoundingClientRect().top < window.innerHeight) return;
    // Hide only what is offscreen right now (a measurement, once, after hydration).
    Object.assign(el.style, WAITING);
    setWaiting(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        import('framer-motion/dom')
          // A whole `transform` (not framer's `y`) runs as a compositor (WAAPI) animation, off the
          // main thread that a slow phone is short of while scrolling.
          .then(
            ({ animate }) =>
              animate(
                el,
                { opacity: [0, 1], transform: ['translateY(32px)', 'translateY(0px)'] },
                { duration: 0.45, ease: 'easeOut' },
              ).finished,
          )
          .catch(() => undefined)
          .finally(() => {
            el.style.opacity = '';
            el.style.transform = '';
            setWaiting(false);
          });
      },
      { rootMargin: '0px 0px -10% 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return waiting ? WAITING : undefined;
}
