import { useMemo, useState, type CSSProperties } from 'react';
import { content } from '../../content/content.ts';
import type { Section } from '../../content/schema.ts';
import { parseEmbedOptions } from '../../embed/embed-options.ts';
import { useHeightMessenger } from '../../embed/use-height-messenger.ts';
import { absoluteUrl, paths, withBase } from '../../routes/paths.ts';
import { clampStep } from '../../scroll/pick-active.ts';
import { StoryMap } from '../map/story-map.tsx';
import { QuoteFigure } from '../quote/quote-figure.tsx';
import { ShareButton } from '../share/share-button.tsx';
import { useSearch } from '../share/use-hydrated.ts';
import { StepSources } from '../story/step-sources.tsx';
import { EmbedStepper } from './embed-stepper.tsx';

/**
 * A section as a compact card: its map and its steps, one at a time, moved by buttons, dots or
 * arrow keys (a host page owns the scrolling). Without scripts every step is listed instead.
 */
export function EmbedCard({ section }: { section: Section }) {
  // The query string is read after hydration: the prerendered page has none to match.
  const search = useSearch();
  const options = useMemo(() => parseEmbedOptions(search), [search]);
  const [chosen, setCurrent] = useState<number | null>(null);
  const current = chosen ?? clampStep(options.step ?? 0, section.steps.length);
  useHeightMessenger(section.slug);

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
            <StepSources step={s} content={content} />
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
