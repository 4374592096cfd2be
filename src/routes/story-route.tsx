import { useLayoutEffect, useMemo, useRef } from 'react';
import { useParams } from 'react-router';
import { content } from '../content/content.ts';
import { firstStepOf, storySteps } from '../content/story-steps.ts';
import { SiteFooter, SiteHeader } from '../components/layout/site-header.tsx';
import { StoryMap } from '../components/map/story-map.tsx';
import { StepCard } from '../components/story/step-card.tsx';
import { StoryIntro } from '../components/story/story-intro.tsx';
import { useActiveStep } from '../scroll/use-active-step.ts';
import { NotFoundRoute } from './not-found-route.tsx';
import { sectionElementId } from './paths.ts';

const steps = storySteps(content);

/** `/` and `/s/<slug>/`: the whole story; a deep link opens it at that section. */
export function StoryRoute() {
  const { slug } = useParams();
  if (slug === undefined) return <StoryPage initialStep={0} />;
  const first = firstStepOf(steps, slug);
  if (first === undefined) return <NotFoundRoute />;
  return <StoryPage initialStep={first} landOn={slug} />;
}

function StoryPage({ initialStep, landOn }: { initialStep: number; landOn?: string }) {
  const stepsRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useActiveStep(stepsRef, initialStep);

  // Land on the deep-linked section at once (before paint), not after a replay of the story.
  useLayoutEffect(() => {
    if (landOn) document.getElementById(sectionElementId(landOn))?.scrollIntoView({ block: 'start' });
  }, [landOn]);

  const view = (steps[active] ?? steps[0])?.step.map;
  const bySection = useMemo(() => content.sections.map((section) => steps.filter((s) => s.section === section)), []);

  return (
    <>
      <SiteHeader content={content} skipTo="story" />
      <main id="story" className="scrolly" tabIndex={-1}>
        <div className="scrolly-steps" ref={stepsRef}>
          <StoryIntro content={content} />
          {content.sections.map((section, i) => (
            <section key={section.slug} id={sectionElementId(section.slug)} className="story-section" aria-labelledby={`${sectionElementId(section.slug)}-title`}>
              {bySection[i]?.map((item) => (
                <StepCard
                  key={item.index}
                  item={item}
                  content={content}
                  active={item.index === active}
                  onFocusStep={setActive}
                  heading={item.stepIndex === 0 ? <h2 id={`${sectionElementId(section.slug)}-title`}>{section.title}</h2> : undefined}
                />
              ))}
            </section>
          ))}
        </div>
        <div className="scrolly-graphic">
          {view ? <StoryMap view={view} content={content} /> : null}
        </div>
      </main>
      <SiteFooter content={content} />
    </>
  );
}
