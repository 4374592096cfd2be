import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';

/** Swatch and words for every shading and line a view uses: never colour alone. */
export function MapLegend({ view, content }: { view: MapView; content: Content }) {
  const name = (id: string) => content.regions[id]?.name ?? id;
  const route = view.route ? content.routes[view.route] : undefined;
  if (view.highlight.length === 0 && !view.border && !route) return null;
  return (
    <ul className="map-legend">
      {view.highlight.map((h, i) => (
        <li key={i} className={`legend-${h.tone}`}>
          {h.regions.map(name).join(', ')}
          {h.label ? `: ${h.label}` : ''}
        </li>
      ))}
      {view.border ? <li className="legend-border">{content.ui.borderLabel}</li> : null}
      {route ? <li className="legend-route">{route.label}</li> : null}
    </ul>
  );
}
