import { use, type ReactNode } from 'react';
import { usePageLocation } from '../../address/page-location.tsx';
import { withBase } from '../../address/site-base.ts';
import { fragmentsOrPageLoad, knownFragment } from './static-fragments.ts';

interface StaticHtmlProps {
  /** Unique on the page, and the same for the same words on every page (they are shared). */
  id: string;
  className?: string;
  /** The words, rendered only on the server. The browser adopts that HTML as it is. */
  children?: ReactNode;
}

/**
 * Server HTML the client never hydrates or re-renders: React adopts the prerendered DOM as an
 * opaque block (its children are not even created in the browser), so hydration costs nothing
 * for the words of the page. After an in-app navigation, the same block comes from the
 * prerendered page (static-fragments.ts), which suspends until it arrives. Links inside are
 * plain anchors, which routes/link-navigation.ts turns into in-app navigations.
 */
export function StaticHtml({ id, className, children }: StaticHtmlProps) {
  if (import.meta.env.SSR)
    return (
      <div data-static={id} className={className}>
        {children}
      </div>
    );
  return <ClientStaticHtml id={id} className={className} />;
}

// One promise per page, so React's use() sees the same promise on every render while it waits.
const pending = new Map<string, Promise<void>>();
const fragmentsOrPageLoadCached = (href: string) => {
  let p = pending.get(href);
  if (!p) pending.set(href, (p = fragmentsOrPageLoad(href)));
  return p;
};

function ClientStaticHtml({ id, className }: { id: string; className?: string }) {
  const { pathname } = usePageLocation();
  let html = knownFragment(id);
  if (html === undefined) {
    use(fragmentsOrPageLoadCached(withBase(pathname)));
    html = knownFragment(id) ?? '';
  }
  return (
    <div
      data-static={id}
      className={className}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
