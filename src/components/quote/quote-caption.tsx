import { Fragment, type ReactNode } from 'react';
import type { Content, Quote, Report } from '../../content/content-types.ts';
import { quoteSource } from './quote-original.tsx';

/**
 * Whether the quote's speaker is the outlet that printed it ("Mint", quoting Mint's own words):
 * the speaker is then one of the outlet's names (data/outlets.json), as the edition writes them.
 */
export function speakerIsOutlet(quote: Quote, report: Report, content: Content): boolean {
  const outlet = content.outlets[report.outlet];
  const speaker = quote.speaker.trim().toLocaleLowerCase(content.locale.lang);
  return [outlet?.name ?? report.outlet, ...(outlet?.aliases ?? [])].some(
    (name) => name.trim().toLocaleLowerCase(content.locale.lang) === speaker,
  );
}

/**
 * A quote's speaker and its source line ("Mint, 21 January 2023", the outlet linked to the
 * report). When the outlet is the speaker, one line says both: the outlet is named (and heard)
 * once, still linked.
 */
export function QuoteCaptionLines({
  quote,
  report,
  content,
  link,
}: {
  quote: Quote;
  report: Report;
  content: Content;
  link: (name: string) => ReactNode;
}) {
  const source = quoteSource(report, content, link).map((part, i) => (
    <Fragment key={i}>{part}</Fragment>
  ));
  return speakerIsOutlet(quote, report, content) ? (
    <span className="quote-speaker quote-source">{source}</span>
  ) : (
    <>
      <span className="quote-speaker">{quote.speaker}</span>
      <span className="quote-source">{source}</span>
    </>
  );
}
