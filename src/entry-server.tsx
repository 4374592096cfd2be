/** Server entry, used only by the prerender script at build time. */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app.tsx';
import { content } from './content/content.ts';
import { pageMetaFor, prerenderPaths, type PageMeta } from './routes/page-meta.ts';
import { basePath } from './routes/paths.ts';

export interface RenderedPage {
  html: string;
  meta: PageMeta;
}

/** Renders a router-relative path (e.g. "/s/south-korea/") to HTML. */
export function render(path: string): RenderedPage {
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={basePath.replace(/\/$/, '') + path} basename={basePath}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
  return { html, meta: pageMetaFor(path, content) };
}

export const paths = prerenderPaths(content);
export const sectionTitles = content.sections.map((s) => s.title);
