import { geoPath, type GeoProjection } from 'd3-geo';
import { boxOutline } from './frame.ts';
import { featuresForTargets, type RegionFeature } from './geography.ts';
import type { LonLat, Place, RegionTopology, WorldBounds, WorldPoint } from './types.ts';
import { boundsOfPoints, expandToMinSize, unionBounds } from './world-bounds.ts';

/**
 * The map's view as the transform of the SVG group that holds the
 * pre-projected world: `screen = world * k + [x, y]`, i.e.
 * `transform="translate(x,y) scale(k)"`.
 */
export type Camera = { k: number; x: number; y: number };

/** Size of the map's drawing area in screen pixels. */
export type Viewport = { width: number; height: number };

/** Screen pixels to keep clear on each side (e.g. under the story text). */
export type Padding = { top: number; right: number; bottom: number; left: number };

/** Limits on the zoom factor `k`. */
export interface FitOptions {
  /** Never zoom in further than this (e.g. for a focus on one small city). */
  readonly maxK?: number;
  /** Never zoom out further than this. */
  readonly minK?: number;
}

/** No padding. */
export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The camera that shows `worldBounds` as large as possible inside the
 * viewport less its padding, centred in that padded area.
 *
 * `k` is the largest scale at which the bounds fit on both axes, then
 * clamped to [minK, maxK]; clamping keeps the bounds centred (they then
 * overflow or underfill the area evenly). A box with no width or height
 * (a single point) gets `maxK`, or 1 without one.
 */
export function fitCamera(
  worldBounds: WorldBounds,
  viewport: Viewport,
  padding: Padding = NO_PADDING,
  opts: FitOptions = {},
): Camera {
  const [[x0, y0], [x1, y1]] = worldBounds;
  // A padding larger than the viewport leaves a 1 px area rather than a
  // negative one, which would flip the map.
  const areaWidth = Math.max(1, viewport.width - padding.left - padding.right);
  const areaHeight = Math.max(1, viewport.height - padding.top - padding.bottom);
  const kx = x1 > x0 ? areaWidth / (x1 - x0) : Infinity;
  const ky = y1 > y0 ? areaHeight / (y1 - y0) : Infinity;
  let k = Math.min(kx, ky);
  if (!Number.isFinite(k)) k = opts.maxK ?? 1;
  if (opts.maxK !== undefined) k = Math.min(k, opts.maxK);
  if (opts.minK !== undefined) k = Math.max(k, opts.minK);
  return {
    k,
    x: padding.left + areaWidth / 2 - k * ((x0 + x1) / 2),
    y: padding.top + areaHeight / 2 - k * ((y0 + y1) / 2),
  };
}

/** The SVG `transform` attribute value for a camera. */
export function cameraTransform(camera: Camera): string {
  return `translate(${round(camera.x)},${round(camera.y)}) scale(${round(camera.k, 5)})`;
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r; // no "-0" in attributes
}

/** Where a world point appears on screen under a camera. */
export function worldToScreen(camera: Camera, [x, y]: WorldPoint): [number, number] {
  return [x * camera.k + camera.x, y * camera.k + camera.y];
}

/** The world point under a screen point (the inverse of {@link worldToScreen}). */
export function screenToWorld(camera: Camera, [x, y]: readonly [number, number]): [number, number] {
  return [(x - camera.x) / camera.k, (y - camera.y) / camera.k];
}

/**
 * What a story step's map looks at: the union of some regions (province ids
 * such as "CN-JL", or country codes such as "KP"), a box in degrees
 * [west, south, east, north], or some places by id.
 */
export type MapFocus =
  | { readonly regions: readonly string[] }
  | { readonly bbox: readonly [west: number, south: number, east: number, north: number] }
  | { readonly places: readonly string[] };

/** Places as a list, or keyed by id. */
export type PlaceLookup = readonly Place[] | Readonly<Record<string, Place>>;

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
 * - `places`: the projected points.
 *
 * The result is grown about its centre to at least `minSize` on each side.
 *
 * @throws Error for an unknown region or place id, an inverted bbox, or a
 *   point the projection cannot project.
 */
export function boundsForView(
  view: { readonly focus: MapFocus },
  topology: RegionTopology,
  projection: GeoProjection,
  places: PlaceLookup,
  opts: ViewBoundsOptions = {},
): WorldBounds {
  const minSize = opts.minSize ?? MIN_VIEW_SIZE;
  const focus = view.focus;
  let bounds: WorldBounds;
  if ('regions' in focus) {
    const features = featuresForTargets(topology, focus.regions);
    if (features.length === 0) throw new Error('map focus names no regions');
    bounds = unionBounds(features.map((f) => featureWorldBounds(f, projection)));
  } else if ('bbox' in focus) {
    bounds = boundsOfPoints(boxOutline(focus.bbox, opts.bboxStepDeg ?? 0.25).map((p) => project(projection, p)));
  } else {
    if (focus.places.length === 0) throw new Error('map focus names no places');
    bounds = boundsOfPoints(focus.places.map((id) => project(projection, placeLonLat(places, id))));
  }
  return expandToMinSize(bounds, minSize);
}

function placeLonLat(places: PlaceLookup, id: string): LonLat {
  const place = Array.isArray(places)
    ? (places as readonly Place[]).find((p) => p.id === id)
    : Object.hasOwn(places, id)
      ? (places as Readonly<Record<string, Place>>)[id]
      : undefined;
  if (!place) throw new Error(`unknown place id "${id}"`);
  return [place.lon, place.lat];
}

function project(projection: GeoProjection, [lon, lat]: LonLat): WorldPoint {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon}, ${lat}`);
  return p;
}
