import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';

/**
 * The graphic for the active step. Until the D3 map lands it states the step's map view in
 * words: the same text description the map will carry for screen readers.
 */
export function MapPanel({ view, content }: { view: MapView; content: Content }) {
  const name = (id: string) => content.regions[id]?.name ?? id;
  return (
    <figure className="map-panel">
      <figcaption className="map-description" aria-live="polite">
        <span className="map-label">{content.ui.mapShows}: </span>
        {view.description}
      </figcaption>
      <ul className="map-legend">
        {view.highlight.map((h, i) => (
          <li key={i} className={`legend-${h.tone}`}>
            {h.regions.map(name).join(', ')}
            {h.label ? `: ${h.label}` : ''}
          </li>
        ))}
      </ul>
    </figure>
  );
}
