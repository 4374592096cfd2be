import type { Content, ContentParts } from './content-types.ts';

const byId = <T extends { id: string }>(items: T[]): Record<string, T> =>
  Object.fromEntries(items.map((item) => [item.id, item]));

/**
 * Assembles validated parts into the app's content. Pure and shared by the build-time
 * validator and the browser loader, so both see the same story.
 */
export function buildContent(parts: ContentParts): Content {
  return {
    story: parts.story,
    ui: parts.ui,
    sections: parts.story.sections.map((slug) => {
      const section = parts.sectionsBySlug[slug];
      if (!section) throw new Error(`data/story.json lists section "${slug}" but no such section was loaded`);
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
  };
}
