import type { Content } from '../../content/content-types.ts';
import type { StoryStep } from '../../content/story-steps.ts';
import { passageId } from '../../content/quote-passages.ts';
import { QuoteFigure } from '../quote/quote-figure.tsx';
import { citeReportEntry } from './cite-report-entry.tsx';
import { StepSources } from './step-sources.tsx';
import { mapWordsLead } from '../../content/ui-phrases.ts';

/**
 * A step's words: what its map shows (for screen readers, in reading order: the map itself is one
 * image whose drawing changes silently), text, quotes and claim line. Rendered by the server only
 * (see StepCard).
 */
export function StepWords({ item, content }: { item: StoryStep; content: Content }) {
  const { section, stepIndex, step } = item;
  const { ui } = content;
  return (
    <>
      <p className="visually-hidden">
        {mapWordsLead(ui)}
        {step.map.description}
      </p>
      <p className="step-text">{step.text}</p>
      {step.quotes.map((quote, i) => (
        <QuoteFigure
          key={i}
          quote={quote}
          content={content}
          passage={passageId(section.slug, stepIndex, i)}
        />
      ))}
      <StepSources step={step} content={content} cite={citeReportEntry(content.locale)} />
    </>
  );
}
