/**
 * The whole HTML document of a prerendered page, rendered on the server only (the browser
 * hydrates #root alone). The build hands it the shell: the file names from Vite's output, the
 * stylesheets to inline and the Content-Security-Policy (src/build/prerender.ts).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { GEOMETRY_META } from './components/map/world-script.ts';
import { EMBED_MAX_HEIGHT, EMBED_WIDTH } from './embed/embed-size.ts';
import type { PageMeta } from './routes/page-meta.ts';
import { absoluteUrl, basePath as base } from './address/site-base.ts';
import { PAGE_DATA_ID } from './content/page-data.ts';

export interface Shell {
  /** The <meta> Content-Security-Policy (src/build/security-headers.ts). */
  policy: string;
  /** The site's stylesheet, inlined: small enough to be critical CSS in full. */
  css: string;
  /**
   * Each edition's own type rules (src/styles/editions/<id>.css), by the page's language tag:
   * a page carries its edition's alone, so no edition's rules weigh on another's first 14 KB.
   */
  editionCss: Readonly<Record<string, string>>;
  /** The card's own rules (embed pages) and the sources page's and article's (pages.css). */
  embedCss: string;
  pagesCss: string;
  /** Under the base path: the module entry and its static imports, the embed's two scripts. */
  entry: string;
  preloads: readonly string[];
  embedScript: string;
  geoScript: string;
  /**
   * Subresource Integrity of the files site pages load by tag (src/build/release-sums.ts), by
   * path under the base. Embed pages carry none: a sandboxed frame has an opaque origin, its
   * fetches are cross-origin without CORS, and a browser refuses such a file whatever its hash
   * unless the host sends CORS headers, which a plain static host does not.
   */
  integrity: Readonly<Record<string, string>>;
}

export interface DocumentProps {
  shell: Shell;
  meta: Omit<PageMeta, 'status'>;
  siteName: string;
  /** The app's server HTML, the page's edition and its schema.org JSON-LD, as script-safe JSON. */
  html: string;
  data: string;
  jsonLd?: string;
}

/** What an embed page without JavaScript hides: its stepper cannot step. */
const hidden = '.embed-stepper,.share-row';

/**
 * The per-page head tags. Crawlers and messengers do not run JavaScript, so every preview tag
 * is here, with absolute addresses.
 */
export function PageHead({ meta, siteName }: PageHeadProps) {
  const absolute = absoluteUrl;
  const url = absolute(meta.canonicalPath);
  const image = absolute(meta.imagePath);
  const first = meta.alternates[0];
  return (
    <>
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
      {meta.kind === 'not-found' ? (
        <meta name="robots" content="noindex" />
      ) : (
        <>
          <link rel="canonical" href={url} />
          <meta property="og:type" content="article" />
          <meta property="og:locale" content={meta.ogLocale} />
          {meta.alternates
            .filter((a) => a.lang !== meta.lang)
            .map((a) => (
              <meta key={a.lang} property="og:locale:alternate" content={a.ogLocale} />
            ))}
          <meta property="og:site_name" content={siteName} />
          <meta property="og:title" content={meta.title} />
          <meta property="og:description" content={meta.description} />
          <meta property="og:url" content={url} />
          <meta property="og:image" content={image} />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content={meta.imageAlt} />
          {/* X reads og:title, og:description, og:image and og:image:alt where its own tags
              are missing (its card markup reference lists the fallbacks): nothing is written
              twice, which keeps a Korean section page's map inside its first 14 KB. */}
          <meta name="twitter:card" content="summary_large_image" />
        </>
      )}
      {/* The same page in every edition, this one included, and the source edition for the
          rest. */}
      {meta.alternates.length > 1 && first && (
        <>
          {meta.alternates.map((a) => (
            <link key={a.lang} rel="alternate" hrefLang={a.lang} href={absolute(a.path)} />
          ))}
          <link rel="alternate" hrefLang="x-default" href={absolute(first.path)} />
        </>
      )}
      {/* A player card: consumers that read it (Iframely, Embedly and the like) can show the
          card itself rather than a link. twitter:card stays summary_large_image: X plays
          players only for domains it has approved, and shows the large image for the rest. */}
      {meta.embedPath && (
        <>
          <meta name="twitter:player" content={absolute(meta.embedPath)} />
          <meta name="twitter:player:width" content={String(EMBED_WIDTH)} />
          <meta name="twitter:player:height" content={String(EMBED_MAX_HEIGHT)} />
        </>
      )}
      {meta.kind === 'embed' && <meta name="robots" content="noindex, follow" />}
      {meta.oembedPath && (
        <link
          rel="alternate"
          type="application/json+oembed"
          href={absolute(meta.oembedPath)}
          title={meta.title}
        />
      )}
      {/* With JavaScript the app scrolls to the section itself; without it, a same-page
          fragment refresh (delay 0, so no timing barrier) opens the story at the section. */}
      {meta.landOn && (
        <noscript>
          <meta httpEquiv="refresh" content={`0;url=#${meta.landOn}`} />
        </noscript>
      )}
      {/* Without JavaScript the embed's stepper cannot step: show every step instead. */}
      {meta.kind === 'embed' && (
        <noscript>
          <style>{`.embed-step{display:block!important}${hidden}{display:none!important}`}</style>
        </noscript>
      )}
    </>
  );
}

