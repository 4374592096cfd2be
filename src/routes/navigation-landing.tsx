import { useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { content } from '../content/content.ts';
import { pageMetaFor } from './page-meta.ts';

/**
 * On in-app navigation, does what a page load would: sets the title, starts at the top (or the
 * #fragment) and moves focus to the new page's main content so screen readers announce it.
 * The prerendered page is already right on first load.
 *
 * Rendered before the routes, so its layout effect runs before theirs: a page that lands the
 * reader somewhere itself (the story at ?step=n) does so after this reset, not under it.
 */
export function NavigationLanding() {
  const { pathname, hash } = useLocation();
  const firstRender = useRef(true);
  useLayoutEffect(() => {
    document.title = pageMetaFor(pathname, content).title;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
  }, [pathname, hash]);
  return null;
}
