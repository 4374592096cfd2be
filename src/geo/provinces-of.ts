import type { WorldGeometry } from './world-geometry.ts';

/** Province ids of a region id: itself, or every province of a country. */
export function provincesOf(world: Pick<WorldGeometry, 'provinces'>, regionId: string): string[] {
  if (regionId.includes('-')) return [regionId];
  return world.provinces.filter((p) => p.country === regionId).map((p) => p.id);
}

/**
 * The tone of every shaded province: earlier groups win, since the first listed is the step's
 * subject.
 */
export function provinceTones(
  world: Pick<WorldGeometry, 'provinces'>,
  highlight: readonly {
    readonly regions: readonly string[];
    readonly tone: 'primary' | 'secondary';
  }[],
): Map<string, 'primary' | 'secondary'> {
  const tones = new Map<string, 'primary' | 'secondary'>();
  for (const group of [...highlight].reverse())
    for (const r of group.regions) for (const p of provincesOf(world, r)) tones.set(p, group.tone);
  return tones;
}
