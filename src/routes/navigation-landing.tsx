import { useLayoutEffect } from 'react';
import { usePageLocation } from '../address/page-location.tsx';
import { useContent } from '../content/content-context.tsx';
import { pageMetaFor } from './page-meta.ts';

/**
 * On in-app navigation, does what a page load would: sets the title, starts at the top (or the
 * #fragment) and moves focus to the new page's main content so screen readers announce it.
 * The prerendered page is already right on first load.
 *
 * Rendered inside each page, just before it (see app.tsx): its layout effect runs once the
 * page is in the DOM (a lazily loaded page included), and before the page's own, so a page
 * that lands the reader somewhere itself (the story at ?step=n) does so after this reset.
 */
export function NavigationLanding() {
  const { pathname, hash, key, navigated } = usePageLocation();
  const content = useContent();
  useLayoutEffect(() => {
    document.title = pageMetaFor(pathname, content).title;
    // The address the page was loaded at: the browser has already placed it.
    if (!navigated) return;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
  }, [content, pathname, hash, key, navigated]);
  return null;
}
