import type { MouseEvent } from 'react';
import type { Content } from '../../content/content-types.ts';
import { usePageLocation } from '../../address/page-location.tsx';
import { editionAddress } from '../../address/address.ts';
import { withBase, withoutBase } from '../../address/site-base.ts';

/**
 * A link to this page in each other edition, named in that edition's language. Without
 * scripts it leads to the same page there; with them it keeps the reader's place as it is
 * when they click (the story keeps ?step=n in the address as they scroll, and #fragments stay).
 */
export function LanguageSwitch({ content }: { content: Content }) {
  const { page, pathname, search, hash } = usePageLocation();
  const others = content.locales.filter((l) => l.id !== content.locale.id);
  if (others.length === 0) return null;
  // At the click, the address as it stands then: the story keeps it with the reader as they scroll.
  const onClick = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    const { pathname: now, search: query, hash: fragment } = window.location;
    window.location.assign(withBase(editionAddress(page, withoutBase(now), query, fragment, to)));
  };
  return (
    <span className="language-switch" aria-label={content.ui.languageLabel} role="group">
      {others.map((l) => (
        <a
          key={l.id}
          href={withBase(editionAddress(page, pathname, search, hash, l.path))}
          hrefLang={l.lang}
          lang={l.lang}
          onClick={onClick(l.path)}
        >
          {l.name}
        </a>
      ))}
    </span>
  );
}
