/**
 * The embed page's script: hydrates the card alone (no router, no story). Built as one classic
 * script (see vite.config.ts): a sandboxed iframe without allow-same-origin has an opaque
 * origin, and would fetch module scripts with CORS, which a static host without special
 * headers does not answer. A classic script needs no CORS.
 */
import * as React from 'react';
import * as JsxRuntime from 'react/jsx-runtime';
import { StrictMode } from 'react';
import { SHARED_JSX_GLOBAL, SHARED_REACT_GLOBAL } from './components/map/world-script.ts';
import { hydrateRoot } from 'react-dom/client';
import { EmbedRoute } from './routes/embed-route.tsx';
import { ContentContext } from './content/content-context.tsx';
import { readPageData } from './content/page-data.ts';
import { withoutUnhandledListeners } from './scroll/quiet-events.ts';

// The map runtime, a second classic script, uses this React rather than bundling its own.
Object.assign(window, { [SHARED_REACT_GLOBAL]: React, [SHARED_JSX_GLOBAL]: JsxRuntime });

const root = document.getElementById('root');
// The card's section, edition and words, carried by the page (page-data.ts).
const data = readPageData();
const slug = data?.page.kind === 'embed' ? data.page.slug : undefined;
if (root && data && slug) {
  const { content } = data;
  withoutUnhandledListeners(root, () =>
    hydrateRoot(
      root,
      <StrictMode>
        <ContentContext value={content}>
          <EmbedRoute slug={slug} />
        </ContentContext>
      </StrictMode>,
    ),
  );
}
