import { useId } from 'react';
import type { Content } from '../../content/content-types.ts';
import { QuoteOriginal } from '../quote/quote-original.tsx';
import { QuoteCaptionLines } from '../quote/quote-caption.tsx';
import type { Quote } from '../../content/schema.ts';
import { ClampToggle, clampClass } from './clamp-toggle.tsx';
import { textFragmentUrl } from '../../provenance/text-fragment.ts';

interface EmbedQuoteProps {
  quote: Quote;
  content: Content;
  /**
   * Where the source link goes: the report itself, or (where the host keeps links on this site) its
   * entry on /sources/.
   */
  sourceHref: (reportId: string, reportUrl: string) => string;
  /** Open links in a new tab (hosts that allow it), never inside the card. */
  newTab: boolean;
  /** Key of this quote in the card's layout (use-compact-fit.ts). */
  clampKey: string;
  /** Cut short to a few lines, with a button to open it (the compact card decides). */
  clamped: boolean;
  open: boolean;
  onToggle: () => void;
}

/**
 * The story's quote (QuoteFigure), for the compact card: a long quote may be cut short with a
 * disclosure button, and its source link goes where the host lets links go. The whole text is
 * always in the page, so screen readers read it all either way.
 */
export function EmbedQuote({
  quote,
  content,
  sourceHref,
  newTab,
  clampKey,
  clamped,
  open,
  onToggle,
}: EmbedQuoteProps) {
  const textId = useId();
  const report = content.reports[quote.report];
  if (!report) return null;
  // The report's page as captured, opened at the quote's words (the English, on a translated page).
  const captured = textFragmentUrl(report.url, quote.original ?? quote.text);
  const href = sourceHref(quote.report, captured);
  const external = href === captured;
  return (
    <figure
      className={clampClass('quote', clamped, open)}
      data-clamp="quote"
      data-clamp-key={clampKey}
    >
      <blockquote cite={report.url} id={textId}>
        <p className="clampable-text">{quote.text}</p>
      </blockquote>
      <ClampToggle
        open={open}
        controls={textId}
        more={content.ui.quoteMore}
        less={content.ui.showLess}
        onToggle={onToggle}
      />
      <QuoteOriginal quote={quote} content={content} />
      <figcaption>
        <QuoteCaptionLines
          quote={quote}
          report={report}
          content={content}
          link={(name) => (
            <a
              href={href}
              {...(newTab ? { target: '_blank' } : {})}
              rel={external ? 'noopener noreferrer external' : 'noopener'}
            >
              {name}
            </a>
          )}
        />
      </figcaption>
    </figure>
  );
}
