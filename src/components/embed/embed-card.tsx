import { Fragment, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useContent } from '../../content/content-context.tsx';
import type { Section } from '../../content/schema.ts';
import { EMBED_MAX_HEIGHT } from '../../embed/embed-size.ts';
import { parseEmbedOptions } from '../../embed/embed-options.ts';
import { useHeightMessenger } from '../../embed/use-height-messenger.ts';
import { useHostLinks } from '../../embed/use-host-links.ts';
import { useHostProtocol } from '../../embed/use-host-protocol.ts';
import { absoluteUrl, withBase } from '../../address/site-base.ts';
import { pathsFor } from '../../address/paths.ts';
import { fillMessage } from '../../content/fill-message.ts';
import { clampStep } from '../../scroll/pick-active.ts';
import { StoryMap } from '../map/story-map.tsx';
import { ShareButton } from '../share/share-button.tsx';
import { useSearch } from '../share/use-hydrated.ts';
import { StepSources } from '../story/step-sources.tsx';
import { EmbedQuote } from './embed-quote.tsx';
import { EmbedStepText } from './embed-step-text.tsx';
import { EmbedStepper } from './embed-stepper.tsx';
import { useCompactFit } from './use-compact-fit.ts';
import { Announcer, announce } from '../status/announcer.tsx';
import { mapWordsLead, stepPosition } from '../../content/ui-phrases.ts';

/** A little under WordPress's limit, so rounding never tips a card over it. */
const HEIGHT_BUDGET = EMBED_MAX_HEIGHT - 4;

/**
 * A section as a compact card: its map and its steps, one at a time, moved by buttons, dots or
 * arrow keys (a host page owns the scrolling). It keeps itself within WordPress's height limit
 * (use-compact-fit.ts). Without scripts every step is listed instead.
 */
export function EmbedCard({ section }: { section: Section }) {
  // The query string is read after hydration: the prerendered page has none to match.
  const content = useContent();
  const paths = pathsFor(content.locale);
  const search = useSearch();
  const options = useMemo(() => parseEmbedOptions(search), [search]);
  const protocol = useHostProtocol();
  const [chosen, setCurrent] = useState<number | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const card = useRef<HTMLElement>(null);
  const current = chosen ?? clampStep(options.step ?? 0, section.steps.length);
  const fit = useCompactFit(
    card,
    HEIGHT_BUDGET,
    `${current}:${[...open].join(',')}:${options.hideTitle}`,
  );
  useHeightMessenger(section.slug, protocol);
  useHostLinks(protocol);

  const step = section.steps[current] ?? section.steps[0];
  if (!step) return null;
  const { ui } = content;
  const count = section.steps.length;
  // A move is spoken once, briefly, through the card's one live region: where the reader is
  // ("Step 2 of 4"); the step itself, its map in words first, is theirs to read next.
  const goTo = (index: number) => {
    if (index === current) return;
    setCurrent(index);
    announce(stepPosition(ui, index, count));
  };
  const mapWords = mapWordsLead(ui);
  // WordPress's sandbox lets no link out of the iframe except through its link message, which
  // it follows only on this site (use-host-links.ts): there every link stays on this site, and
  // an outlet's report is reached through its entry on /sources/. Elsewhere links open a tab.
  const wordpress = protocol.kind === 'wordpress';
  const newTab = !wordpress;
  const tab = newTab ? { target: '_blank', rel: 'noopener' } : {};
  const sourceHref = (reportId: string, reportUrl: string) =>
    wordpress ? withBase(paths.report(reportId)) : reportUrl;
  const cite = (reportId: string, name: string) => (
    <a href={withBase(paths.report(reportId))} {...tab}>
      {name}
    </a>
  );
  // Texts the layout cut short, and those the reader opened, by key (see use-compact-fit.ts).
  const clampProps = (key: string) => ({
    clampKey: key,
    clamped: !!fit?.clamped.includes(key),
    open: open.has(key),
    onToggle: () =>
      setOpen((old) => {
        const next = new Set(old);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
  });

  const style = {
    ...(options.accent ? { '--accent': options.accent } : {}),
    ...(fit ? { '--embed-map-height': `${fit.mapHeight}px` } : {}),
  } as CSSProperties;
  return (
    <main className="embed" data-theme={options.theme} style={style} ref={card}>
      <header className={options.hideTitle ? 'embed-header visually-hidden' : 'embed-header'}>
        <p className="embed-kicker">
          {fillMessage<ReactNode>(ui.embedFrom, { story: <span>{content.story.title}</span> }).map(
            (part, i) => (
              <Fragment key={i}>{part}</Fragment>
            ),
          )}
        </p>
        <h1>{section.title}</h1>
      </header>
      <StoryMap
        view={step.map}
        content={content}
        framing="card"
        prerendered={section.steps[0]?.map}
      />
      <EmbedStepper count={count} current={current} onChange={goTo} ui={ui} />
      <ol className="embed-steps">
        {section.steps.map((s, i) => (
          <li key={i} className={i === current ? 'embed-step is-current' : 'embed-step'}>
            <p className="visually-hidden">
              {mapWords}
              {s.map.description}
            </p>
            <EmbedStepText text={s.text} ui={ui} {...clampProps(`${i}-text`)} />
            {s.quotes.map((q, j) => (
              <EmbedQuote
                key={j}
                quote={q}
                content={content}
                sourceHref={sourceHref}
                newTab={newTab}
                {...clampProps(`${i}-quote-${j}`)}
              />
            ))}
            <StepSources
              step={s}
              content={content}
              cite={cite}
              folded
              captureLinks={wordpress ? 'none' : 'new-tab'}
            />
          </li>
        ))}
      </ol>
      <p className="embed-more">
        <a href={withBase(paths.step(section.slug, current))} {...tab}>
          {ui.fullStory}
        </a>
        <ShareButton
          url={absoluteUrl(paths.step(section.slug, current))}
          title={section.title}
          content={content}
        />
      </p>
      <Announcer />
    </main>
  );
}
