import { memo } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { StoryStep } from '../../content/story-steps.ts';
import { EmbedCode } from '../share/embed-code.tsx';
import { ShareButton } from '../share/share-button.tsx';
import { SectionEditions } from '../share/section-editions.tsx';
import { absoluteUrl } from '../../address/site-base.ts';
import { StaticHtml } from '../static/static-html.tsx';
import { pathsFor, sectionElementId } from '../../address/paths.ts';
import { StepControl, type StepDirection } from './step-control.tsx';

/** The words are server HTML: the browser's script never carries the code that writes them. */
const StepWords = import.meta.env.SSR ? (await import('./step-words.tsx')).StepWords : () => null;

interface StepCardProps {
  item: StoryStep;
  content: Content;
  active: boolean;
  /** The story's number of steps. */
  count: number;
  onFocusStep: (index: number) => void;
  onGo: (target: number, direction: StepDirection) => void;
}

/**
 * One step of the story: text, quotes and sources, in a card, after the keyboard's step control.
 * A section's first step carries its heading; its last, sharing and embedding. Memoised: when
 * the active step changes, only the two cards whose state changed render again.
 */
export const StepCard = memo(function StepCard({
  item,
  content,
  active,
  count,
  onFocusStep,
  onGo,
}: StepCardProps) {
  const { section, stepIndex } = item;
  return (
    <div
      className={active ? 'step is-active' : 'step'}
      data-step={item.index}
      // Keyboard and screen-reader users move through links; the map follows their focus.
      onFocusCapture={() => onFocusStep(item.index)}
    >
      {stepIndex === 0 ? (
        <h2 id={`${sectionElementId(section.slug)}-title`}>{section.title}</h2>
      ) : null}
      <StepControl
        index={item.index}
        count={count}
        stepIndex={stepIndex}
        sectionSteps={section.steps.length}
        ui={content.ui}
        onGo={onGo}
      />
      {/* The step's words: server HTML the browser adopts as it is (never hydrated). */}
      <StaticHtml id={`step-${item.index}`}>
        <StepWords item={item} content={content} />
      </StaticHtml>
      {stepIndex === section.steps.length - 1 ? (
        <div className="section-tools">
          <ShareButton
            url={absoluteUrl(pathsFor(content.locale).section(section.slug))}
            title={section.title}
            content={content}
          />
          <EmbedCode section={section} content={content} />
          <SectionEditions content={content} slug={section.slug} stepIndex={stepIndex} />
        </div>
      ) : null}
    </div>
  );
});
