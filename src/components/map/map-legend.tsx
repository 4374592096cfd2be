import type { LegendItem } from './legend-items.ts';
import { LegendSwatch } from './legend-swatch.tsx';

/**
 * Swatch and words for every shading and line a view uses: never colour alone. Folded into a
 * "Key" disclosure on short drawings (map-chrome.ts), so it never covers the subject.
 */
export function MapLegend({
  items,
  folded,
  keyLabel,
}: {
  items: readonly LegendItem[];
  folded: boolean;
  keyLabel: string;
}) {
  if (items.length === 0) return null;
  const list = (
    <ul className="map-legend">
      {items.map((item, i) => (
        <li key={i} className={`legend-${item.kind}`}>
          <LegendSwatch kind={item.kind} />
          {item.text}
        </li>
      ))}
    </ul>
  );
  return folded ? (
    <details className="map-key">
      <summary>{keyLabel}</summary>
      {list}
    </details>
  ) : (
    list
  );
}
