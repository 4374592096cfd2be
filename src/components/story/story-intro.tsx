import type { Content } from '../../content/content-types.ts';

/** The story's opening: what it is, and how far to trust the reports it rests on. */
export function StoryIntro({ content }: { content: Content }) {
  const { story } = content;
  return (
    <header className="story-intro">
      <p className="kicker">{story.kicker}</p>
      <h1>{story.title}</h1>
      <p className="lede">{story.lede}</p>
      <p className="caveat">{story.caveat}</p>
    </header>
  );
}
