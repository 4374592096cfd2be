import type { LegendItem } from './legend-items.ts';

/** Swatch and words for every shading and line a view uses: never colour alone. */
export function MapLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="map-legend">
      {items.map((item, i) => <li key={i} className={`legend-${item.kind}`}>{item.text}</li>)}
    </ul>
  );
}
