/**
 * Where each quote sits in its report: the paragraph around it, split into the words before,
 * the quote itself and the words after, in the report's own typography. The sources page shows
 * these so a reader can check a quote in context. Computed at build time from the report texts,
 * which are not shipped to the browser; only these paragraphs are.
 */
import type { Content } from './content-types.ts';
import { normalizeForQuoteMatch } from './normalize-quote.ts';

export interface Passage {
  report: string;
  before: string;
  match: string;
  after: string;
}

/** The element id (and address fragment) of a quote's passage on the sources page. */
export const passageId = (sectionSlug: string, stepIndex: number, quoteIndex: number): string =>
  `passage-${sectionSlug}-${stepIndex + 1}-${quoteIndex + 1}`;

/**
 * The paragraph of `text` holding `quote` (matched as the verbatim check does: quote marks
 * and spacing forgiven), or null when it is not there.
 */
export function passageAround(quote: string, text: string): Omit<Passage, 'report'> | null {
  const needle = normalizeForQuoteMatch(quote);
  if (!needle) return null;
  for (const paragraph of text.split(/\n+/)) {
    const { normalized, origin } = normalizeWithOrigins(paragraph);
    const at = normalized.indexOf(needle);
    if (at < 0) continue;
    const start = origin[at] ?? 0;
    const last = origin[at + needle.length - 1] ?? start;
    return {
      before: paragraph.slice(0, start).trimStart(),
      match: paragraph.slice(start, last + 1),
      after: paragraph.slice(last + 1).trimEnd(),
    };
  }
  return null;
}

/** normalizeForQuoteMatch, keeping for each output character the index it came from. */
function normalizeWithOrigins(text: string): { normalized: string; origin: number[] } {
  let normalized = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      if (normalized.length === 0 || normalized.endsWith(' ')) continue;
      normalized += ' ';
    } else {
      normalized += normalizeForQuoteMatch(c) || c;
    }
    origin.push(i);
  }
  return { normalized, origin };
}

/**
 * Every quote's passage, by passage id. Quotes missing from their report are left out (the content
 * check reports them).
 */
export function quotePassages(
  content: Pick<Content, 'sections'>,
  reportTexts: Readonly<Record<string, string>>,
): Record<string, Passage> {
  const out: Record<string, Passage> = {};
  for (const section of content.sections) {
    section.steps.forEach((step, s) =>
      step.quotes.forEach((quote, q) => {
        const found = passageAround(quote.text, reportTexts[quote.report] ?? '');
        if (found) out[passageId(section.slug, s, q)] = { report: quote.report, ...found };
      }),
    );
  }
  return out;
}
