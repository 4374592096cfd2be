import type { Content } from '../../content/content-types.ts';
import { StaticHtml } from '../static/static-html.tsx';

/** The words are server HTML: the browser's script never carries the code that writes them. */
const IntroWords = import.meta.env.SSR
  ? (await import('./intro-words.tsx')).IntroWords
  : () => null;

/**
 * The story's opening: a person first, in her own words; then when and what the reports say;
 * then, once and plainly, how far to trust them.
 */
export function StoryIntro({ content }: { content: Content }) {
  return (
    <header className="story-intro">
      <StaticHtml id="story-intro">
        <IntroWords content={content} />
      </StaticHtml>
    </header>
  );
}
