import { content } from '../content/content.ts';
import { SiteFooter, SiteHeader } from '../components/layout/site-header.tsx';
import { StaticHtml } from '../components/static/static-html.tsx';

/**
 * The page's words are server HTML only: the body module (and the report passages it reads) is
 * imported by the server alone, and the browser adopts or fetches the prerendered HTML.
 */
const Body = import.meta.env.SSR ? (await import('./sources-body.tsx')).SourcesBody : () => null;

export function SourcesRoute() {
  return (
    <>
      <SiteHeader content={content} skipTo="main" />
      <main id="main" className="page sources" tabIndex={-1}>
        <StaticHtml id="sources-main">
          <Body />
        </StaticHtml>
      </main>
      <SiteFooter content={content} />
    </>
  );
}
