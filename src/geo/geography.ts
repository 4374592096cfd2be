import type { MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { LonLatBox } from './frame.ts';
import type { ContextFeature, ProvinceFeature, RegionTopology } from './types.ts';

/** Any feature a map region id can name: a province or a context country. */
export type RegionFeature = ProvinceFeature | ContextFeature;

// Converting TopoJSON to GeoJSON allocates every coordinate again; do it
// once per topology (the app has exactly one) and hand out the same arrays.
function oncePerTopology<T>(
  derive: (topology: RegionTopology) => T,
): (topology: RegionTopology) => T {
  const cache = new WeakMap<RegionTopology, T>();
  return (topology) => {
    if (!cache.has(topology)) cache.set(topology, derive(topology));
    return cache.get(topology) as T;
  };
}

/** Province polygons (China, North Korea, South Korea), sorted by ISO 3166-2 id. */
export const provinceFeatures: (topology: RegionTopology) => readonly ProvinceFeature[] =
  oncePerTopology((topology) => toFeatures(topology, 'provinces') as ProvinceFeature[]);

/** Context country outlines (Japan, Mongolia, Russia), sorted by id. */
export const contextFeatures: (topology: RegionTopology) => readonly ContextFeature[] =
  oncePerTopology((topology) => toFeatures(topology, 'context') as ContextFeature[]);

function toFeatures(topology: RegionTopology, name: 'provinces' | 'context'): RegionFeature[] {
  return feature(topology, topology.objects[name]).features.map((f) => {
    if (
      typeof f.id !== 'string' ||
      (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')
    ) {
      throw new Error(
        `region topology: a "${name}" geometry lacks a string id or is not polygonal`,
      );
    }
    return f as RegionFeature;
  });
}

/**
 * What one target id names: the province with that ISO 3166-2 id; or, for a
 * two-letter country code, all of that country's provinces ("KP" = every
 * KP-* province) or else the context country with that id ("RU").
 */
function resolveTarget(topology: RegionTopology, id: string): readonly RegionFeature[] {
  const provinces = provinceFeatures(topology);
  const province = provinces.find((f) => f.id === id);
  if (province) return [province];
  const ofCountry = provinces.filter((f) => f.properties.country === id);
  if (ofCountry.length > 0) return ofCountry;
  const country = contextFeatures(topology).find((f) => f.id === id);
  return country ? [country] : [];
}

/**
 * The features named by region ids such as `"CN-JL"` (a province), `"KP"`
 * (all North Korean provinces) or `"RU"` (a context country), in the order
 * of `ids`, each feature once.
 *
 * @throws Error naming the ids that match nothing: a typo in story content
 *   should fail the content check, not silently frame the wrong place. Use
 *   {@link unknownTargets} to validate without throwing.
 */
export function featuresForTargets(
  topology: RegionTopology,
  ids: readonly string[],
): RegionFeature[] {
  const unknown = unknownTargets(topology, ids);
  if (unknown.length > 0) throw new Error(`unknown map region id(s): ${unknown.join(', ')}`);
  const seen = new Set<RegionFeature>();
  for (const id of ids) for (const f of resolveTarget(topology, id)) seen.add(f);
  return [...seen];
}

/** The ids among `ids` that name no feature (empty when all resolve). */
export function unknownTargets(topology: RegionTopology, ids: readonly string[]): string[] {
  return ids.filter((id) => resolveTarget(topology, id).length === 0);
}

function countryOf(geometry: GeometryObject): unknown {
  return (geometry.properties as { country?: unknown } | undefined)?.country;
}

/**
 * The China–North Korea border (the Yalu and Tumen rivers) as one GeoJSON
 * MultiLineString in lon/lat: the mesh of arcs that a North Korean province
 * shares with a Chinese one. Because all provinces are one topology, these
 * arcs are exactly the provinces' own edges, so the line sits on the fills
 * without gaps. topojson stitches the arcs into as few lines as possible
 * (with the committed data: one line, from the Tumen end to the Yalu mouth).
 */
export const chinaNorthKoreaBorder: (topology: RegionTopology) => MultiLineString = oncePerTopology(
  (topology) =>
    mesh(topology, topology.objects.provinces, (a, b) => {
      const ca = countryOf(a);
      const cb = countryOf(b);
      return (ca === 'CN' && cb === 'KP') || (ca === 'KP' && cb === 'CN');
    }),
);

/**
 * The coastline as one GeoJSON MultiLineString in lon/lat: the arcs only one land shape uses
 * (provinces and context countries are one topology, so a land border is shared and left out),
 * less the straight cuts along `box`, where the geography build clipped the land. Drawn over the
 * land's edge, it gives land and sea the contrast their fills alone do not (map-style.ts).
 */
export function coastline(topology: RegionTopology, box: LonLatBox): MultiLineString {
  const land = {
    type: 'GeometryCollection' as const,
    geometries: [...topology.objects.provinces.geometries, ...topology.objects.context.geometries],
  };
  const exterior = mesh(topology, land, (a, b) => a === b);
  return { type: 'MultiLineString', coordinates: exterior.coordinates.flatMap(offCut(box)) };
}

/** A line split where it runs along one of the box's edges: the parts off the cut. */
function offCut(box: LonLatBox): (line: Position[]) => Position[][] {
  const [west, south, east, north] = box;
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  const along = (a: Position, b: Position, axis: 0 | 1, at: number) =>
    near(a[axis] ?? NaN, at) && near(b[axis] ?? NaN, at);
  const onEdge = (a: Position, b: Position) =>
    along(a, b, 0, west) || along(a, b, 0, east) || along(a, b, 1, south) || along(a, b, 1, north);
  return (line) => {
    const parts: Position[][] = [];
    let open: Position[] = [];
    line.forEach((point, i) => {
      const previous = line[i - 1];
      if (previous && onEdge(previous, point)) {
        if (open.length > 1) parts.push(open);
        open = [point];
      } else open.push(point);
    });
    if (open.length > 1) parts.push(open);
    return parts;
  };
}
