import type { Content } from '../../content/content-types.ts';
import type { Quote } from '../../content/schema.ts';
import { AppLink } from '../layout/app-link.tsx';
import { pathsFor } from '../../address/paths.ts';
import { QuoteOriginal } from './quote-original.tsx';
import { QuoteCaptionLines } from './quote-caption.tsx';
import { textFragmentUrl } from '../../provenance/text-fragment.ts';

/**
 * A verbatim quote with its speaker, as the report describes them, and the report it is from.
 * With a `passage` id, a link leads to the quote highlighted in its paragraph of the report.
 */
export function QuoteFigure({
  quote,
  content,
  passage,
}: {
  quote: Quote;
  content: Content;
  passage?: string;
}) {
  const report = content.reports[quote.report];
  if (!report) return null;
  return (
    <figure className="quote">
      <blockquote cite={report.url}>
        <p>{quote.text}</p>
      </blockquote>
      <QuoteOriginal quote={quote} content={content} />
      <figcaption>
        <QuoteCaptionLines
          quote={quote}
          report={report}
          content={content}
          link={(name) => (
            <a
              href={textFragmentUrl(report.url, quote.original ?? quote.text)}
              rel="noopener noreferrer external"
            >
              {name}
            </a>
          )}
        />
        {passage ? (
          <AppLink className="quote-context" to={pathsFor(content.locale).passage(passage)}>
            {content.ui.quoteInContext}
          </AppLink>
        ) : null}
      </figcaption>
    </figure>
  );
}
