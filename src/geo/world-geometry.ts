import { geoPath } from 'd3-geo';
import { borderRivers, RIVER_IDS, type RiverId } from './border-rivers.ts';
import { boundsForView, boundsOverlap, featureWorldBounds, type MapFocus } from './camera.ts';
import { coverageRect, uncoveredPoints } from './coverage.ts';
import type { Coverage } from './camera-math.ts';
import {
  chinaNorthKoreaBorder,
  coastline,
  contextFeatures,
  featuresForTargets,
  provinceFeatures,
  type RegionFeature,
} from './geography.ts';
import { projectLonLat } from './project-places.ts';
import { createCompactPath, withoutSpecks, type SnapScale } from './compact-path.ts';
import { createBaseProjection } from './projection.ts';
import { routePath } from './route-path.ts';
import { gesturePath, gesturePoints } from './gesture-path.ts';
import type { LonLat, Place, RegionTopology, WorldBounds, WorldPoint } from './types.ts';
import { boundsOfPoints, boundsWithin, unionBounds } from './world-bounds.ts';
import { MAP_COVERAGE, type LonLatBox } from './frame.ts';

/** A drawable shape in world space. */
export interface WorldShape {
  id: string;
  /** Country code of a province; the feature's own id for context countries. */
  country: string;
  d: string;
  /** World box of the shape, so a first frame can leave out what it cannot show. */
  bounds: WorldBounds;
}

/** A ring of land in world space, with its box (so a test can skip the far ones). */
export interface WorldRing {
  /** Whose land: a context country's id, or a province's country code. */
  readonly owner: string;
  readonly bounds: WorldBounds;
  readonly points: readonly WorldPoint[];
}

/** A name written for orientation (a country, a sea), with the spots it may go, best first. */
export interface OrientationAnchor {
  readonly id: string;
  readonly kind: 'country' | 'sea' | 'neighbour';
  readonly anchors: readonly WorldPoint[];
  /** The country whose land the name must sit on (none for a sea). */
  readonly country?: string;
}

/** Islets under this many screen pixels both ways have no coastline in a prerendered frame. */
const SPECK_PX = 24;

/** The land as the map draws it: its shapes, and the coastline over their edge. */
export interface Land {
  provinces: WorldShape[];
  context: WorldShape[];
  /** Where land meets sea, as one path (no land border, no cut at the coverage's edge). */
  coast: string;
}

/** Everything the map draws, projected once: the map then only moves a camera over it. */
export interface WorldGeometry extends Land {
  border: string;
  /** The border as points (for labels to keep clear of), one array per line of the mesh. */
  borderLines: WorldPoint[][];
  /** Each border river's stretch of the line, downstream from Mount Paektu. */
  rivers: Record<RiverId, WorldPoint[]>;
  /** Label anchor of each region id (province or whole country). */
  anchors: Record<string, WorldPoint>;
  places: Record<string, WorldPoint>;
  /** Orientation names: the story's countries (data/regions.json), neighbours and seas. */
  orientation: OrientationAnchor[];
  /** Land as rings, for names that must lie on water. */
  land: WorldRing[];
  /**
   * Lines in world space, with their points for labels to keep clear of; a gesture also has its
   * arrowhead (drawn in screen space, like a label).
   */
  routes: Record<
    string,
    { d: string; points: readonly WorldPoint[]; head?: { at: WorldPoint; angle: number } }
  >;
  /** How far the drawn geography reaches: no view may look past it. */
  coverage: Coverage;
  /**
   * Land shapes cut to a box: for a single prerendered frame, which needs nothing outside its
   * view. Shapes entirely outside the box are left out; points are snapped to 1/`scale` of a
   * world unit (see compact-path.ts), so a frame zoomed far out can be written coarser.
   */
  landWithin: (box: WorldBounds, scale: SnapScale) => Land;
  /** World bounds of a step's focus. */
  viewBounds: (focus: MapFocus) => WorldBounds;
}

interface GeometryInput {
  topology: RegionTopology;
  /** Region ids (provinces or countries) that need a label anchor. */
  regionIds: readonly string[];
  /** Countries whose name is written on every map, at [lon, lat]. */
  countryLabels: readonly { id: string; labelAt: LonLat }[];
  /** Neighbours and seas named for orientation, each with spots to try. */
  orientation: readonly {
    id: string;
    kind: 'sea' | 'country';
    at: readonly LonLat[];
    country?: string;
  }[];
  places: readonly Place[];
  routes: readonly RouteInput[];
}

/** A path through waypoints, or an abstract gesture between two points (see gesture-path.ts). */
export type RouteInput =
  | { id: string; kind: 'path'; waypoints: readonly LonLat[] }
  | { id: string; kind: 'gesture'; from: LonLat; to: LonLat };

