import type { Content } from '../../content/content-types.ts';
import type { StoryStep } from '../../content/story-steps.ts';
import { passageId } from '../../content/quote-passages.ts';
import { sectionElementId } from '../../address/paths.ts';
import { QuoteFigure } from '../quote/quote-figure.tsx';
import { citeReportEntry } from './cite-report-entry.tsx';
import { StepSources } from './step-sources.tsx';

/**
 * A step's words: heading, text, quotes and claim line. Rendered by the server only (see StepCard).
 */
export function StepWords({ item, content }: { item: StoryStep; content: Content }) {
  const { section, stepIndex, step } = item;
  return (
    <>
      {stepIndex === 0 ? (
        <h2 id={`${sectionElementId(section.slug)}-title`}>{section.title}</h2>
      ) : null}
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
