import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { fitCard, mapRange, type Clampable } from '../../embed/compact-fit.ts';

/** The card's layout: the map's height and the keys (data-clamp-key) of the texts cut short. */
export interface CardFit {
  mapHeight: number;
  clamped: readonly string[];
}

/**
 * Measures the card and decides its compact layout (compact-fit.ts) whenever what it shows
 * (`layoutKey`: the step, the texts the reader opened, the title) or its size changes (the
 * host resized it, the reader enlarged the text), so new words in data/ never make it taller
 * than `budget`. Null until then: the prerendered card uses the stylesheet's defaults.
 *
 * Measuring puts the card briefly in two states the stylesheet knows (data-measure): "full"
 * (map at its tallest, every text whole) and "clamped" (every text cut short), then restores
 * it, all before the browser paints. Neither state depends on the current layout, so measuring
 * again gives the same answer and the layout settles at once.
 */
export function useCompactFit(
  ref: RefObject<HTMLElement | null>,
  budget: number,
  layoutKey: string,
): CardFit | null {
  const [fit, setFit] = useState<CardFit | null>(null);
  const [size, setSize] = useState('');

  useLayoutEffect(() => {
    const root = ref.current;
    const next = root ? measureFit(root, budget) : null;
    if (next)
      setFit((old) =>
        old && old.mapHeight === next.mapHeight && old.clamped.join() === next.clamped.join()
          ? old
          : next,
      );
  }, [ref, budget, layoutKey, size]);

  useEffect(() => {
    const root = ref.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    // A new size is measured again by the layout effect above. The layout it then picks changes
    // the size once more, and measuring that gives the same layout: it settles.
    const observer = new ResizeObserver(([entry]) =>
      setSize(
        entry
          ? `${Math.round(entry.contentRect.width)}×${Math.round(entry.contentRect.height)}`
          : '',
      ),
    );
    observer.observe(root);
    return () => observer.disconnect();
  }, [ref]);

  return fit;
}

const MAP_HEIGHT = '--embed-map-height';

function measureFit(root: HTMLElement, budget: number): CardFit | null {
  const canvas = root.querySelector<HTMLElement>('.map-canvas');
  if (!canvas || canvas.clientWidth === 0) return null;
  const items = Array.from(root.querySelectorAll<HTMLElement>('.embed-step.is-current .clampable'));
  const map = mapRange(canvas.clientWidth);
  const body = root.ownerDocument.body;
  const kept = root.style.getPropertyValue(MAP_HEIGHT);
  const height = (el: Element) => el.getBoundingClientRect().height;

  root.style.setProperty(MAP_HEIGHT, `${map.max}px`);
  root.dataset.measure = 'full';
  const natural = height(body);
  const whole = items.map(height);
  root.dataset.measure = 'clamped';
  const short = items.map(height);
  delete root.dataset.measure;
  if (kept) root.style.setProperty(MAP_HEIGHT, kept);
  else root.style.removeProperty(MAP_HEIGHT);

  const clampables: Clampable[] = items.map((el, i) => ({
    kind: el.dataset.clamp === 'quote' ? 'quote' : 'text',
    saving: (whole[i] ?? 0) - (short[i] ?? 0),
    open: el.classList.contains('is-open'),
  }));
  const { mapHeight, clamped } = fitCard({ natural, budget, map, clampables });
  return {
    mapHeight,
    clamped: items.filter((_, i) => clamped[i]).map((el) => el.dataset.clampKey ?? ''),
  };
}
