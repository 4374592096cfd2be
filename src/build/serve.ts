/**
 * `npm run serve`: serves the built site from dist/ on 127.0.0.1, under BASE_PATH if set,
 * like a static host would: directory indexes, and 404.html with status 404 for unknown paths.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { basePathFromEnv } from './base-path.ts';
import { headersFor } from './security-headers.ts';
import { builtLocalePaths } from './locale-paths.ts';
import { matchPageKind } from '../routes/page-kinds.ts';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = basePathFromEnv();
const dist = join(process.cwd(), 'dist');
const localePaths = builtLocalePaths(dist);
// Each edition has its 404 page (/ko/404.html for addresses under /ko/), as hosts that allow
// one per folder serve them.
const notFound = new Map(localePaths.map((l) => [l, readFileSync(join(dist, l, '404.html'))]));

const files = sirv(dist, {
  dev: false,
  etag: true,
  gzip: true,
  brotli: true,
  extensions: ['html'],
  // The same headers a static host gets from dist/_headers (CSP, framing, CORS for embeds).
  setHeaders: (res, pathname) => {
    const path = base.replace(/\/$/, '') + pathname;
    const page = pathname.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    for (const [name, value] of Object.entries(headersFor(page, base, localePaths))) res.setHeader(name, value);
    if (pathname.endsWith('.json')) res.setHeader('Content-Type', 'application/json; charset=utf-8');
  },
});

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const locale = url.startsWith(base) ? matchPageKind(`/${url.slice(base.length).split('?')[0] ?? ''}`, localePaths).locale : '';
  const send404 = () => {
    const page = `${base}${locale ? `${locale}/` : ''}404.html`;
    res.writeHead(404, { ...headersFor(page, base, localePaths), 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound.get(locale));
  };
  if (!url.startsWith(base)) return send404();
  // Redirect /s/slug to /s/slug/ so relative behaviour matches static hosts.
  const pathOnly = url.split('?')[0] ?? '';
  if (!pathOnly.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathOnly)) {
    res.writeHead(301, { location: `${pathOnly}/${url.slice(pathOnly.length)}` });
    return res.end();
  }
  req.url = '/' + url.slice(base.length);
  files(req, res, send404);
});

server.listen(port, host, () => {
  console.log(`Serving dist/ at http://${host}:${port}${base}`);
});
