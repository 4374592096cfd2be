import { content } from './story-content.ts';

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
