/**
 * Writes every route as real HTML after `vite build` (client), `vite build --mode embed` (the
 * embed pages' script) and `vite build --ssr` (server): the story, each section's deep link
 * and embed, the sources page and 404.html. The site's one stylesheet is inlined so the first
 * screen renders without waiting for another request.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { readContentFiles } from '../content/read-content-files.ts';
import { validateContent } from '../content/validate-content.ts';
import { basePathFromEnv } from './base-path.ts';
import { pageHead, type HeadInput } from './page-head.ts';
import { headersFile, metaPolicy } from './security-headers.ts';
import { embedPathPattern } from '../address/page-kinds.ts';
import { GEOMETRY_META } from '../components/map/world-script.ts';
import { readRegionTopology, writeSocialImages } from './social/write-social-images.ts';
import type { Content } from '../content/content-types.ts';
import { transform as transformCss } from 'lightningcss';
import { serverOnlyUiKeys } from './client-ui-keys.ts';
import { uiKeys } from '../content/schema.ts';

interface ServerEntry {
  render: (
    path: string,
    content: Content,
    serverOnlyUi: readonly string[],
  ) => { html: string; data: string; meta: HeadInput; jsonLd: string };
  routesOf: (content: Content) => string[];
  absolute: (path: string) => string;
  oembedDocuments: (content: Content) => { path: string; document: unknown }[];
}

const root = process.cwd();
const dist = join(root, 'dist');
const server = (await import(
  pathToFileURL(join(root, 'dist-ssr/entry-server.js')).href
)) as ServerEntry;
// Interface words no site script reads: site pages' data leaves them out.
const serverOnlyUi = serverOnlyUiKeys(join(dist, 'assets'), uiKeys);
const template = inlineStylesheet(readFileSync(join(dist, 'index.html'), 'utf8')).replace(
  '<meta charset="utf-8" />',
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" ` +
    `content="${metaPolicy}" />`,
);
const basePath = basePathFromEnv();

/**
 * Embed pages load their own classic script instead of the site's modules (see
 * vite.config.ts): a sandboxed iframe fetches a classic script without CORS, so the embed
 * works from any static host, whatever headers it sends.
 */
const embedManifest = join(dist, 'embed-manifest.json');
const embedScript = (
  JSON.parse(readFileSync(embedManifest, 'utf8')) as Record<string, { file: string }>
)['src/entry-embed.tsx']?.file;
// The card's own rules, after the site's: only embed pages carry them, so the story's first
// bytes do not. Read from source and minified by lightningcss (as Vite minifies the site's CSS):
// the classic embed script carries no stylesheet of its own.
const plainCss = (file: string) =>
  new TextDecoder()
    .decode(
      transformCss({ filename: file, code: readFileSync(join(root, file)), minify: true }).code,
    )
    .replace(/<\/style/gi, '<\\/style');
const embedCss = plainCss('src/styles/embed.css');
// The sources page's and the article's own rules: in their heads, and linked at the end of the
// other pages' bodies (after the first screen) for in-app navigation to them.
const pagesCss = plainCss('src/styles/pages.css');
const pagesCssHash = createHash('sha256').update(pagesCss).digest('hex').slice(0, 8);
const pagesCssFile = `assets/pages-${pagesCssHash}.css`;
if (!embedScript)
  throw new Error(
    'dist/embed-manifest.json names no embed script: run vite build --mode embed first',
  );
rmSync(embedManifest);
const geoManifest = join(dist, 'embed-geo-manifest.json');
const geoScript = (
  JSON.parse(readFileSync(geoManifest, 'utf8')) as Record<string, { file: string }>
)['src/entry-embed-geo.ts']?.file;
if (!geoScript)
  throw new Error(
    'dist/embed-geo-manifest.json names no geometry script: run vite build --mode embed-geo first',
  );
rmSync(geoManifest);
const embedTemplate = template
  .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
  .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  .replace('</style>', `</style>\n    <style>${embedCss}</style>`)
  .replace(
    '</head>',
    `  <meta name="${GEOMETRY_META}" content="${basePath}${geoScript}" />\n    <script defer ` +
      `src="${basePath}${embedScript}"></script>\n  </head>`,
  );

function inlineStylesheet(html: string): string {
  // The print stylesheet stays a link: it is not needed for the first screen.
  return html.replace(
    /<link rel="stylesheet"(?![^>]*media="print")[^>]*href="([^"]+)"[^>]*>/g,
    (_tag, href: string) => {
      const file = join(dist, href.replace(/^.*?\/assets\//, 'assets/'));
      const css = readFileSync(file, 'utf8').replace(/<\/style/gi, '<\\/style');
      return `<style>${css}</style>`;
    },
  );
}

