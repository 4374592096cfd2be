import { useRef, type ReactNode } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { StoryStep } from '../../content/story-steps.ts';
import { QuoteFigure } from '../quote/quote-figure.tsx';
import { useReveal } from '../motion/use-reveal.ts';
import { StepSources } from './step-sources.tsx';

interface StepCardProps {
  item: StoryStep;
  content: Content;
  active: boolean;
  /** Rendered above the text: the section heading on a section's first step. */
  heading?: ReactNode;
  /** Rendered below the sources: sharing and embedding on a section's last step. */
  footer?: ReactNode;
  onFocusStep: (index: number) => void;
}

/** One step of the story: text, quotes and sources, in a card that slides in as it arrives. */
export function StepCard({ item, content, active, heading, footer, onFocusStep }: StepCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const revealStyle = useReveal(ref);
  return (
    <div
      ref={ref}
      className={active ? 'step is-active' : 'step'}
      data-step={item.index}
      style={revealStyle}
      // Keyboard and screen-reader users move through links; the map follows their focus.
      onFocusCapture={() => onFocusStep(item.index)}
    >
      {heading}
      <p className="step-text">{item.step.text}</p>
      {item.step.quotes.map((quote, i) => (
        <QuoteFigure key={i} quote={quote} content={content} />
      ))}
      <StepSources reportIds={item.step.reports} content={content} />
      {footer}
    </div>
  );
}
