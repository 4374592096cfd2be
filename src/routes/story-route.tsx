import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useContent } from '../content/content-context.tsx';
import type { Content } from '../content/content-types.ts';
import { firstStepOf, storySteps } from '../content/story-steps.ts';
import { SiteFooter, SiteHeader } from '../components/layout/site-header.tsx';
import { StoryMap } from '../components/map/story-map.tsx';
import { StepCard } from '../components/story/step-card.tsx';
import type { StepDirection } from '../components/story/step-control.tsx';
import { StoryIntro } from '../components/story/story-intro.tsx';
import { StoryClosing } from '../components/story/story-closing.tsx';
import { useActiveStep } from '../scroll/use-active-step.ts';
import { useSettled } from '../scroll/use-settled.ts';
import { afterScrollRest } from '../scroll/after-scroll-rest.ts';
import { stepIndexOf } from '../address/address.ts';
import { clampStep } from '../scroll/pick-active.ts';
import { NotFoundRoute } from './not-found-route.tsx';
import { pageTitle } from './page-meta.ts';
import { pathsFor, sectionElementId } from '../address/paths.ts';
import { withBase } from '../address/site-base.ts';
import { replaceAddress, setDocumentTitle } from './replace-address.ts';

/**
 * The browser itself opens a loaded section page at its section (CSS `scroll-initial-target` on
 * the section, set in the prerendered HTML): at first layout, with or without scripts, so the
 * hydration does no scrolling. Where the property is unknown, the script lands the reader.
 */
const browserLands = (): boolean =>
  typeof CSS !== 'undefined' && CSS.supports('scroll-initial-target', 'nearest');

/**
 * Steps passing sooner than this after one another (a flick: 120 px of scroll every 16 ms passes
 * a step about every 100 ms) move the map once they stop; a reader's steps, seconds apart, at
 * once.
 */
const MAP_SETTLE_MS = 250;

/** How long the page must rest before the address and title follow the reader. */
const ADDRESS_SETTLE_MS = 500;

/** The story's steps in reading order, and by section: computed once per edition. */
const stepsOf = new WeakMap<
  Content,
  { steps: ReturnType<typeof storySteps>; bySection: ReturnType<typeof storySteps>[] }
>();
function editionSteps(content: Content) {
  let known = stepsOf.get(content);
  if (!known) {
    const steps = storySteps(content);
    known = {
      steps,
      bySection: content.sections.map((section) => steps.filter((s) => s.section === section)),
    };
    stepsOf.set(content, known);
  }
  return known;
}

/** `/` and `/s/<slug>/`: the whole story; a deep link opens it at that section. */
export function StoryRoute({ slug }: { slug?: string }) {
  const content = useContent();
  const { steps } = editionSteps(content);
  if (slug === undefined) return <StoryPage content={content} initialStep={0} />;
  const first = firstStepOf(steps, slug);
  if (first === undefined) return <NotFoundRoute />;
  return <StoryPage content={content} initialStep={first} landOn={slug} />;
}

function StoryPage({
  content,
  initialStep,
  landOn,
}: {
  content: Content;
  initialStep: number;
  landOn?: string;
}) {
  const { steps, bySection: stepsBySection } = editionSteps(content);
  const paths = useMemo(() => pathsFor(content.locale), [content]);
  /** Addresses the story page owns: the story itself and its section deep links. */
  const ownsAddress = useMemo(() => {
    const home = withBase(paths.story());
    return (pathname: string) => pathname === home || pathname.startsWith(`${home}s/`);
  }, [paths]);
  const stepsRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useActiveStep(stepsRef, initialStep);

  // Land on the deep-linked section, or its ?step=n, at once (before paint), not after a
  // replay of the story. Out-of-range steps land on the nearest one. A page as loaded is at its
  // section already where the browser lands it (browserLands).
  const landedOn = useRef(initialStep);
  useLayoutEffect(() => {
    if (!landOn) return;
    const section = content.sections.find((s) => s.slug === landOn);
    const step = stepIndexOf(window.location.search);
    if (section && step !== undefined && step > 0) {
      const index = initialStep + clampStep(step, section.steps.length);
      landedOn.current = index;
      setActive(index);
      document.querySelector(`[data-step="${index}"]`)?.scrollIntoView({ block: 'start' });
    } else if (!browserLands()) {
      document.getElementById(sectionElementId(landOn))?.scrollIntoView({ block: 'start' });
    }
  }, [content, landOn, initialStep, setActive]);

  // The address follows the reader (replaced, never pushed: no history spam), so a copied
  // link opens where they are. Not before they move: the address they came by stays. Written
  // once the page has stopped scrolling for ADDRESS_SETTLE_MS, not for every step a flick
  // passes: a replaceState and a new title cost a slow phone's main thread a frame.
  useEffect(() => {
    if (active === landedOn.current) return;
    landedOn.current = -1;
    const item = steps[active];
    if (!item) return;
    // Once the page rests, the address and title follow.
    return afterScrollRest(ADDRESS_SETTLE_MS, () => {
      replaceAddress(withBase(paths.step(item.section.slug, item.stepIndex)), ownsAddress);
      setDocumentTitle(pageTitle(content, item.section.title));
    });
  }, [active, content, steps, paths, ownsAddress]);

  // The step control (step-control.tsx): the focus moves first, to the same button of the step
  // it leads to, then the page brings that step to its reading position; gliding there unless
  // the reader asked for less motion.
  const goToStep = useCallback(
    (target: number, direction: StepDirection) => {
      const card = stepsRef.current?.querySelector<HTMLElement>(`[data-step="${target}"]`);
      if (!card) return;
      setActive(target);
      card.querySelector<HTMLElement>(`[data-go="${direction}"]`)?.focus({ preventScroll: true });
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      card.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
    },
    [setActive],
  );

  // The map follows the step once the reader's pace allows: a flick lands once, where it stops.
  const view = useSettled((steps[active] ?? steps[0])?.step.map, MAP_SETTLE_MS);
  // What does not change with the step is rendered once: a step change re-renders the cards'
  // states and the map alone, each a frame of work on a slow phone.
  const prerendered = steps[initialStep]?.step.map;
  const map = useMemo(
    () => (view ? <StoryMap view={view} content={content} prerendered={prerendered} /> : null),
    [view, content, prerendered],
  );
  const [header, intro, closing, footer] = useMemo(
    () => [
      <SiteHeader key="header" content={content} skipTo="story" />,
      <StoryIntro key="intro" content={content} />,
      <StoryClosing key="closing" content={content} />,
      <SiteFooter key="footer" content={content} />,
    ],
    [content],
  );

  return (
    <>
      {header}
      <main id="story" className="scrolly" tabIndex={-1}>
        {/* Intro, then the map, then the steps: the first screen's words and map frame come
            first in the HTML, so they arrive in the first round trip. */}
        {intro}
        <div className="scrolly-graphic">{map}</div>
        <div className="scrolly-steps" ref={stepsRef}>
          {content.sections.map((section, i) => (
            <section
              key={section.slug}
              id={sectionElementId(section.slug)}
              className="story-section"
              aria-labelledby={`${sectionElementId(section.slug)}-title`}
            >
              {section.slug === landOn ? <span className="landing-mark" /> : null}
              {stepsBySection[i]?.map((item) => (
                <StepCard
                  key={item.index}
                  item={item}
                  content={content}
                  active={item.index === active}
                  count={steps.length}
                  onFocusStep={setActive}
                  onGo={goToStep}
                />
              ))}
            </section>
          ))}
        </div>
        {closing}
      </main>
      {footer}
    </>
  );
}
