/** Server entry, used only by the prerender script at build time. */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { PageLocationContext } from './routes/page-location.tsx';
import { App } from './app.tsx';
import { content } from './content/content.ts';
import { oembedFor } from './embed/oembed.ts';
import { EmbedRoute, embedSlug } from './routes/embed-route.tsx';
import { pageMetaFor, prerenderPaths, type PageMeta } from './routes/page-meta.ts';
import { absoluteUrl, paths } from './routes/paths.ts';

export interface RenderedPage {
  html: string;
  meta: PageMeta;
}

/**
 * Renders a router-relative path (e.g. "/s/south-korea/") to HTML. An embed page is the card
 * alone, as its own script (entry-embed.tsx) hydrates it.
 */
export function render(path: string): RenderedPage {
  const slug = embedSlug(path);
  const html = renderToString(
    <StrictMode>
      {slug ? (
        <EmbedRoute slug={slug} />
      ) : (
        <PageLocationContext value={{ pathname: path, search: '', hash: '', key: 'default', navigated: false, navigate: () => undefined }}>
          <App />
        </PageLocationContext>
      )}
    </StrictMode>,
  );
  return { html, meta: pageMetaFor(path, content) };
}

export const routes = prerenderPaths(content);
export const siteName = content.ui.siteName;
export const absolute = (path: string) => absoluteUrl(path);

/** Each section's oEmbed document, keyed by router-relative path. */
export const oembedDocuments = content.sections.map((section) => ({
  path: paths.oembed(section.slug),
  document: oembedFor({
    title: section.title,
    providerName: content.ui.siteName,
    providerUrl: absoluteUrl(paths.story()),
    sectionUrl: absoluteUrl(paths.section(section.slug)),
    embedUrl: absoluteUrl(paths.embed(section.slug)),
    thumbnailUrl: absoluteUrl(paths.socialImage(section.slug)),
  }),
}));
