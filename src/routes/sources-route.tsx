import { StaticPage } from './static-page.tsx';

/** The body (and the report passages it reads) is imported by the server alone. */
const Body = import.meta.env.SSR ? (await import('./sources-body.tsx')).SourcesBody : () => null;

/** `/sources/`: the five reports, how they relate, and where the story uses each. */
export const SourcesRoute = () => (
  <StaticPage id="sources-main" className="page sources">
    <Body />
  </StaticPage>
);
