import { geoPath } from 'd3-geo';
import { borderRivers, riverLabel, type RiverLabel } from './border-rivers.ts';
import { boundsForView, boundsOverlap, featureWorldBounds, type PlaceLookup } from './camera.ts';
import { chinaNorthKoreaBorder, contextFeatures, featuresForTargets, provinceFeatures, type RegionFeature } from './geography.ts';
import { projectLonLat } from './project-places.ts';
import { createCompactPath, type SnapScale } from './compact-path.ts';
import { createBaseProjection } from './projection.ts';
import { routePath } from './route-path.ts';
import { gesturePath } from './gesture-path.ts';
import type { LonLat, Place, RegionTopology, WorldBounds, WorldPoint } from './types.ts';
import { unionBounds } from './world-bounds.ts';

/** A drawable shape in world space. */
export interface WorldShape {
  id: string;
  /** Country code of a province; the feature's own id for context countries. */
  country: string;
  d: string;
  /** World box of the shape, so a first frame can leave out what it cannot show. */
  bounds: WorldBounds;
}

/** Everything the map draws, projected once: the map then only moves a camera over it. */
export interface WorldGeometry {
  provinces: WorldShape[];
  context: WorldShape[];
  border: string;
  rivers: { yalu: RiverLabel; tumen: RiverLabel };
  /** Label anchor of each region id (province or whole country). */
  anchors: Record<string, WorldPoint>;
  places: Record<string, WorldPoint>;
  /** Country name positions, for orientation on every view. */
  countryLabels: { id: string; at: WorldPoint }[];
  /** Lines in world space; a gesture also has its arrowhead (drawn in screen space, like a label). */
  routes: Record<string, { d: string; head?: { at: WorldPoint; angle: number } }>;
  /**
   * Land shapes cut to a box: for a single prerendered frame, which needs nothing outside its
   * view. Shapes entirely outside the box are left out; points are snapped to 1/`scale` of a
   * world unit (see compact-path.ts), so a frame zoomed far out can be written coarser.
   */
  landWithin: (box: WorldBounds, scale: SnapScale) => Pick<WorldGeometry, 'provinces' | 'context'>;
  /** World bounds of a step's focus. */
  viewBounds: (focus: { regions: readonly string[] } | { bbox: readonly [number, number, number, number] }) => WorldBounds;
}

interface GeometryInput {
  topology: RegionTopology;
  /** Region ids (provinces or countries) that need a label anchor. */
  regionIds: readonly string[];
  /** Countries whose name is written on every map, at [lon, lat]. */
  countryLabels: readonly { id: string; labelAt: LonLat }[];
  places: readonly Place[];
  routes: readonly RouteInput[];
}

/** A path through waypoints, or an abstract gesture between two points (see gesture-path.ts). */
export type RouteInput = { id: string; kind: 'path'; waypoints: readonly LonLat[] } | { id: string; kind: 'gesture'; from: LonLat; to: LonLat };

/** Projects the topology, places and routes into the fixed world space, once. */
export function buildWorldGeometry({ topology, regionIds, countryLabels, places, routes }: GeometryInput): WorldGeometry {
  const projection = createBaseProjection();
  const path = createCompactPath(projection);
  // Centroids and bounds come from unrounded coordinates.
  const centroid = geoPath(projection);
  const provinces = provinceFeatures(topology);
  const placeLookup: PlaceLookup = places;

  const anchors: Record<string, WorldPoint> = {};
  for (const id of regionIds) {
    const features = featuresForTargets(topology, [id]);
    if (features.length === 1 && features[0]) {
      const [x, y] = centroid.centroid(features[0]);
      anchors[id] = [x, y];
    } else if (features.length > 1) {
      const [[x0, y0], [x1, y1]] = unionBounds(features.map((f) => featureWorldBounds(f, projection)));
      anchors[id] = [(x0 + x1) / 2, (y0 + y1) / 2];
    }
  }

  const rivers = borderRivers(topology);
  const land = (draw: typeof path, keep: (bounds: WorldBounds) => boolean) => {
    const shapes = <F extends RegionFeature>(features: readonly F[], countryOf: (f: F) => string): WorldShape[] =>
      features.flatMap((f) => {
        const bounds = centroid.bounds(f);
        return keep(bounds) ? [{ id: f.id, country: countryOf(f), d: draw(f), bounds }] : [];
      });
    return {
      provinces: shapes(provinces, (f) => f.properties.country),
      context: shapes(contextFeatures(topology), (f) => f.id),
    };
  };
  return {
    ...land(path, () => true),
    landWithin: (box, scale) => {
      const [[x0, y0], [x1, y1]] = box;
      const clipped = createBaseProjection().clipExtent([[x0, y0], [x1, y1]]);
      return land(createCompactPath(clipped, scale), (bounds) => boundsOverlap(bounds, box));
    },
    border: path(chinaNorthKoreaBorder(topology)),
    rivers: { yalu: riverLabel(rivers.yalu, projection), tumen: riverLabel(rivers.tumen, projection) },
    anchors,
    countryLabels: countryLabels.map((c) => ({ id: c.id, at: projectLonLat(projection, c.labelAt) })),
    places: Object.fromEntries(places.map((p) => [p.id, projectLonLat(projection, [p.lon, p.lat])])),
    routes: Object.fromEntries(routes.map((r) => {
      if (r.kind === 'path') return [r.id, { d: routePath(r.waypoints, projection).d }];
      // Bowed west: a straight arrow south from China would cross North Korea and read as a way through it.
      const { d, head } = gesturePath(projectLonLat(projection, r.from), projectLonLat(projection, r.to), 0.3, -1);
      return [r.id, { d, head }];
    })),
    viewBounds: (focus) => boundsForView({ focus }, topology, projection, placeLookup),
  };
}