function writePage(path: string, content: Content, file: string): void {
  const { html, data, meta, jsonLd } = server.render(path, content, serverOnlyUi);
  const head = pageHead(meta, { siteName: content.ui.siteName, absolute: server.absolute });
  const base = meta.kind === 'embed' ? embedTemplate : template;
  const page =
    meta.kind === 'sources' || meta.kind === 'read'
      ? base.replace('</style>', `</style>\n    <style>${pagesCss}</style>`)
      : meta.kind === 'embed'
        ? base
        : base.replace(
            '</body>',
            `  <link rel="stylesheet" href="${basePath}${pagesCssFile}" />\n  </body>`,
          );
  if (!page.includes('<html lang="en">'))
    throw new Error('index.html: the <html lang="en"> the build rewrites per edition is missing');
  writeFile(
    file,
    page
      .replace('<html lang="en">', `<html lang="${meta.lang}">`)
      .replace('<!--app-head-->', head)
      // The edition's data after the page's words, so it never delays the first screen; the
      // page's schema.org JSON-LD (story, section and article pages) last, for the same reason:
      // in <head> its 2–5 KB (gzipped) would push the first map frame out of the first 14 KB.
      // Both are data blocks, never run, so the CSP's ban on inline scripts holds.
      .replace(
        '<!--app-html--></div>',
        `${html}</div>\n    ${data}${jsonLd ? `\n    ${jsonLd}` : ''}`,
      ),
  );
}

function writeFile(path: string, body: string): void {
  const out = join(dist, path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, body);
}

writeFile(pagesCssFile, pagesCss);

// Every edition (data/locales.json): its pages, its 404 page, its oEmbed documents, its previews.
const { editions } = validateContent(readContentFiles(root));
if (!editions) throw new Error('data/ does not validate: run npm run check:content');
const localePaths = editions.map((e) => e.locale.path);
const topology = readRegionTopology(root);
let count = 0;
let oembeds = 0;
const images = [];
for (const content of editions) {
  for (const path of server.routesOf(content)) {
    writePage(path, content, join(path, 'index.html'));
    count++;
  }
  const folder = content.locale.path;
  writePage(folder ? `/${folder}/404/` : '/404/', content, join(folder, '404.html'));
  for (const { path, document } of server.oembedDocuments(content)) {
    writeFile(path, `${JSON.stringify(document, null, 2)}\n`);
    oembeds++;
  }
  // Link-preview images, one per section and one for the story, drawn from the same map data.
  images.push(
    ...(await writeSocialImages({
      content,
      topology,
      outDir: join(dist, folder),
      lang: content.locale.lang,
    })),
  );
}
writeFile('_headers', headersFile(basePath, localePaths));

// The embed loader's allow-list comes from the page-kind table, like the routes and headers.
const loader = readFileSync(join(dist, 'embed.js'), 'utf8');
const allowList = /^( {2}var EMBED_PATH = )\/.*\/;$/m;
if (!allowList.test(loader))
  throw new Error('public/embed.js: the EMBED_PATH line the build rewrites is missing');
writeFile(
  'embed.js',
  loader.replace(allowList, (_m, head: string) => `${head}/${embedPathPattern()}/;`),
);
// GitHub Pages: publish the files as they are (no Jekyll, which would drop _headers).
writeFile('.nojekyll', '');

// Pym.js for hosts that use it, served from this site so the embed code needs no CDN.
copyFileSync(join(root, 'node_modules/pym.js/dist/pym.v1.min.js'), join(dist, 'pym.v1.min.js'));

rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });

// Precompressed copies (gzip and brotli), as a static host or CDN would serve them; `npm run
// serve` sends them to browsers that accept them.
function precompress(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) n += precompress(file);
    else if (/\.(html|js|css|json|svg|txt)$/.test(entry.name)) {
      const body = readFileSync(file);
      writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      n++;
    }
  }
  return n;
}
precompress(dist);
const largest = Math.max(...images.map((i) => i.bytes));
console.log(
  `Prerendered ${count} pages in ${editions.length} editions, ${editions.length} 404 pages, ` +
    `${oembeds} oEmbed documents and ${images.length} preview images (largest ` +
    `${(largest / 1024).toFixed(0)} KB) into dist/`,
);
