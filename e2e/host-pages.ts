/**
 * Host pages on another origin (a second localhost port) that embed a section the ways
 * campaign sites do: our loader, Pym.js's own parent library, WordPress (its own wp-embed.js
 * and the markup it makes of our oEmbed html, see wordpress.ts), and a sandboxed iframe
 * without allow-same-origin.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { wordpressFile } from './wordpress.ts';

const pymLibrary = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

/** A page's body, or a function that gives it when it is ready (to hold a response back). */
export type HostFile = string | (() => Promise<string>);

/** WordPress's own files a post page loads, at the paths WordPress serves them from. */
export function wordpressFiles(): Record<string, HostFile> {
  return Object.fromEntries(
    ['wp-includes/js/wp-embed.min.js', 'wp-includes/css/dist/block-library/style.min.css'].map(
      (path) => [`/${path}`, wordpressFile(path)],
    ),
  );
}

export function hostPages(embedUrl: string, loaderUrl: string): Record<string, HostFile> {
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Campaign ` +
    `host</title><style>body{font-family:serif;max-width:640px;margin:20px ` +
    `auto}</style></head><body><h1>Our campaign</h1><p>Before the embed.</p>${body}<p ` +
    `id="after">After the embed.</p></body></html>`;
  return {
    '/loader.html': page(
      `<div data-defector-route-src="${embedUrl}" data-title="Embedded ` +
        `section"></div><script async src="${loaderUrl}"></script>`,
    ),
    '/pym.html': page(
      `<div id="graphic"></div><script ` +
        `src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('graphic', ` +
        `'${embedUrl}', { title: 'Embedded section' });</script>`,
    ),
    '/sandboxed.html': page(
      `<iframe sandbox="allow-scripts" src="${embedUrl}" width="600" height="900" ` +
        `title="Embedded section"></iframe>`,
    ),
    '/pym.v1.min.js': pymLibrary,
    '/favicon.ico': '',
  };
}

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  ico: 'image/x-icon',
};

/** Starts a host server on a free port (each test worker gets its own). */
export function startHost(
  pages: Record<string, HostFile>,
): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const file = pages[(req.url ?? '/').split('?')[0] ?? ''];
    if (file === undefined) {
      res.writeHead(404).end();
      return;
    }
    const body = typeof file === 'string' ? file : await file();
    const extension = /\.([a-z]+)$/.exec(req.url?.split('?')[0] ?? '')?.[1] ?? '';
    res.writeHead(200, { 'content-type': TYPES[extension] ?? 'text/html; charset=utf-8' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

/**
 * Stops a host page server at once: the test's page may still hold connections to it (fixtures
 * are torn down before the page closes), and `close` alone waits for them to end.
 */
export const stopHost = (host: { server: Server } | undefined) =>
  new Promise<void>((resolve) => {
    if (!host) return resolve();
    host.server.close(() => resolve());
    host.server.closeAllConnections();
  });
