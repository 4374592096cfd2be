import { AppLink } from '../layout/app-link.tsx';
import type { Content } from '../../content/content-types.ts';
import { pathsFor } from '../../address/paths.ts';
import { StaticHtml } from '../static/static-html.tsx';

/**
 * After the last section: what a reader can do here. Each section's share and embed tools sit at
 * its end.
 */
export function StoryClosing({ content }: { content: Content }) {
  const { story, ui } = content;
  const paths = pathsFor(content.locale);
  return (
    <section className="story-closing" aria-labelledby="story-closing-title">
      <StaticHtml id="story-closing">
        <h2 id="story-closing-title">{story.closing.title}</h2>
        <p>{story.closing.text}</p>
        <p className="closing-links">
          <AppLink to={paths.sources()}>{ui.closingSources}</AppLink>
          {' · '}
          <AppLink to={paths.read()}>{ui.closingRead}</AppLink>
        </p>
      </StaticHtml>
    </section>
  );
}
