/**
 * The site after its first in-app navigation: react-router owns the address from then on
 * (history, Back and Forward). Loaded on demand (see entry-client.tsx), so the first page's
 * script carries no router.
 */
import { StrictMode, useMemo } from 'react';
import { BrowserRouter, useLocation, useNavigate } from 'react-router';
import { App } from './app.tsx';
import { PageLocationContext, type PageLocation } from './address/page-location.tsx';
import { basePath } from './address/site-base.ts';
import { ContentContext } from './content/content-context.tsx';
import type { Content } from './content/content-types.ts';

function RouterLocation() {
  const { pathname, search, hash, key } = useLocation();
  const navigate = useNavigate();
  // The router starts at the address the first navigation went to: that is a navigation too.
  const value = useMemo<PageLocation>(
    () => ({ pathname, search, hash, key, navigated: true, navigate: (to) => navigate(to) }),
    [pathname, search, hash, key, navigate],
  );
  return (
    <PageLocationContext value={value}>
      <App />
    </PageLocationContext>
  );
}

export function RouterApp({ content }: { content: Content }) {
  return (
    <StrictMode>
      <ContentContext value={content}>
        <BrowserRouter basename={basePath}>
          <RouterLocation />
        </BrowserRouter>
      </ContentContext>
    </StrictMode>
  );
}
