import type { ReactNode } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';
import type { Viewport } from '../../geo/camera-math.ts';
import { mapWordsLead } from '../../content/ui-phrases.ts';
import { legendItems, type LegendItem } from './legend-items.ts';
import { mapChrome, type Framing, type MapChrome } from './map-chrome.ts';
import { MapLegend } from './map-legend.tsx';

/** A view's caption as it will be laid out: its legend, and the room it and the words take. */
export interface CaptionLayout {
  legend: readonly LegendItem[];
  chrome: MapChrome;
}

/**
 * The caption's legend and the room it takes over a drawing of `viewport` size, measured from the
 * same words MapCaption writes.
 */
export function captionLayout(
  view: MapView,
  content: Content,
  viewport: Viewport,
  framing: Framing,
  beside: boolean,
): CaptionLayout {
  const legend = legendItems(view, content);
  const words = `${mapWordsLead(content.ui)}${view.description}`;
  return {
    legend,
    chrome: mapChrome(viewport, framing, legend, words, beside, content.ui.mapKey),
  };
}

/**
 * The map's caption: what the view shows, and its legend (folded to a "Key" on short drawings).
 * Part of the map's runtime with the drawing it describes, so the two change together: until the
 * runtime arrives the page keeps the server's caption beside the server's drawing.
 */
export function MapCaption({
  view,
  content,
  layout: { chrome, legend },
  caption,
}: {
  view: MapView;
  content: Content;
  layout: CaptionLayout;
  /** The description as the page writes it out itself (/read/); else the view's words. */
  caption?: ReactNode;
}) {
  const label = mapWordsLead(content.ui);
  const box = chrome.caption;
  return (
    <figcaption
      className={chrome.collapsed ? 'map-caption is-folded' : 'map-caption'}
      // Beside the story's and the embed's steps, which tell each state in words, the caption
      // is for the eye only, unless its key is folded into a button.
      aria-hidden={caption === undefined && !chrome.collapsed ? true : undefined}
      // The room labels leave the caption (tests hold the caption to it).
      data-keep-out={box ? [box.x0, box.y0, box.x1, box.y1].map(Math.round).join(',') : undefined}
    >
      {caption === undefined ? (
        // The steps carry each state in words, in reading order (step-words.tsx, embed-card.tsx).
        <p className="map-description" aria-hidden="true">
          <span className="map-label">{label}</span>
          {view.description}
        </p>
      ) : (
        <p className="map-description">
          {/* The drawing's name already says it. */}
          <span className="map-label" aria-hidden="true">
            {label}
          </span>
          {caption}
        </p>
      )}
      <MapLegend items={legend} folded={chrome.collapsed} keyLabel={content.ui.mapKey} />
    </figcaption>
  );
}
