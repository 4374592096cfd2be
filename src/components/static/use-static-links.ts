import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { basePath } from '../../routes/paths.ts';

/**
 * Links inside static HTML (StaticHtml) are plain anchors: one listener on the document turns a
 * plain left click on a same-site link into an in-app navigation, as a router <Link> would.
 * Modified clicks, other targets, downloads and other sites are left to the browser.
 */
export function useStaticLinks(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || !anchor.closest('[data-static]')) return;
      if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin || !url.pathname.startsWith(basePath)) return;
      event.preventDefault();
      navigate(`/${url.pathname.slice(basePath.length)}${url.search}${url.hash}`);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate]);
}
