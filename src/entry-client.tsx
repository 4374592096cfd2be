/**
 * The browser's entry: hydrates the page the reader opened. There is no router in the browser:
 * every link is a page load, which the back/forward cache makes instant on Back (README, "How
 * pages hydrate"). The page says which page it is (page-data.ts); the address bar adds the query
 * and fragment the reader came with.
 */
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { PageLocationContext } from './address/page-location.tsx';
import { withoutBase } from './address/site-base.ts';
import { ContentContext } from './content/content-context.tsx';
import { readPageData } from './content/page-data.ts';
import { withoutUnhandledListeners } from './scroll/quiet-events.ts';

const element = document.getElementById('root');
// The page's edition, carried by the page (page-data.ts): the same script serves every language.
const data = readPageData();
if (element && data) {
  const { pathname, search, hash } = window.location;
  withoutUnhandledListeners(element, () =>
    hydrateRoot(
      element,
      <StrictMode>
        <ContentContext value={data.content}>
          <PageLocationContext
            value={{ page: data.page, pathname: withoutBase(pathname), search, hash }}
          >
            <App />
          </PageLocationContext>
        </ContentContext>
      </StrictMode>,
    ),
  );
}
