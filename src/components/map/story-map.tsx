import { memo, useId, useMemo, useRef, type RefObject } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';
import { cameraTransform, fitCamera, visibleWorldBounds, type Padding, type Viewport } from '../../geo/camera-math.ts';
import { labelAnchor, labelTransform } from './label-transform.ts';
import { legendItems, phoneLegendHeight, type LegendItem } from './legend-items.ts';
import { MapLegend } from './map-legend.tsx';
import { provincesOf } from '../../geo/provinces-of.ts';
import { snapScaleFor } from '../../geo/compact-path.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { useWorld } from './use-world.ts';
import { useCameraTransition } from './use-camera-transition.ts';
import { useElementSize } from './use-element-size.ts';
import { usePrefersReducedMotion } from '../motion/use-prefers-reduced-motion.ts';

/** Size assumed before the map is measured: a phone, as most readers are. */
const NOMINAL: Viewport = { width: 390, height: 844 };
/**
 * Phones show the map between the legend (top) and the story text, which covers the lower
 * part of the screen; wider screens keep the caption in a corner.
 */
const paddingFor = ({ width, height }: Viewport, legend: readonly LegendItem[], framing: Framing): Padding =>
  framing === 'card'
    ? { top: 16, right: 16, bottom: 16, left: 16 }
    : width < 700
    ? { top: 24 + phoneLegendHeight(legend, width), right: 16, bottom: Math.round(height * 0.45), left: 16 }
    : { top: 40, right: 40, bottom: 110, left: 40 };

/** "story": behind or beside scrolling text; "card": a self-contained box (embeds). */
type Framing = 'story' | 'card';

interface StoryMapProps {
  view: MapView;
  content: Content;
  framing?: Framing;
}

/**
 * The map for the active step. Geometry is projected once; a step changes only the camera
 * (one group transform), the shading of provinces, and which labels show. Renders fully on
 * the server, so the prerendered page already has the map; the browser keeps that drawing
 * until its own copy of the geometry arrives (see use-world.ts).
 */
export function StoryMap({ view, content, framing = 'story' }: StoryMapProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const drawing = useRef<SVGSVGElement>(null);
  const viewport = useElementSize(canvas, NOMINAL);
  const descriptionId = useId();
  const world = useWorld();
  const legend = useMemo(() => legendItems(view, content), [view, content]);
  // Without geometry yet, React adopts the prerendered drawing as it is and leaves it alone.
  const keepPrerendered = world ? {} : { dangerouslySetInnerHTML: { __html: '' }, suppressHydrationWarning: true };

  return (
    <figure className={framing === 'card' ? 'story-map is-card' : 'story-map'}>
      <div className="map-canvas" ref={canvas}>
        <svg ref={drawing} viewBox={`0 0 ${viewport.width} ${viewport.height}`} preserveAspectRatio="xMidYMid slice" role="img" aria-labelledby={descriptionId} {...keepPrerendered}>
          {world ? <MapDrawing world={world} view={view} content={content} viewport={viewport} padding={paddingFor(viewport, legend, framing)} drawing={drawing} /> : null}
        </svg>
      </div>
      <figcaption className="map-caption">
        <p id={descriptionId} className="map-description" aria-live="polite">
          <span className="map-label">{content.ui.mapShows}: </span>
          {view.description}
        </p>
        <MapLegend items={legend} />
      </figcaption>
    </figure>
  );
}

interface MapDrawingProps {
  world: WorldGeometry;
  view: MapView;
  content: Content;
  viewport: Viewport;
  padding: Padding;
  /** The SVG, for the camera to move in flight without re-rendering. */
  drawing: RefObject<SVGSVGElement | null>;
}