/** Projects the topology, places and routes into the fixed world space, once. */
export function buildWorldGeometry({
  topology,
  regionIds,
  countryLabels,
  orientation,
  places,
  routes,
}: GeometryInput): WorldGeometry {
  const projection = createBaseProjection();
  const path = createCompactPath(projection);
  // Centroids and bounds come from unrounded coordinates.
  const centroid = geoPath(projection);
  const provinces = provinceFeatures(topology);
  const project = (p: readonly number[]) => projectLonLat(projection, [p[0] ?? NaN, p[1] ?? NaN]);
  // The coverage the geography build clips to; the tests hold the geometry itself to it.
  const box: LonLatBox = MAP_COVERAGE;
  const rect = coverageRect(box, projection);
  const coverage: Coverage = {
    rect,
    // A view inside the inner rectangle is covered, with no need to turn its outline (64 points
    // on a 390×844 phone) back into degrees.
    covers: (camera, viewport) =>
      boundsWithin(camera.visibleBounds(viewport), rect) ||
      uncoveredPoints(camera, viewport, box, projection, 40).length === 0,
  };

  const anchors: Record<string, WorldPoint> = {};
  for (const id of regionIds) {
    const features = featuresForTargets(topology, [id]);
    if (features.length === 1 && features[0]) {
      const [x, y] = centroid.centroid(features[0]);
      anchors[id] = [x, y];
    } else if (features.length > 1) {
      const [[x0, y0], [x1, y1]] = unionBounds(
        features.map((f) => featureWorldBounds(f, projection)),
      );
      anchors[id] = [(x0 + x1) / 2, (y0 + y1) / 2];
    }
  }

  const rivers = borderRivers(topology);
  const coast = coastline(topology, box);
  const land = (
    draw: typeof path,
    keep: (bounds: WorldBounds) => boolean,
    drawCoast: (line: typeof coast) => string = draw,
  ): Land => {
    const shapes = <F extends RegionFeature>(
      features: readonly F[],
      countryOf: (f: F) => string,
    ): WorldShape[] =>
      features.flatMap((f) => {
        // The same box the anchors and views take (cached per feature): each feature's outline
        // is bounded once, not once here and again for them.
        const bounds = featureWorldBounds(f, projection);
        if (!keep(bounds)) return [];
        // A shape whose box touches the view's but whose outline the clip leaves nothing of is
        // not drawn: an empty <path> is bytes for nothing.
        const d = draw(f);
        return d === '' ? [] : [{ id: f.id, country: countryOf(f), d, bounds }];
      });
    return {
      provinces: shapes(provinces, (f) => f.properties.country),
      context: shapes(contextFeatures(topology), (f) => f.id),
      coast: drawCoast(coast),
    };
  };
  const owned = [
    ...provinces.map((f) => ({ f, owner: f.properties.country as string })),
    ...contextFeatures(topology).map((f) => ({ f, owner: f.id })),
  ];
  const rings: WorldRing[] = owned.flatMap(({ f, owner }) => {
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polygons.flatMap((polygon) =>
      polygon.map((ring) => {
        const points = ring.map(project);
        return { owner, bounds: boundsOfPoints(points), points };
      }),
    );
  });
  return {
    ...land(path, () => true),
    landWithin: (box, scale) => {
      const [[x0, y0], [x1, y1]] = box;
      const clipped = createBaseProjection().clipExtent([
        [x0, y0],
        [x1, y1],
      ]);
      // A prerendered frame leaves out the coasts of islets under SPECK_PX: its numbers are the
      // frame's least compressible bytes, and the frame must fit its page's first 14 KB.
      const draw = createCompactPath(clipped, scale);
      return land(
        draw,
        (bounds) => boundsOverlap(bounds, box),
        (line) => withoutSpecks(draw(line), SPECK_PX / scale),
      );
    },
    border: path(chinaNorthKoreaBorder(topology)),
    borderLines: chinaNorthKoreaBorder(topology).coordinates.map((line) => line.map(project)),
    rivers: Object.fromEntries(
      RIVER_IDS.map((id) => [id, rivers[id].line.coordinates.map(project)]),
    ) as Record<RiverId, WorldPoint[]>,
    anchors,
    orientation: [
      ...countryLabels.map((c) => ({
        id: c.id,
        kind: 'country' as const,
        anchors: [project(c.labelAt)],
        country: c.id,
      })),
      ...orientation.map((o) => ({
        id: o.id,
        kind: o.kind === 'sea' ? ('sea' as const) : ('neighbour' as const),
        anchors: o.at.map(project),
        ...(o.country ? { country: o.country } : {}),
      })),
    ],
    land: rings,
    places: Object.fromEntries(
      places.map((p) => [p.id, projectLonLat(projection, [p.lon, p.lat])]),
    ),
    routes: Object.fromEntries(
      routes.map((r) => {
        if (r.kind === 'path') {
          const route = routePath(r.waypoints, projection);
          return [r.id, { d: route.d, points: route.points }];
        }
        // Bowed west: a straight arrow south from China would cross North Korea and read as a way
        // through it.
        const from = projectLonLat(projection, r.from);
        const to = projectLonLat(projection, r.to);
        const { d, head } = gesturePath(from, to, 0.3, -1);
        return [r.id, { d, head, points: gesturePoints(from, to, 0.3, -1) }];
      }),
    ),
    coverage,
    viewBounds: (focus) => boundsForView({ focus }, topology, projection),
  };
}
