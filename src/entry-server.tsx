/**
 * Server entry, used only by the prerenderer at build time. It imports no content: the build
 * validates data/ and hands each page its edition, so a new language needs no change here.
 */
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { PageLocationContext } from './address/page-location.tsx';
import type { PageData } from './content/page-data.ts';
import { App } from './app.tsx';
import { ContentContext } from './content/content-context.tsx';
import type { Content } from './content/content-types.ts';
import { clientContent } from './content/client-content.ts';
import { scriptSafeJson } from './content/page-data.ts';
import { documentHtml, type Shell } from './document.tsx';
import { oembedFor } from './embed/oembed.ts';
import { EmbedRoute } from './routes/embed-route.tsx';
import { parseAddress } from './address/parse-address.ts';
import { pageMetaFor, prerenderPaths, type PageMeta } from './routes/page-meta.ts';
import { jsonLdFor } from './routes/json-ld.ts';
import { absoluteUrl } from './address/site-base.ts';
import { pathsFor } from './address/paths.ts';
import { SingleFileRoute } from './routes/single-file-route.tsx';
import { absoluteLinks, singleFileHtml } from './single-file-document.tsx';

export interface RenderedPage {
  html: string;
  /**
   * The page's address and edition for its script (page-data.ts), the edition trimmed to what
   * the script needs.
   */
  data: PageData;
  meta: PageMeta;
  /** The page's schema.org JSON-LD (json-ld.ts), on the pages that have it. */
  jsonLd?: object;
}

/**
 * Renders a router-relative path (e.g. "/s/south-korea/", "/ko/s/south-korea/") in `content`'s
 * edition. An embed page is the card alone, as its own script (entry-embed.tsx) hydrates it.
 */
export function render(
  path: string,
  content: Content,
  serverOnlyUi: readonly string[] = [],
): RenderedPage {
  const page = parseAddress(
    path,
    content.locales.map((l) => l.path),
  );
  const slug = page.kind === 'embed' ? page.slug : undefined;
  const html = renderToString(
    <StrictMode>
      <ContentContext value={content}>
        {slug ? (
          <EmbedRoute slug={slug} />
        ) : (
          <PageLocationContext value={{ page, pathname: path, search: '', hash: '' }}>
            <App />
          </PageLocationContext>
        )}
      </ContentContext>
    </StrictMode>,
  );
  return {
    html,
    data: { page, content: clientContent(content, slug ? { embed: slug } : 'site', serverOnlyUi) },
    meta: pageMetaFor(page, content),
    jsonLd: jsonLdFor(content, page),
  };
}

/** The page's whole document (document.tsx), as the build writes it. */
export function renderPage(
  path: string,
  content: Content,
  shell: Shell,
  serverOnlyUi: readonly string[],
): { html: string; meta: PageMeta } {
  const { html, data, meta, jsonLd } = render(path, content, serverOnlyUi);
  return {
    meta,
    html: documentHtml({
      shell,
      meta,
      siteName: content.ui.siteName,
      html,
      data: scriptSafeJson(data),
      jsonLd: jsonLd && scriptSafeJson(jsonLd),
    }),
  };
}

/**
 * The edition's article as one self-contained file (single-file-document.tsx): /read/ as the
 * server renders it, opening with the day `builtOn` (YYYY-MM-DD) and its addresses online, its
 * site links absolute. Nothing hydrates it, so it is static markup and carries no page data.
 */
export function renderSingleFile(
  content: Content,
  file: { css: string; policy: string; builtOn: string },
): string {
  const pathname = pathsFor(content.locale).read();
  const page = parseAddress(
    pathname,
    content.locales.map((l) => l.path),
  );
  const html = renderToStaticMarkup(
    <StrictMode>
      <ContentContext value={content}>
        <PageLocationContext value={{ page, pathname, search: '', hash: '' }}>
          <SingleFileRoute builtOn={file.builtOn} />
        </PageLocationContext>
      </ContentContext>
    </StrictMode>,
  );
  const meta = pageMetaFor(page, content);
  return singleFileHtml({
    lang: meta.lang,
    title: meta.title,
    description: meta.description,
    policy: file.policy,
    css: file.css,
    html: absoluteLinks(html),
  });
}

/** Every page of an edition the build writes (its 404 page aside). */
export const routesOf = (content: Content): string[] => prerenderPaths(content);

/**
 * Each section's oEmbed documents in an edition, keyed by router-relative path: one per step,
 * the first being the section's own (a pasted step link opens the card at that step).
 */
export function oembedDocuments(content: Content) {
  const paths = pathsFor(content.locale);
  return content.sections.flatMap((section) =>
    section.steps.map((_, step) => ({
      path: paths.oembed(section.slug, step),
      document: oembedFor({
        title: section.title,
        providerName: content.ui.siteName,
        providerUrl: absoluteUrl(paths.story()),
        sectionUrl: absoluteUrl(paths.step(section.slug, step)),
        embedUrl: absoluteUrl(paths.embed(section.slug, step)),
        thumbnailUrl: absoluteUrl(paths.socialImage(section.slug)),
      }),
    })),
  );
}
