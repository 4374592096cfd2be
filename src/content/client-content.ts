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

/**
 * `serverOnlyUi`: interface words only server HTML uses (claim lines, quotes' sources,
 * /sources/, /read/), which a site page's script never renders, since those blocks are adopted
 * as server HTML: the build derives them from its scripts (src/build/client-ui-keys.ts). An
 * embed's card renders its words itself and keeps them all.
 */
export function clientContent(
  content: Content,
  kind: PageContentKind,
  serverOnlyUi: readonly string[] = [],
): Content {
  const sections =
    kind === 'site'
      ? content.sections.map(wordless)
      : content.sections.filter((s) => s.slug === kind.embed);
  const reports = Object.fromEntries(
    Object.entries(content.reports).map(([id, r]): [string, Report] => [
      id,
      { ...r, relation: '', headline: '' },
    ]),
  );
  const outlets = Object.fromEntries(
    Object.entries(content.outlets).map(([id, o]) => [id, { ...o, aliases: [] }]),
  );
  const ui =
    kind === 'site'
      ? { ...content.ui, ...Object.fromEntries(serverOnlyUi.map((k) => [k, ''])) }
      : content.ui;
  return {
    ...content,
    ui,
    evidence: {},
    corrections: [],
    story: {
      ...content.story,
      opening: { text: '', sources: [], quotes: [] },
      lede: '',
      caveat: '',
      closing: { title: '', text: '' },
    },
    sections,
    // Reports and outlets are named only in the words (server HTML) on a site page; the card
    // names them itself.
    reports: kind === 'site' ? {} : reports,
    outlets: kind === 'site' ? {} : outlets,
    // No page script draws the travel graph.
    travel: { upstream: [], links: [] },
  };
}
