import { memo, useMemo, type RefObject } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';
import type { Viewport } from '../../geo/camera-math.ts';
import { snapScaleFor } from '../../geo/compact-path.ts';
import { provinceTones } from '../../geo/provinces-of.ts';
import { cameraForView, subjectBounds } from '../../geo/view-camera.ts';
import { viewLabels } from '../../geo/view-labels.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { usePrefersReducedMotion } from '../motion/use-prefers-reduced-motion.ts';
import type { MapChrome } from './map-chrome.ts';
import { mapNames } from './map-names.ts';
import { MapLabels } from './map-labels.tsx';
import { measurePageText, PAGE_LABEL_STYLE } from './page-label-style.ts';
import { useCameraFlight } from './use-camera-flight.ts';

interface MapDrawingProps {
  world: WorldGeometry;
  view: MapView;
  content: Content;
  viewport: Viewport;
  chrome: MapChrome;
  canvas: RefObject<HTMLDivElement | null>;
  worldId: string;
  descriptionId: string;
}

/**
 * Two layers: the drawing (sea, land, shading, border, route) under the step's camera, and
 * the labels over it, placed by the engine for that camera (clear of the caption).
 */
export function MapDrawing({
  world,
  view,
  content,
  viewport,
  chrome,
  canvas,
  worldId,
  descriptionId,
}: MapDrawingProps) {
  const reduceMotion = usePrefersReducedMotion();
  const { top, right, bottom, left } = chrome.padding;
  const target = useMemo(
    () =>
      cameraForView(
        subjectBounds(world, view),
        viewport,
        { top, right, bottom, left },
        world.coverage,
      ),
    [world, view, viewport, top, right, bottom, left],
  );
  const {
    camera,
    flying,
    landed: landedView,
  } = useCameraFlight({
    target,
    landing: view,
    viewport,
    reduceMotion,
    canvas,
    worldId,
    coverage: world.coverage,
  });

  const tones = useMemo(() => provinceTones(world, view.highlight), [world, view.highlight]);
  const names = useMemo(() => mapNames(content), [content]);
  const caption = chrome.caption;
  // Labels are placed for the view the camera has landed on: when a flight is about to start
  // (the view has changed, the camera not yet), the last ones stay and step aside; placing them
  // for a camera about to leave would cost a long frame on a slow phone for nothing.
  const labels = useMemo(
    () =>
      viewLabels({
        world,
        view: landedView,
        names,
        camera,
        viewport,
        style: PAGE_LABEL_STYLE,
        measure: measurePageText,
        keepOut: caption ? [caption] : [],
      }),
    [world, landedView, names, camera, viewport, caption],
  );
  const route = view.route ? world.routes[view.route] : undefined;
  // The prerendered page shows one frame until the browser has its own geometry: land it cannot
  // show is left out, so the first frame fits in the page's first bytes. The browser's drawing
  // has everything, for the camera to move over. Its points are snapped to at most half a
  // screen pixel at this frame's zoom.
  const land = import.meta.env.SSR
    ? world.landWithin(camera.visibleBounds(viewport, 0.05), snapScaleFor(camera.screenLength(1)))
    : world;
  const viewBox = `0 0 ${viewport.width} ${viewport.height}`;

  return (
    <>
      <svg
        className="map-drawing"
        viewBox={viewBox}
        preserveAspectRatio="xMidYMid slice"
        role="img"
        aria-labelledby={descriptionId}
      >
        <defs>
          <pattern
            id="hatch-secondary"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
          </pattern>
        </defs>
        <rect className="sea" width={viewport.width} height={viewport.height} />
        <g transform={camera.toString()} data-camera="">
          <g id={worldId}>
            <BaseLand land={land} />
            <g className="highlights">
              {land.provinces
                .filter((p) => tones.has(p.id))
                .map((p) => (
                  <path
                    key={p.id}
                    d={p.d}
                    className={`province tone-${tones.get(p.id)}`}
                    data-region={p.id}
                  />
                ))}
            </g>
            {view.border ? <path className="border" d={world.border} /> : null}
            {route ? (
              <path
                key={view.route}
                className={route.head ? 'route is-gesture' : 'route'}
                d={route.d}
                pathLength={1}
              />
            ) : null}
          </g>
        </g>
      </svg>
      <MapLabels
        labels={labels}
        head={landedView.route ? world.routes[landedView.route]?.head : undefined}
        camera={camera}
        viewBox={viewBox}
        flying={flying}
      />
    </>
  );
}

/** Land that never changes: drawn once and skipped by React on every step. */
const BaseLand = memo(function BaseLand({
  land,
}: {
  land: Pick<WorldGeometry, 'provinces' | 'context'>;
}) {
  return (
    <>
      <g className="context">
        {land.context.map((c) => (
          <path key={c.id} d={c.d} />
        ))}
      </g>
      <g className="provinces">
        {land.provinces.map((p) => (
          <path key={p.id} d={p.d} className={`province country-${p.country}`} />
        ))}
      </g>
    </>
  );
});
