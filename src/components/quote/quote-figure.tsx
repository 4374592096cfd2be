import type { Content } from '../../content/content-types.ts';
import { formatReportDate, machineReadableDate } from '../../content/format-report-date.ts';
import type { Quote } from '../../content/schema.ts';
import { AppLink } from '../layout/app-link.tsx';
import { paths } from '../../routes/paths.ts';

/**
 * A verbatim quote with its speaker, as the report describes them, and the report it is from.
 * With a `passage` id, a link leads to the quote highlighted in its paragraph of the report.
 */
export function QuoteFigure({ quote, content, passage }: { quote: Quote; content: Content; passage?: string }) {
  const report = content.reports[quote.report];
  if (!report) return null;
  const outlet = content.outlets[report.outlet]?.name ?? report.outlet;
  const carrier = report.carrier ? content.outlets[report.carrier]?.name : undefined;
  return (
    <figure className="quote">
      <blockquote cite={report.url}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="quote-speaker">{quote.speaker}</span>
        <span className="quote-source">
          <cite>
            <a href={report.url} rel="noopener noreferrer external">{carrier ? `${outlet} (${carrier})` : outlet}</a>
          </cite>
          , <time dateTime={machineReadableDate(report.date)}>{formatReportDate(report.date)}</time>
        </span>
        {passage ? <AppLink className="quote-context" to={paths.passage(passage)}>{content.ui.quoteInContext}</AppLink> : null}
      </figcaption>
    </figure>
  );
}
