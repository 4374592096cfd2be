import type { MouseEvent } from 'react';
import type { Content } from '../../content/content-types.ts';
import { usePageLocation } from '../../routes/page-location.tsx';
import { matchPageKind } from '../../routes/page-kinds.ts';
import { basePath, twinPath, withBase } from '../../routes/paths.ts';

/**
 * A link to this page in each other edition, named in that edition's language. Without
 * scripts it leads to the same page there; with them it keeps the reader's place as it is
 * when they click (the story keeps ?step=n in the address as they scroll, and #fragments stay).
 * Another edition is a page load, not an in-app navigation: its words are its own.
 */
export function LanguageSwitch({ content }: { content: Content }) {
  const { pathname, search, hash } = usePageLocation();
  const localePaths = content.locales.map((l) => l.path);
  const others = content.locales.filter((l) => l.id !== content.locale.id);
  if (others.length === 0) return null;
  const here = (path: string) => matchPageKind(path, localePaths).locale;
  // The same page there; from an address that is no page, that edition's start.
  const twin = (path: string, to: string) => (matchPageKind(path, localePaths).kind === 'not-found' ? (to ? `/${to}/` : '/') : twinPath(path, here(path), to));
  const onClick = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const current = `/${window.location.pathname.slice(basePath.length)}`;
    const notFound = matchPageKind(current, localePaths).kind === 'not-found';
    event.preventDefault();
    window.location.assign(withBase(twin(current, to)) + (notFound ? '' : window.location.search + window.location.hash));
  };
  return (
    <span className="language-switch" aria-label={content.ui.languageLabel} role="group">
      {others.map((l) => (
        <a key={l.id} href={withBase(twin(pathname, l.path)) + (matchPageKind(pathname, localePaths).kind === 'not-found' ? '' : search + hash)} hrefLang={l.lang} lang={l.lang} onClick={onClick(l.path)}>
          {l.name}
        </a>
      ))}
    </span>
  );
}
