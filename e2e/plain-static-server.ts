/**
 * A static host that sends no special headers, as S3, GitHub Pages or nginx's defaults do:
 * each file with a Content-Type, index.html for a folder, a redirect for a folder without its
 * slash, and 404.html for the rest. No CSP header, no CORS, no compression, no _headers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  png: 'image/png',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  ico: 'image/x-icon',
};

export function startPlainStaticServer(dir = 'dist'): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(400).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return void res.writeHead(301, { location: `${path}/` }).end();
      return send(res, join(file, 'index.html'), 200);
    }
    send(res, file, 200);
  });
  const send = (res: import('node:http').ServerResponse, file: string, status: number) => {
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': TYPES.html! }).end(readFileSync(join(root, '404.html')));
      return;
    }
    res
      .writeHead(status, {
        'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
      })
      .end(readFileSync(file));
  };
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}
