import { Fragment } from 'react';
import type { Content } from '../../content/content-types.ts';
import { fillMessage } from '../../content/fill-message.ts';
import { pathsFor } from '../../address/paths.ts';
import { withBase } from '../../address/site-base.ts';

/**
 * This place in the story in each other edition: the section and step the reader is at. The
 * header's switch keeps the place only while the header is in view (scrolling up to it moves
 * the reader to the top); this one sits where the reader is. A plain link, so it works without
 * scripts too.
 */
export function SectionEditions({
  content,
  slug,
  stepIndex,
}: {
  content: Content;
  slug: string;
  stepIndex: number;
}) {
  const others = content.locales.filter((l) => l.id !== content.locale.id);
  if (others.length === 0) return null;
  return (
    <p className="section-editions">
      {fillMessage(content.ui.fieldLabel, { label: content.ui.languageLabel }).join('')}
      {others.map((l, i) => (
        <Fragment key={l.id}>
          {i > 0 ? ' · ' : null}
          <a href={withBase(pathsFor(l).step(slug, stepIndex))} hrefLang={l.lang} lang={l.lang}>
            {l.name}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
