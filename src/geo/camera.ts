import { geoPath, type GeoProjection } from 'd3-geo';
import { boxOutline } from './frame.ts';
import { featuresForTargets, type RegionFeature } from './geography.ts';
import type { LonLat, RegionTopology, WorldBounds, WorldPoint } from './types.ts';
import { boundsOfPoints, expandToMinSize, unionBounds } from './world-bounds.ts';

export { boundsOverlap, Camera, NO_PADDING } from './camera-math.ts';
export type { FitOptions, Padding, Viewport } from './camera-math.ts';

/**
 * What a story step's map looks at: the union of some regions (province ids
 * such as "CN-JL", or country codes such as "KP"), or a box in degrees
 * [west, south, east, north].
 */
export type MapFocus =
  | { readonly regions: readonly string[] }
  | { readonly bbox: readonly [west: number, south: number, east: number, north: number] };

/** Options of {@link boundsForView}. */
export interface ViewBoundsOptions {
  /**
   * Minimum width and height of the result in world units, so that a focus
   * on one place or one small city does not zoom in absurdly. Default 60
   * (about 130 km on the ground with the base projection).
   */
  readonly minSize?: number;
  /** Spacing in degrees of the points sampled along a `bbox` focus's edges (default 0.25). */
  readonly bboxStepDeg?: number;
}

/** Default {@link ViewBoundsOptions.minSize}. */
export const MIN_VIEW_SIZE = 60;

const featureBoundsCache = new WeakMap<GeoProjection, WeakMap<RegionFeature, WorldBounds>>();

/** A feature's projected bounds, cached per projection (features are shared objects). */
export function featureWorldBounds(feature: RegionFeature, projection: GeoProjection): WorldBounds {
  let perProjection = featureBoundsCache.get(projection);
  if (!perProjection) {
    perProjection = new WeakMap();
    featureBoundsCache.set(projection, perProjection);
  }
  let bounds = perProjection.get(feature);
  if (!bounds) {
    bounds = geoPath(projection).bounds(feature);
    perProjection.set(feature, bounds);
  }
  return bounds;
}

/**
 * The world-space box a step's map should show, to pass to
 * {@link fitCamera}.
 *
 * - `regions`: union of the features' projected bounds.
 * - `bbox`: the projected box, sampled along all four edges, because the
 *   conic projection bends parallels into arcs: the corners alone would cut
 *   off the middle of the northern edge.
 *
 * The result is grown about its centre to at least `minSize` on each side.
 *
 * @throws Error for an unknown region id, an inverted bbox, or a
 *   point the projection cannot project.
 */
export function boundsForView(
  view: { readonly focus: MapFocus },
  topology: RegionTopology,
  projection: GeoProjection,
  opts: ViewBoundsOptions = {},
): WorldBounds {
  const minSize = opts.minSize ?? MIN_VIEW_SIZE;
  const focus = view.focus;
  let bounds: WorldBounds;
  if ('regions' in focus) {
    const features = featuresForTargets(topology, focus.regions);
    if (features.length === 0) throw new Error('map focus names no regions');
    bounds = unionBounds(features.map((f) => featureWorldBounds(f, projection)));
  } else {
    bounds = boundsOfPoints(
      boxOutline(focus.bbox, opts.bboxStepDeg ?? 0.25).map((p) => project(projection, p)),
    );
  }
  return expandToMinSize(bounds, minSize);
}

function project(projection: GeoProjection, [lon, lat]: LonLat): WorldPoint {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon}, ${lat}`);
  return p;
}
