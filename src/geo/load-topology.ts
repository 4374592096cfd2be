import type { RegionTopology } from './types.ts';

/**
 * Narrow the statically imported `data/geo/region.topo.json` to its type.
 *
 * A JSON import is typed by inference (`type: string`, no literal types), so
 * it needs a cast before TopoJSON functions accept it; this checks the few
 * structural facts the engine relies on instead of casting blindly, so a
 * broken or swapped data file fails loudly at start-up, not as a blank map.
 *
 * @throws Error when the value is not a quantized topology with `provinces`
 *   and `context` geometry collections.
 */
export function asRegionTopology(json: unknown): RegionTopology {
  const value = json as Partial<Record<string, unknown>> | null;
  if (typeof value !== 'object' || value === null || value['type'] !== 'Topology') {
    throw new Error('region topology: not a TopoJSON Topology');
  }
  if (!Array.isArray(value['arcs'])) throw new Error('region topology: no arcs');
  const objects = value['objects'] as
    Partial<Record<string, { type?: unknown; geometries?: unknown }>> | undefined;
  for (const name of ['provinces', 'context']) {
    const object = objects?.[name];
    if (object?.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      throw new Error(`region topology: object "${name}" is not a GeometryCollection`);
    }
  }
  return value as unknown as RegionTopology;
}
