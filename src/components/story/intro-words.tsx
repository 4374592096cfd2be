import type { Content } from '../../content/content-types.ts';
import { QuoteFigure } from '../quote/quote-figure.tsx';
import { StepSources } from './step-sources.tsx';
import { citeReportEntry } from './cite-report-entry.tsx';

/** The intro's words (server only, see StoryIntro): a person first, then when, then the caveat. */
export function IntroWords({ content }: { content: Content }) {
  const { story } = content;
  return (
    <>
      <p className="kicker">{story.kicker}</p>
      <h1>{story.title}</h1>
      <div className="story-opening">
        <p className="opening-text">{story.opening.text}</p>
        {story.opening.quotes.map((q, i) => (
          <QuoteFigure key={i} quote={q} content={content} />
        ))}
        <StepSources
          step={story.opening}
          content={content}
          cite={citeReportEntry(content.locale)}
        />
      </div>
      <p className="lede">{story.lede}</p>
      <p className="caveat">{story.caveat}</p>
    </>
  );
}