type PageHeadProps = Pick<DocumentProps, 'meta' | 'siteName'>;

/** Inline <style> text: no "</style" inside can end it early. */
export const styleText = (css: string) => ({ __html: css.replace(/<\/style/gi, '<\\/style') });

/**
 * Embed pages load their own classic script instead of the site's modules (see vite.config.ts):
 * a sandboxed iframe fetches a classic script without CORS, so the embed works from any static
 * host, whatever headers it sends. The sources page and the article carry pages.css in their
 * heads; no other page needs it (every link is a page load). The edition's data comes after the
 * page's words, so it never delays the first screen, and the JSON-LD last, for the same reason:
 * in <head> its 2–5 KB
 * (gzipped) would push the first map frame out of the first 14 KB. Both are data blocks, never
 * run, so the policy's ban on inline scripts holds.
 */
export function Document({ shell, meta, siteName, html, data, jsonLd }: DocumentProps) {
  const embed = meta.kind === 'embed';
  const ownPagesCss = meta.kind === 'sources' || meta.kind === 'read';
  const integrity = (file: string) => (embed ? undefined : shell.integrity[file]);
  return (
    <html lang={meta.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={shell.policy} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="referrer" content="strict-origin-when-cross-origin" />
        <link rel="icon" href="data:," />
        {/* The print stylesheet stays a link: it is not needed for the first screen. */}
        <link
          rel="stylesheet"
          href={`${base}print.css`}
          media="print"
          integrity={integrity('print.css')}
        />
        <PageHead meta={meta} siteName={siteName} />
        {!embed && (
          <script
            type="module"
            crossOrigin=""
            src={base + shell.entry}
            integrity={integrity(shell.entry)}
          />
        )}
        {!embed &&
          shell.preloads.map((file) => (
            <link
              key={file}
              rel="modulepreload"
              crossOrigin=""
              href={base + file}
              integrity={integrity(file)}
            />
          ))}
        <style
          dangerouslySetInnerHTML={styleText(shell.css + (shell.editionCss[meta.lang] ?? ''))}
        />
        {embed && <style dangerouslySetInnerHTML={styleText(shell.embedCss)} />}
        {ownPagesCss && <style dangerouslySetInnerHTML={styleText(shell.pagesCss)} />}
        {embed && <meta name={GEOMETRY_META} content={base + shell.geoScript} />}
        {embed && <script defer src={base + shell.embedScript} />}
      </head>
      <body>
        <div id="root" dangerouslySetInnerHTML={{ __html: html }} />
        <script
          type="application/json"
          id={PAGE_DATA_ID}
          dangerouslySetInnerHTML={{ __html: data }}
        />
        {jsonLd && (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
        )}
      </body>
    </html>
  );
}

/** The page as a file: the doctype, then the document. */
export const documentHtml = (props: DocumentProps) =>
  `<!doctype html>\n${renderToStaticMarkup(<Document {...props} />)}`;
