/**
 * What a page's script needs of its edition, carried in the page itself as JSON (page-data.ts).
 * The story's words are server HTML the browser adopts (StaticHtml), so a site page keeps only
 * what moves: titles (for the document title and share texts), map views, interface words. An
 * embed page keeps its one section whole: the card renders its steps itself. Pure.
 */
import type { Content, Report } from './content-types.ts';
import type { Section } from './schema.ts';

const wordless = (section: Section): Section => ({
  ...section,
  steps: section.steps.map((step) => ({ text: '', sources: [], quotes: [], map: step.map })),
});

export type PageContentKind = 'site' | { embed: string };

export function clientContent(content: Content, kind: PageContentKind): Content {
  const sections = kind === 'site' ? content.sections.map(wordless) : content.sections.filter((s) => s.slug === kind.embed);
  const reports = Object.fromEntries(Object.entries(content.reports).map(([id, r]): [string, Report] => [id, { ...r, relation: '', headline: '' }]));
  return {
    ...content,
    story: { ...content.story, opening: { text: '', sources: [], quotes: [] }, lede: '', caveat: '', closing: { title: '', text: '' } },
    sections,
    reports,
    // No page script draws the travel graph or lists outlets' descriptions.
    travel: { upstream: [], links: [] },
    outlets: Object.fromEntries(Object.entries(content.outlets).map(([id, o]) => [id, { ...o, about: '', aliases: [] }])),
  };
}
