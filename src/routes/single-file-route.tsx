import { StaticPage } from './static-page.tsx';
import { ReadBody } from './read-body.tsx';

/**
 * The article as one file (the build's /download/<id>.html): /read/'s page, its words and still
 * maps, opening with the day it was built and its addresses online. Rendered by the server
 * alone, into a document with no scripts (single-file-document.tsx).
 */
export const SingleFileRoute = ({ builtOn }: { builtOn: string }) => (
  <StaticPage id="read-main" className="page read">
    <ReadBody builtOn={builtOn} />
  </StaticPage>
);
