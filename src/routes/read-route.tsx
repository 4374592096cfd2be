import { StaticPage } from './static-page.tsx';

/** The body (the whole story as an article, with still maps) is imported by the server alone. */
const Body = import.meta.env.SSR ? (await import('./read-body.tsx')).ReadBody : () => null;

/** `/read/`: the whole story as a plain article, for reading, citing and printing. */
export const ReadRoute = () => (
  <StaticPage id="read-main" className="page read">
    <Body />
  </StaticPage>
);
