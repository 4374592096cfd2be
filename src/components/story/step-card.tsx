import { m } from 'framer-motion';
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

const variants = {
  shown: { opacity: 1, y: 0 },
  waiting: { opacity: 0, y: 32, transition: { duration: 0 } },
  revealing: { opacity: 1, y: 0, transition: { duration: 0.45, ease: 'easeOut' as const } },
};

/** One step of the story: text, quotes and sources, in a card that slides in as it arrives. */
export function StepCard({ item, content, active, heading, footer, onFocusStep }: StepCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const reveal = useReveal(ref);
  return (
    <m.div
      ref={ref}
      className={active ? 'step is-active' : 'step'}
      data-step={item.index}
      initial={false}
      animate={reveal}
      variants={variants}
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
    </m.div>
  );
}
