import type { GeometryObject, Properties, Topology } from 'topojson-specification';
import type { ContextProperties, ProvinceProperties, RegionTopology } from '../../geo/types.ts';
import type { ContextRow, ProvinceRow } from './region-table.ts';

/** A polygonal TopoJSON geometry with canonical key order and no properties yet. */
type Shape = { type: 'Polygon'; arcs: number[][] } | { type: 'MultiPolygon'; arcs: number[][][] };

/** The result of canonicalizing: the topology, and the ids that came out empty. */
export interface CanonicalResult {
  readonly topology: RegionTopology;
  /** Table ids whose geometry vanished (clipped or simplified away). */
  readonly empty: readonly string[];
}

/**
 * Rebuild mapshaper's TopoJSON into the committed form, so the output depends
 * only on the geometry and the table, never on mapshaper's attribute handling
 * or key order:
 *
 * - top-level keys in a fixed order: type, bbox, transform, objects, arcs; `bbox` is the box
 *   the geometry was clipped to (its coverage: inside it, no land means sea), which the
 *   map's camera never looks beyond;
 * - objects `provinces` then `context`, geometries sorted by id;
 * - each geometry is `{ type, arcs, id, properties }` with properties taken
 *   from the table (provinces `{ name, country }`, context `{ name }`), so
 *   the build's helper attributes (layer, detail) never leak out;
 * - arcs are mapshaper's quantized, delta-encoded integers, untouched.
 *
 * @throws Error if mapshaper's output is not a quantized topology with the
 *   two objects, or holds a geometry the table does not know.
 */
export function canonicalizeTopology(
  mapshaperText: string,
  provinces: readonly ProvinceRow[],
  context: readonly ContextRow[],
  coverage: readonly [number, number, number, number],
): CanonicalResult {
  const raw = JSON.parse(mapshaperText) as Topology;
  if (raw.type !== 'Topology' || !raw.transform)
    throw new Error('mapshaper output is not a quantized Topology');

  const empty: string[] = [];
  const provinceShapes = shapesById(raw, 'provinces');
  const contextShapes = shapesById(raw, 'context');
  for (const id of [...provinceShapes.keys(), ...contextShapes.keys()]) {
    if (!provinces.some((row) => row.id === id) && !context.some((row) => row.id === id)) {
      throw new Error(`mapshaper output holds unknown geometry id ${id}`);
    }
  }

  const provinceGeometries = sortById(provinces).flatMap((row) => {
    const shape = provinceShapes.get(row.id);
    if (!shape) {
      empty.push(row.id);
      return [];
    }
    const properties: ProvinceProperties = { name: row.name, country: row.country };
    return [{ ...shape, id: row.id, properties }];
  });
  const contextGeometries = sortById(context).flatMap((row) => {
    const shape = contextShapes.get(row.id);
    if (!shape) {
      empty.push(row.id);
      return [];
    }
    const properties: ContextProperties = { name: row.name };
    return [{ ...shape, id: row.id, properties }];
  });

  const topology: RegionTopology = {
    type: 'Topology',
    bbox: [coverage[0], coverage[1], coverage[2], coverage[3]],
    transform: {
      scale: [raw.transform.scale[0], raw.transform.scale[1]],
      translate: [raw.transform.translate[0], raw.transform.translate[1]],
    },
    objects: {
      provinces: { type: 'GeometryCollection', geometries: provinceGeometries },
      context: { type: 'GeometryCollection', geometries: contextGeometries },
    },
    arcs: raw.arcs,
  };
  return { topology, empty };
}

/**
 * Serialize a topology compactly (it ships to phones) with a final newline.
 * JSON.stringify keeps insertion order, which canonicalizeTopology fixed.
 */
export function serializeTopology(topology: RegionTopology): string {
  return `${JSON.stringify(topology)}\n`;
}

function shapesById(raw: Topology, name: string): Map<string, Shape> {
  const object = raw.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`mapshaper output has no GeometryCollection "${name}"`);
  }
  const shapes = new Map<string, Shape>();
  for (const geometry of object.geometries) {
    const id = geometry.id;
    if (typeof id !== 'string') throw new Error(`a "${name}" geometry has no string id`);
    if (shapes.has(id)) throw new Error(`duplicate id ${id} in "${name}"`);
    const shape = toShape(geometry);
    if (shape) shapes.set(id, shape);
  }
  return shapes;
}

function toShape(geometry: GeometryObject<Properties>): Shape | undefined {
  if (geometry.type === 'Polygon') return { type: 'Polygon', arcs: geometry.arcs };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', arcs: geometry.arcs };
  if (geometry.type === null) return undefined;
  throw new Error(`unexpected ${geometry.type} geometry ${String(geometry.id)}`);
}

function sortById<T extends { readonly id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
