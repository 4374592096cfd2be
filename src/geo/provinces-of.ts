import type { WorldGeometry } from './world-geometry.ts';

/** Province ids of a region id: itself, or every province of a country. */
export function provincesOf(world: Pick<WorldGeometry, 'provinces'>, regionId: string): string[] {
  if (regionId.includes('-')) return [regionId];
  return world.provinces.filter((p) => p.country === regionId).map((p) => p.id);
}
