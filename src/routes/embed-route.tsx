import { useParams } from 'react-router';
import { content } from '../content/content.ts';
import { storySteps } from '../content/story-steps.ts';
import { StoryMap } from '../components/map/story-map.tsx';
import { QuoteFigure } from '../components/quote/quote-figure.tsx';
import { StepSources } from '../components/story/step-sources.tsx';
import { NotFoundRoute } from './not-found-route.tsx';
import { paths, withBase } from './paths.ts';

const steps = storySteps(content);

/** `/embed/<slug>/`: one section alone, with minimal chrome, for campaign sites. */
export function EmbedRoute() {
  const { slug } = useParams();
  const section = content.sections.find((s) => s.slug === slug);
  if (!section) return <NotFoundRoute />;
  const own = steps.filter((s) => s.section === section);
  const first = own[0]?.step.map;
  return (
    <main className="embed">
      <p className="embed-kicker">{content.ui.embedFrom}: <span>{content.story.title}</span></p>
      <h1>{section.title}</h1>
      {first ? <StoryMap view={first} content={content} /> : null}
      <ol className="embed-steps">
        {own.map((item) => (
          <li key={item.index} className="embed-step">
            <p className="step-text">{item.step.text}</p>
            {item.step.quotes.map((q, i) => <QuoteFigure key={i} quote={q} content={content} />)}
            <StepSources reportIds={item.step.reports} content={content} />
          </li>
        ))}
      </ol>
      <p className="embed-more">
        <a href={withBase(paths.section(section.slug))} target="_blank" rel="noopener">{content.ui.fullStory}</a>
      </p>
    </main>
  );
}
