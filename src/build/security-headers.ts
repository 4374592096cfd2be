import { pageKinds } from '../address/page-kinds.ts';

/**
 * The site's Content-Security-Policy and response headers, in one place: prerender writes the
 * policy into every page as a <meta> and writes `_headers` for static hosts (Netlify,
 * Cloudflare Pages); `npm run serve` applies the same file. No inline scripts are allowed;
 * inline styles are (the critical CSS is inlined, and the map's accent is a style variable).
 * Hosts that ignore `_headers` (GitHub Pages, S3, plain nginx) still get the <meta> policy, and
 * embeds work there too: nothing depends on these headers but framing rules. The offline copy's
 * service worker (/sw.js, /ko/sw.js) needs no directive of its own: worker-src falls back to
 * script-src, then default-src, which allows the site's own scripts.
 */
// Scripts, fonts, fetches, frames and workers fall back to default-src: the site's own origin
// only, said once (every byte of the <meta> comes before a page's first map frame).
const basePolicy = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy as a <meta> can carry it (frame-ancestors only works as a header). */
export const metaPolicy = basePolicy.join('; ');

/**
 * The single-file article's policy (its <meta>, and its header when this site serves it): it
 * loads nothing, wherever it is opened. Its styles are inline, its maps inline SVG, and it has
 * no script.
 */
export const singleFilePolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Header rules by path pattern. Patterns do not overlap, so hosts never merge two policies.
 * Page rules come from the page-kind table: every kind of page gets one, and only the kinds
 * made to be framed (embeds) let any site frame them.
 */
export function headerRules(
  basePath: string,
  localePaths: readonly string[] = [''],
): { pattern: string; headers: Record<string, string> }[] {
  const common = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  const page = (frameAncestors: string) => ({
    ...common,
    'Content-Security-Policy': `${metaPolicy}; frame-ancestors ${frameAncestors}`,
  });
  const b = basePath.replace(/\/$/, '');
  return [
    // Every edition's pages: /s/* and, for the Korean edition, /ko/s/*.
    ...localePaths.flatMap((l) =>
      pageKinds.flatMap((k) =>
        k.headerPatterns.map((p) => ({
          pattern: `${b}${l ? `/${l}` : ''}${p}`,
          headers: page(k.framable ? '*' : "'none'"),
        })),
      ),
    ),
    // No CORS for scripts: embed pages load one classic script, which a sandboxed iframe (an
    // opaque origin) fetches without CORS, so embeds need no header from any host.
    { pattern: `${b}/assets/*`, headers: common },
    // The single-file article, under the same policy as its own <meta>; no site may frame it.
    ...localePaths.map((l) => ({
      pattern: `${b}${l ? `/${l}` : ''}/download/*`,
      headers: {
        ...common,
        'Content-Security-Policy': `${singleFilePolicy}; frame-ancestors 'none'`,
      },
    })),
    // Read by other sites' scripts (oEmbed consumers in the browser, preview images in canvases).
    ...localePaths.flatMap((l) =>
      ['social', 'oembed'].map((dir) => ({
        pattern: `${b}${l ? `/${l}` : ''}/${dir}/*`,
        headers: { ...common, 'Access-Control-Allow-Origin': '*' },
      })),
    ),
  ];
}

/** The `_headers` file format read by Netlify and Cloudflare Pages. */
export function headersFile(basePath: string, localePaths: readonly string[] = ['']): string {
  return (
    headerRules(basePath, localePaths)
      .map(({ pattern, headers }) =>
        [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
      )
      .join('\n\n') + '\n'
  );
}

/** Headers for a request path under the rules (exact match, or prefix match for "/*"). */
export function headersFor(
  path: string,
  basePath: string,
  localePaths: readonly string[] = [''],
): Record<string, string> {
  for (const { pattern, headers } of headerRules(basePath, localePaths)) {
    if (pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern)
      return headers;
  }
  return {};
}
