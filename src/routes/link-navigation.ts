/**
 * In-app navigation without router markup: a plain left click on a link to one of the site's
 * pages becomes `navigate(path)`. Modified clicks, other targets, downloads, other sites, and
 * addresses that are not pages (embeds, images, documents) are left to the browser. Plain DOM.
 */
import { parseAddress } from '../address/address.ts';
import { withoutBase } from '../address/site-base.ts';

/**
 * `localePaths` are the editions' folders and `here` the page's: a link to another edition is a
 * page load (its words and script data are that edition's), not an in-app navigation.
 */
export function installLinkNavigation(
  basePath: string,
  navigate: (to: string) => void,
  localePaths: readonly string[] = [''],
  here = '',
): () => void {
  const onClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(basePath)) return;
    const path = withoutBase(url.pathname, basePath);
    const { kind, locale } = parseAddress(path, localePaths);
    if (kind === 'embed' || kind === 'not-found' || locale !== here) return;
    // Same page, other #fragment: the browser scrolls to it itself.
    if (
      url.pathname === window.location.pathname &&
      url.search === window.location.search &&
      url.hash
    )
      return;
    event.preventDefault();
    navigate(`${path}${url.search}${url.hash}`);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
