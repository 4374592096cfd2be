/**
 * Writes every route as real HTML after `vite build` (client) and `vite build --ssr` (server):
 * the story, each section's deep link and embed, the sources page and 404.html. The site's one
 * stylesheet is inlined so the first screen renders without waiting for another request.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageHead } from './page-head.ts';

interface ServerEntry {
  render: (path: string) => { html: string; meta: { title: string; description: string; landOn?: string } };
  paths: string[];
}

const root = process.cwd();
const dist = join(root, 'dist');
const server = (await import(pathToFileURL(join(root, 'dist-ssr/entry-server.js')).href)) as ServerEntry;
const template = inlineStylesheet(readFileSync(join(dist, 'index.html'), 'utf8'));

function inlineStylesheet(html: string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
    const file = join(dist, href.replace(/^.*?\/assets\//, 'assets/'));
    const css = readFileSync(file, 'utf8').replace(/<\/style/gi, '<\\/style');
    return `<style>${css}</style>`;
  });
}

function writePage(path: string, file: string): number {
  const { html, meta } = server.render(path);
  const page = template.replace('<!--app-head-->', pageHead(meta)).replace('<!--app-html-->', html);
  const out = join(dist, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, page);
  return page.length;
}

let count = 0;
for (const path of server.paths) {
  writePage(path, join(path, 'index.html'));
  count++;
}
writePage('/404/', '404.html');
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(`Prerendered ${count} pages and 404.html into dist/`);
