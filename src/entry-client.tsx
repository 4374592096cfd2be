/**
 * The browser's entry: hydrates the page the reader opened, without a router. The first in-app
 * navigation loads react-router (router-app.tsx, fetched while the browser is idle) and hands the
 * page over to it; the new page then renders under the router, its words adopted from server HTML.
 */
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { App } from './app.tsx';
import { PageLocationContext, type PageLocation } from './address/page-location.tsx';
import { withBase, withoutBase } from './address/site-base.ts';
import { ContentContext } from './content/content-context.tsx';
import { readPageData } from './content/page-data.ts';

const loadRouter = () => import('./router-app.tsx');

const element = document.getElementById('root');
// The page's edition, carried by the page (page-data.ts): the same script serves every language.
const content = readPageData();
if (element && content) {
  // Set just below; navigation can only happen once the page is hydrated.
  const hydrated: { root?: Root } = {};
  let handedOver = false;
  const navigate = (to: string) => {
    if (handedOver) return;
    handedOver = true;
    void loadRouter()
      .then(({ RouterApp }) => {
        window.history.pushState(null, '', withBase(to));
        hydrated.root?.render(<RouterApp content={content} />);
      })
      .catch(() => window.location.assign(withBase(to)));
  };
  const first: PageLocation = {
    pathname: withoutBase(window.location.pathname),
    search: window.location.search,
    hash: window.location.hash,
    key: 'default',
    navigated: false,
    navigate,
  };
  hydrated.root = hydrateRoot(
    element,
    <StrictMode>
      <ContentContext value={content}>
        <PageLocationContext value={first}>
          <App />
        </PageLocationContext>
      </ContentContext>
    </StrictMode>,
  );
  // Fetch the router while the reader reads, so the first navigation does not wait for it.
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 2000));
  idle(() => void loadRouter().catch(() => undefined));
}
