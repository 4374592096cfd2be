import { useEffect, useState, type CSSProperties } from 'react';
import { content } from '../../content/content.ts';
import type { Section } from '../../content/schema.ts';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions, type EmbedOptions } from '../../embed/embed-options.ts';
import { useHeightMessenger } from '../../embed/use-height-messenger.ts';
import { absoluteUrl, paths, withBase } from '../../routes/paths.ts';
import { clampStep } from '../../scroll/pick-active.ts';
import { StoryMap } from '../map/story-map.tsx';
import { QuoteFigure } from '../quote/quote-figure.tsx';
import { ShareButton } from '../share/share-button.tsx';
import { StepSources } from '../story/step-sources.tsx';
import { EmbedStepper } from './embed-stepper.tsx';

/**
 * A section as a compact card: its map and its steps, one at a time, moved by buttons, dots or
 * arrow keys (a host page owns the scrolling). Without scripts every step is listed instead.
 */
export function EmbedCard({ section }: { section: Section }) {
  const [current, setCurrent] = useState(0);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  useHeightMessenger(section.slug);

  // Read after hydration: the prerendered page has no query string to match.
  useEffect(() => {
    const parsed = parseEmbedOptions(window.location.search);
    setOptions(parsed);
    if (parsed.step !== undefined) setCurrent(clampStep(parsed.step, section.steps.length));
  }, [section.steps.length]);

  const step = section.steps[current] ?? section.steps[0];
  if (!step) return null;
  const style = options.accent ? ({ '--accent': options.accent } as CSSProperties) : undefined;
  const { ui } = content;
  return (
    <main className="embed" data-theme={options.theme} style={style}>
      <header className={options.hideTitle ? 'embed-header visually-hidden' : 'embed-header'}>
        <p className="embed-kicker">{ui.embedFrom}: <span>{content.story.title}</span></p>
        <h1>{section.title}</h1>
      </header>
      <StoryMap view={step.map} content={content} framing="card" />
      <EmbedStepper count={section.steps.length} current={current} onChange={setCurrent} ui={ui} />
      <ol className="embed-steps" aria-live="polite">
        {section.steps.map((s, i) => (
          <li key={i} className={i === current ? 'embed-step is-current' : 'embed-step'}>
            <p className="step-text">{s.text}</p>
            {s.quotes.map((q, j) => <QuoteFigure key={j} quote={q} content={content} />)}
            <StepSources reportIds={s.reports} content={content} />
          </li>
        ))}
      </ol>
      <p className="embed-more">
        <a href={withBase(paths.step(section.slug, current))} target="_blank" rel="noopener">{ui.fullStory}</a>
        <ShareButton url={absoluteUrl(paths.step(section.slug, current))} title={section.title} content={content} />
      </p>
    </main>
  );
}
