import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Viewport } from '../../geo/camera-math.ts';

/**
 * The element's content size, tracked with ResizeObserver (never read in a scroll handler).
 * Server render and the first client render use `fallback`, so hydration matches.
 */
export function useElementSize(ref: RefObject<Element | null>, fallback: Viewport): Viewport {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const apply = (width: number, height: number) => {
      if (width < 1 || height < 1) return;
      const w = Math.round(width);
      const h = Math.round(height);
      setSize((old) => (old.width === w && old.height === h ? old : { width: w, height: h }));
    };
    const rect = el.getBoundingClientRect();
    apply(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) apply(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
