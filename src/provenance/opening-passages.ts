/**
 * The story's opening quotes in their reports' paragraphs, like the steps' quotes
 * (quote-passages.ts), for the sources page: the opening rests on a report too, and its entry
 * lists it. Pure.
 */
import type { Content } from '../content/content-types.ts';
import { passageAround, type Passage } from '../content/quote-passages.ts';

/** The element id (and address fragment) of an opening quote's passage on the sources page. */
export const openingPassageId = (quoteIndex: number): string => `passage-opening-${quoteIndex + 1}`;

/** Every opening quote's paragraph, by passage id; a quote missing from its report is left out. */
export function openingPassages(
  story: Pick<Content['story'], 'opening'>,
  reportTexts: Readonly<Record<string, string>>,
): Record<string, Passage> {
  const out: Record<string, Passage> = {};
  story.opening.quotes.forEach((quote, i) => {
    const found = passageAround(quote.text, reportTexts[quote.report] ?? '');
    if (found) out[openingPassageId(i)] = { report: quote.report, ...found };
  });
  return out;
}
