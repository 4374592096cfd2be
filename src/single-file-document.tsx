/**
 * The single-file edition's whole document (the build's /download/<id>.html): the article as
 * /read/ renders it, every style inlined, and nothing else, so it opens from a disk, a USB stick
 * or a message attachment, and prints like /read/. Server only. Its rules: no script of any kind
 * (not even a data block or JSON-LD: no page data, nothing hydrates), no <link>, nothing loaded
 * (maps are inline SVG, type the system's own faces), a policy that forbids every request; links
 * to the site are absolute from its origin setting, #fragment links stay in the file.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { siteOrigin } from './address/site-base.ts';
import { styleText } from './document.tsx';

export interface SingleFileProps {
  lang: string;
  title: string;
  description: string;
  /** The file's Content-Security-Policy (src/build/security-headers.ts: singleFilePolicy). */
  policy: string;
  /** Every rule it needs: the site's stylesheet, pages.css, print.css under `@media print`. */
  css: string;
  /** The page's server HTML, its site links already absolute (absoluteLinks). */
  html: string;
}

export function SingleFileDocument({
  lang,
  title,
  description,
  policy,
  css,
  html,
}: SingleFileProps) {
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={policy} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="referrer" content="strict-origin-when-cross-origin" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <style dangerouslySetInnerHTML={styleText(css)} />
      </head>
      <body>
        <div id="root" dangerouslySetInnerHTML={{ __html: html }} />
      </body>
    </html>
  );
}

/**
 * Site links made absolute: the app writes them from the site's root (withBase: "/…", base
 * folder included), so the origin before them makes each the address absoluteUrl gives. React
 * writes every attribute in double quotes and escapes quotes in values and text, so ` href="/`
 * only ever starts a real attribute; "//…" (no such link is written) is left alone.
 */
export const absoluteLinks = (html: string, origin: string = siteOrigin): string =>
  html.replace(/(\shref=")(\/(?!\/))/g, `$1${origin}$2`);

/** The file: the doctype, then the document. */
export const singleFileHtml = (props: SingleFileProps) =>
  `<!doctype html>\n${renderToStaticMarkup(<SingleFileDocument {...props} />)}`;
