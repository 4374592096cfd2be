/**
 * Host pages on another origin (a second localhost port) that embed a section the ways
 * campaign sites do: our loader, Pym.js's own parent library, a WordPress-style iframe with a
 * secret, and a sandboxed iframe without allow-same-origin.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

const pymLibrary = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

/** WordPress's host logic (wp-embed), reduced to what it does with height messages. */
const wordpressHost = `
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || !d.secret || d.message !== 'height') return;
  document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (f) {
    if (f.contentWindow !== e.source) return;
    var h = Math.max(200, Math.min(1000, parseInt(d.value, 10)));
    f.height = String(h);
  });
});`;

export function hostPages(embedUrl: string, loaderUrl: string): Record<string, string> {
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Campaign host</title><style>body{font-family:serif;max-width:640px;margin:20px auto}</style></head><body><h1>Our campaign</h1><p>Before the embed.</p>${body}<p id="after">After the embed.</p></body></html>`;
  return {
    '/loader.html': page(`<div data-defector-route-src="${embedUrl}" data-title="Embedded section"></div><script async src="${loaderUrl}"></script>`),
    '/pym.html': page(`<div id="graphic"></div><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('graphic', '${embedUrl}', { title: 'Embedded section' });</script>`),
    '/wordpress.html': page(`<blockquote class="wp-embedded-content" data-secret="Ab12Cd34Ef" style="display:none"><a href="${embedUrl}">Section</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${embedUrl}#?secret=Ab12Cd34Ef" data-secret="Ab12Cd34Ef" width="600" height="338" title="Embedded section" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe><script>${wordpressHost}</script>`),
    '/sandboxed.html': page(`<iframe sandbox="allow-scripts" src="${embedUrl}" width="600" height="900" title="Embedded section"></iframe>`),
    '/pym.v1.min.js': pymLibrary,
    '/favicon.ico': '',
  };
}

/** Starts a host server on a free port (each test worker gets its own). */
export function startHost(pages: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').split('?')[0] ?? ''];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    resolve({ server, origin: `http://127.0.0.1:${port}` });
  }));
}
