import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { content } from './story-content.ts';

const topology = JSON.parse(readFileSync('data/geo/region.topo.json', 'utf8'));
/** Every province id in the map's geometry. */
export const provinceIds: string[] = topology.objects.provinces.geometries.map(
  (g: { id: string }) => g.id,
);

/** The province ids the story's map shades now, sorted. */
export const highlighted = (page: Page) =>
  page
    .locator('.story-map .highlights [data-region]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-region') ?? '').sort());

/** Province ids a step's view shades, from the data (countries expand to their provinces). */
export function expectedHighlight(
  view: { highlight: { regions: string[] }[] },
  provinceIds: readonly string[],
): string[] {
  const ids = new Set<string>();
  for (const group of view.highlight) {
    for (const region of group.regions) {
      if (region.includes('-')) ids.add(region);
      else for (const p of provinceIds) if (p.startsWith(`${region}-`)) ids.add(p);
    }
  }
  return [...ids].sort();
}

export const allSteps = content.sections.flatMap((section) =>
  section.steps.map((step, i) => ({ section, step, i })),
);
