import { useMemo, useRef, type RefObject } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';
import type { Viewport } from '../../geo/camera-math.ts';
import { snapScaleFor } from '../../geo/compact-path.ts';
import { provinceTones } from '../../geo/provinces-of.ts';
import { cameraForView, subjectBounds } from '../../geo/view-camera.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { usePrefersReducedMotion } from '../motion/use-prefers-reduced-motion.ts';
import type { MapChrome } from './map-chrome.ts';
import { mapNames } from './map-names.ts';
import { MapLabels } from './map-labels.tsx';
import { MapSurface, PAGE_MEDIUM, surfaceRoute } from './map-surface.tsx';
import { useCameraFlight } from './use-camera-flight.ts';
import { usePlacedLabels } from './use-placed-labels.ts';

interface MapDrawingProps {
  world: WorldGeometry;
  view: MapView;
  content: Content;
  viewport: Viewport;
  chrome: MapChrome;
  canvas: RefObject<HTMLDivElement | null>;
  /** The drawing's name as one image; its states are told in words elsewhere (story-map.tsx). */
  name: string;
}

/**
 * The page's map: the step's camera (flown to), its shading and its labels, placed by the engine
 * for that camera (clear of the caption), drawn by two layers: the surface (sea, land, shading,
 * border, route) under the camera, and the labels over it. The social cards draw the same layers
 * (src/build/social/social-image-svg.tsx); the hooks live here, the layers have none.
 */
export function MapDrawing({
  world,
  view,
  content,
  viewport,
  chrome,
  canvas,
  name,
}: MapDrawingProps) {
  const reduceMotion = usePrefersReducedMotion();
  const drawing = useRef<SVGSVGElement>(null);
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
    drawing,
    coverage: world.coverage,
  });

  const tones = useMemo(() => provinceTones(world, view.highlight), [world, view.highlight]);
  const names = useMemo(() => mapNames(content), [content]);
  // Labels are placed for the view the camera has landed on: when a flight is about to start
  // (the view has changed, the camera not yet), the last ones stay and step aside.
  const placed = usePlacedLabels({
    world,
    names,
    viewport,
    caption: chrome.caption,
    landed: { view: landedView, camera },
    flyingTo: flying ? { view, camera: target } : undefined,
  });
  const route = useMemo(() => surfaceRoute(world.routes, view.route), [world, view.route]);
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
        ref={drawing}
        className="map-drawing"
        viewBox={viewBox}
        preserveAspectRatio="xMidYMid slice"
        role="img"
        aria-label={name}
      >
        <MapSurface
          medium={PAGE_MEDIUM}
          camera={camera}
          viewport={viewport}
          land={land}
          tones={tones}
          border={view.border ? world.border : undefined}
          route={route}
        />
      </svg>
      <MapLabels
        labels={placed.labels}
        head={placed.view.route ? world.routes[placed.view.route]?.head : undefined}
        camera={placed.camera}
        viewBox={viewBox}
        hidden={flying || !placed.ready}
      />
    </>
  );
}
