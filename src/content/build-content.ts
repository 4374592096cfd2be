import type { Content, ContentParts } from './content-types.ts';
import type { Locale } from './edition-schema.ts';
import type { EvidenceByText } from './sentence-evidence.ts';

const byId = <T extends { id: string }>(items: T[]): Record<string, T> =>
  Object.fromEntries(items.map((item) => [item.id, item]));

/**
 * Assembles one edition's validated parts into the app's content. Pure.
 */
export function buildContent(
  parts: ContentParts,
  locale: Locale,
  locales: readonly Locale[],
  evidence: EvidenceByText = {},
): Content {
  return {
    locale,
    locales: [...locales],
    story: parts.story,
    ui: parts.ui,
    sections: parts.story.sections.map((slug) => {
      const section = parts.sectionsBySlug[slug];
      if (!section)
        throw new Error(`data/story.json lists section "${slug}" but no such section was loaded`);
      return section;
    }),
    reports: Object.fromEntries(
      Object.entries(parts.reports).map(([id, meta]) => [id, { ...meta, id }]),
    ),
    outlets: byId(parts.outlets),
    regions: byId(parts.regions),
    places: byId(parts.places),
    orientation: parts.orientation,
    routes: byId(parts.routes),
    travel: parts.travel,
    evidence,
    corrections: parts.corrections,
  };
}
