import type { ReactNode } from 'react';
import type { Content } from '../../content/content-types.ts';
import { fillMessage } from '../../content/fill-message.ts';
import { formatReportDate, machineReadableDate } from '../../content/format-report-date.ts';
import type { Quote, Report } from '../../content/content-types.ts';
import { reportLang } from '../../content/report-language.ts';

/**
 * A translated quote says so, and keeps the report's words one tap away: a native disclosure,
 * in the page's HTML, so it works without scripts and inside sandboxed embeds. Nothing for a
 * quote in the reports' own language.
 */
export function QuoteOriginal({ quote, content }: { quote: Quote; content: Content }) {
  if (quote.original === undefined) return null;
  return (
    <details className="quote-original">
      <summary>
        <span className="quote-translated">{content.ui.quoteTranslated}</span>
        {' · '}
        {content.ui.quoteOriginal}
      </summary>
      <p lang={reportLang(content)}>{quote.original}</p>
    </details>
  );
}

/**
 * "Mint, 21 January 2023" (or "ANI, 5 February (no year printed)"): the words from ui.json, the
 * link given.
 */
export function quoteSource(
  report: Report,
  content: Content,
  link: (name: string) => ReactNode,
): ReactNode[] {
  const name = content.outlets[report.outlet]?.name ?? report.outlet;
  const date = (
    <time dateTime={machineReadableDate(report.date)}>
      {formatReportDate(report.date, content)}
    </time>
  );
  return fillMessage<ReactNode>(content.ui.quoteSourceLine, {
    outlet: <cite>{link(name)}</cite>,
    date,
  });
}
