/**
 * The built site's server, as a static host serves it: directory indexes, each edition's
 * 404.html with status 404 for unknown paths, the headers of dist/_headers, under BASE_PATH if
 * set. One rewrite a static host may not have: a section's oEmbed endpoint asked about a step
 * link answers with that step's document (oembed-step.ts). `npm run serve` runs it; tests start
 * their own, and may watch what it is asked (`onRequest`). `plain` serves it as a host with no
 * settings does (S3, GitHub Pages, nginx's defaults): files, folder indexes and the root
 * 404.html, with no headers of ours, no compression and no rewrite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor } from './security-headers.ts';
import { builtLocalePaths } from './locale-paths.ts';
import { formatAddress } from '../address/address.ts';
import { parseAddress } from '../address/parse-address.ts';
import { joinBase } from '../address/paths.ts';
import { oembedStepPath } from './oembed-step.ts';

export interface SiteServerOptions {
  /** The folder holding the build (dist/). */
  dist: string;
  /** The base path, ending in "/". */
  base: string;
  /** Called with every request's address, before it is answered. */
  onRequest?: (url: string) => void;
  /** A host with no settings: no _headers, no precompressed files, one 404.html, no rewrite. */
  plain?: boolean;
}

export function createSiteServer({ dist, base, onRequest, plain }: SiteServerOptions): Server {
  const localePaths = plain ? [''] : builtLocalePaths(dist);
  // Each edition has its 404 page (/ko/404.html for addresses under /ko/), as hosts that allow
  // one per folder serve them.
  const notFound = new Map(localePaths.map((l) => [l, readFileSync(join(dist, l, '404.html'))]));

  const files = sirv(dist, {
    dev: false,
    etag: true,
    gzip: !plain,
    brotli: !plain,
    extensions: ['html'],
    // The same headers a static host gets from dist/_headers (CSP, framing, CORS for embeds).
    setHeaders: (res, pathname) => {
      if (plain) return;
      const path = base.replace(/\/$/, '') + pathname;
      const page = pathname.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
      for (const [name, value] of Object.entries(headersFor(page, base, localePaths)))
        res.setHeader(name, value);
      if (pathname.endsWith('.json'))
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
    },
  });

  return createServer((req, res) => {
    const url = req.url ?? '/';
    onRequest?.(url);
    const [pathOnly = '', ...rest] = url.split('?');
    const search = rest.length ? `?${rest.join('?')}` : '';
    const locale = url.startsWith(base)
      ? parseAddress(`/${pathOnly.slice(base.length)}`, localePaths).locale
      : '';
    const send404 = () => {
      const page = joinBase(formatAddress({ kind: 'not-found', locale }), base);
      res.writeHead(404, {
        ...(plain ? {} : headersFor(page, base, localePaths)),
        'content-type': 'text/html; charset=utf-8',
      });
      res.end(notFound.get(locale));
    };
    if (!url.startsWith(base)) return send404();
    // Redirect /s/slug to /s/slug/ so relative behaviour matches static hosts.
    if (!pathOnly.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathOnly)) {
      res.writeHead(301, { location: `${pathOnly}/${search}` });
      return res.end();
    }
    const step = plain ? undefined : oembedStepPath(pathOnly, search);
    const path = step && existsSync(join(dist, step.slice(base.length))) ? step : pathOnly;
    req.url = `/${path.slice(base.length)}${search}`;
    files(req, res, send404);
  });
}
