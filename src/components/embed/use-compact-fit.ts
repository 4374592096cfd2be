import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { fitCard, mapRange, sameFit, type Fit } from '../../embed/compact-fit.ts';

/**
 * Measures the card and decides its compact layout (compact-fit.ts) whenever what it shows
 * (`layoutKey`: the step, the quotes the reader opened, the title) or its size changes (the
 * host resized it, the reader enlarged the text), so new words in data/ never make it taller
 * than `budget`. Null until then: the prerendered card
 * uses the stylesheet's defaults.
 *
 * Measuring puts the card briefly in two states the stylesheet knows (data-measure): "full"
 * (map at its tallest, every quote whole) and "clamped" (every quote cut short), then restores
 * it, all before the browser paints. Neither state depends on the current layout, so measuring
 * again gives the same answer and the layout settles at once.
 */
export function useCompactFit(ref: RefObject<HTMLElement | null>, budget: number, layoutKey: string): Fit | null {
  const [fit, setFit] = useState<Fit | null>(null);
  const [size, setSize] = useState('');

  useLayoutEffect(() => {
    const root = ref.current;
    const next = root ? measureFit(root, budget) : null;
    if (next) setFit((old) => (sameFit(old, next) ? old : next));
  }, [ref, budget, layoutKey, size]);

  useEffect(() => {
    const root = ref.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    // A new size is measured again by the layout effect above. The layout it then picks changes
    // the size once more, and measuring that gives the same layout: it settles.
    const observer = new ResizeObserver(([entry]) => setSize(entry ? `${Math.round(entry.contentRect.width)}×${Math.round(entry.contentRect.height)}` : ''));
    observer.observe(root);
    return () => observer.disconnect();
  }, [ref]);

  return fit;
}

const MAP_HEIGHT = '--embed-map-height';

function measureFit(root: HTMLElement, budget: number): Fit | null {
  const canvas = root.querySelector<HTMLElement>('.map-canvas');
  if (!canvas || canvas.clientWidth === 0) return null;
  const quotes = Array.from(root.querySelectorAll<HTMLElement>('.embed-step.is-current .quote'));
  const map = mapRange(canvas.clientWidth);
  const body = root.ownerDocument.body;
  const kept = root.style.getPropertyValue(MAP_HEIGHT);
  const height = (el: Element) => el.getBoundingClientRect().height;

  root.style.setProperty(MAP_HEIGHT, `${map.max}px`);
  root.dataset.measure = 'full';
  const natural = height(body);
  const whole = quotes.map(height);
  root.dataset.measure = 'clamped';
  const short = quotes.map(height);
  delete root.dataset.measure;
  if (kept) root.style.setProperty(MAP_HEIGHT, kept);
  else root.style.removeProperty(MAP_HEIGHT);

  return fitCard({
    natural,
    budget,
    map,
    quotes: quotes.map((q, i) => ({ saving: (whole[i] ?? 0) - (short[i] ?? 0), open: q.classList.contains('is-open') })),
  });
}
