import type { ReactNode } from 'react';
import { useContent } from '../content/content-context.tsx';
import { SiteFooter, SiteHeader } from '../components/layout/site-header.tsx';
import { StaticHtml } from '../components/static/static-html.tsx';

/**
 * A page that is all words (the sources, the article version and its single-file edition): the
 * site's header and footer around one block of server HTML. `children` are rendered by the
 * server only; the browser adopts the prerendered block.
 */
export function StaticPage({
  id,
  className,
  children,
}: {
  id: string;
  className: string;
  children: ReactNode;
}) {
  const content = useContent();
  return (
    <>
      <SiteHeader content={content} skipTo="main" />
      <main id="main" className={className} tabIndex={-1}>
        <StaticHtml id={id}>{children}</StaticHtml>
      </main>
      <SiteFooter content={content} />
    </>
  );
}
