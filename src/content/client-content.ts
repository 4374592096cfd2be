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
 * Messages only the server's words use (claim lines, quotes' sources, /sources/, /read/): a site
 * page's script never renders them, since those blocks are adopted as server HTML. An embed's
 * card renders its words itself and keeps them all. A message wrongly listed here would show as
 * a hydration mismatch, which the browser tests fail on.
 */
const SERVER_ONLY_UI = [
  'sourcesIntro', 'sourcesCites', 'sourcesCitesNone', 'sourcesAuthor', 'sourcesUsedIn', 'sourcesCitesList', 'sourcesQuotesOf', 'sourcesQuotesCount',
  'claimLabel', 'claimRepeated', 'claimUncredited', 'claimOwn', 'claimSeparator', 'claimEvidence', 'claimPassageCredits', 'claimPassageOwn', 'claimPassageNone', 'claimLine', 'claimLineFolded', 'evidenceWho',
  'quoteInContext', 'quoteTranslated', 'quoteOriginal', 'quoteSourceLine', 'passageInStory', 'sectionStep', 'reportLine', 'reportsLanguageNote',
  'travelTitle', 'travelIntro', 'travelNotAmong', 'travelNothing', 'travelCredits', 'travelPassage', 'travelNone',
  'readScrolling', 'notesTitle', 'printHint', 'readQuote', 'readSpeaker', 'closingSources', 'closingRead',
  'evidenceRef', 'evidenceNotesTitle', 'evidenceReported', 'evidenceAbout', 'evidenceOrientation', 'evidenceAbsent', 'evidenceBack', 'capturedPage', 'headlineCaptured', 'headlineOwn', 'capturedFrom', 'storyOpening', 'correctionsTitle', 'correctionsNone', 'correctionWhy', 'travelUnknownSource', 'travelOutside', 'evidenceSite',
] as const satisfies readonly (keyof Content['ui'])[];

export function clientContent(content: Content, kind: PageContentKind): Content {
  const sections = kind === 'site' ? content.sections.map(wordless) : content.sections.filter((s) => s.slug === kind.embed);
  const reports = Object.fromEntries(Object.entries(content.reports).map(([id, r]): [string, Report] => [id, { ...r, relation: '', headline: '' }]));
  const outlets = Object.fromEntries(Object.entries(content.outlets).map(([id, o]) => [id, { ...o, aliases: [] }]));
  const ui = kind === 'site' ? { ...content.ui, ...Object.fromEntries(SERVER_ONLY_UI.map((k) => [k, ''])) } : content.ui;
  return {
    ...content,
    ui,
    evidence: {},
    corrections: [],
    story: { ...content.story, opening: { text: '', sources: [], quotes: [] }, lede: '', caveat: '', closing: { title: '', text: '' } },
    sections,
    // Reports and outlets are named only in the words (server HTML) on a site page; the card
    // names them itself.
    reports: kind === 'site' ? {} : reports,
    outlets: kind === 'site' ? {} : outlets,
    // No page script draws the travel graph.
    travel: { upstream: [], links: [] },
  };
}