/** The SVG's contents: land, shading, border, route and labels under the step's camera. */
function MapDrawing({ world, view, content, viewport, padding, drawing }: MapDrawingProps) {
  const reduceMotion = usePrefersReducedMotion();
  const { top, right, bottom, left } = padding;
  const target = useMemo(
    () => fitCamera(world.viewBounds(view.focus), viewport, { top, right, bottom, left }, { maxK: 6 }),
    [world, view.focus, viewport, top, right, bottom, left],
  );
  const camera = useCameraTransition(target, viewport, reduceMotion, drawing);

  const tones = useMemo(() => {
    const map = new Map<string, 'primary' | 'secondary'>();
    // Earlier groups win: the first listed is the step's subject.
    for (const group of [...view.highlight].reverse()) for (const r of group.regions) for (const p of provincesOf(world, r)) map.set(p, group.tone);
    return map;
  }, [world, view.highlight]);

  const highlighted = new Set(view.highlight.flatMap((h) => h.regions));
  const placeNames = new Set(view.places.map((id) => content.places[id]?.name));
  const labels = [
    ...world.countryLabels.filter((c) => !highlighted.has(c.id)).map((c) => ({ key: `c-${c.id}`, at: c.at, text: content.regions[c.id]?.name ?? c.id, kind: 'country' })),
    // A city-province marked as a place (Beijing) is named once, by its marker.
    ...view.highlight.flatMap((h) => h.regions.filter((id) => !placeNames.has(content.regions[id]?.name)).map((id) => ({ key: `r-${id}`, at: world.anchors[id], text: content.regions[id]?.name ?? id, kind: `region tone-${h.tone}` }))),
    ...view.places.map((id) => ({ key: `p-${id}`, at: world.places[id], text: content.places[id]?.name ?? id, kind: 'place' })),
    // Orientation only: hollow and grey, and the legend says so.
    ...(view.orientation ?? []).map((id) => ({ key: `o-${id}`, at: world.places[id], text: content.places[id]?.name ?? id, kind: 'place is-orientation' })),
  ];
  const route = view.route ? world.routes[view.route] : undefined;
  // The prerendered page shows one frame until the browser has its own geometry: land it cannot
  // show is left out, so the first frame fits in the page's first bytes. The browser's drawing
  // has everything, for the camera to move over. Its points are snapped to at most half a
  // screen pixel at this frame's zoom.
  const land = import.meta.env.SSR ? world.landWithin(visibleWorldBounds(camera, viewport, 0.05), snapScaleFor(camera.k)) : world;

  return (
    <>
      <defs>
        <pattern id="hatch-secondary" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
        </pattern>
      </defs>
      <rect className="sea" width={viewport.width} height={viewport.height} />
      <g transform={cameraTransform(camera)} data-camera="">
        <BaseLand land={land} />
        <g className="highlights">
          {land.provinces.filter((p) => tones.has(p.id)).map((p) => (
            <path key={p.id} d={p.d} className={`province tone-${tones.get(p.id)}`} data-region={p.id} />
          ))}
        </g>
        {view.border ? <path className="border" d={world.border} /> : null}
        {route ? <path key={view.route} className={route.head ? 'route is-gesture' : 'route'} d={route.d} pathLength={1} /> : null}
      </g>
      <g className="labels" aria-hidden="true">
        {view.border ? (
          <>
            <RiverLabel text={content.ui.riverYalu} at={world.rivers.yalu} camera={camera} />
            <RiverLabel text={content.ui.riverTumen} at={world.rivers.tumen} camera={camera} />
          </>
        ) : null}
        {route?.head ? (
          <g className="label route-head" transform={labelTransform(camera, route.head.at, route.head.angle)} data-at={labelAnchor(route.head.at)} data-angle={route.head.angle}>
            <path d="M1,0L-11,-6L-8,0L-11,6Z" />
          </g>
        ) : null}
        {labels.map(({ key, at, text, kind }) => {
          if (!at) return null;
          const isPlace = kind.startsWith('place');
          return (
            <g key={key} className={`label ${kind}`} transform={labelTransform(camera, at)} data-at={labelAnchor(at)}>
              {isPlace ? <circle r="3.5" /> : null}
              <text x={isPlace ? 6 : 0} y={isPlace ? 4 : 0} textAnchor={isPlace ? 'start' : 'middle'}>{text}</text>
            </g>
          );
        })}
      </g>
    </>
  );
}

/** Land that never changes: drawn once and skipped by React on every camera frame. */
const BaseLand = memo(function BaseLand({ land }: { land: Pick<WorldGeometry, 'provinces' | 'context'> }) {
  return (
    <>
      <g className="context">{land.context.map((c) => <path key={c.id} d={c.d} />)}</g>
      <g className="provinces">{land.provinces.map((p) => <path key={p.id} d={p.d} className={`province country-${p.country}`} />)}</g>
    </>
  );
});

function RiverLabel({ text, at, camera }: { text: string; at: { x: number; y: number; angle: number }; camera: { k: number; x: number; y: number } }) {
  return (
    <text className="label river" transform={labelTransform(camera, [at.x, at.y], at.angle)} data-at={labelAnchor([at.x, at.y])} data-angle={at.angle} textAnchor="middle" dy="-6">
      {text}
    </text>
  );
}
