/**
 * Writes every route as real HTML once the app's environments are built (vite.config.ts): the
 * story, each section's deep link and embed, the sources page and 404.html, each page a whole
 * document rendered by the server entry (src/document.tsx); then each edition's oEmbed
 * documents, link-preview images and single-file article, `_headers`, and precompressed copies
 * of everything.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Manifest, Rolldown } from 'vite';
import { basePathFromEnv } from './base-path.ts';
import { headersFile, metaPolicy, singleFilePolicy } from './security-headers.ts';
import { buildDay } from './build-day.ts';
import { externalReferences } from './self-contained.ts';
import { pathsFor } from '../address/paths.ts';
import { embedPathPattern } from '../address/page-kinds.ts';
import { readRegionTopology, writeSocialImages } from './social/write-social-images.ts';
import type { Content } from '../content/content-types.ts';
import { transform as transformCss } from 'lightningcss';
import { keysNotIn } from './client-ui-keys.ts';
import { integrityOf, writeSha256Sums } from './release-sums.ts';
import { uiKeys } from '../content/schema.ts';
import { writeOfflineWorkers } from './offline-workers.ts';
import type { renderPage, renderSingleFile, routesOf, oembedDocuments } from '../entry-server.tsx';
import type { Shell } from '../document.tsx';

export interface PrerenderInput {
  /** Every edition of data/, validated (once, by vite.config.ts). */
  editions: Content[];
  /** The client environment's files: its manifest names the page shell's scripts and styles. */
  site: (Rolldown.OutputChunk | Rolldown.OutputAsset)[];
  /** The embed pages' two classic scripts and the server entry, as each environment wrote them. */
  embedScript: string;
  geoScript: string;
  serverEntry: string;
  /** The offline copy's service worker (src/entry-offline-worker.ts), as built, not yet written. */
  offlineWorker: string;
}

const root = process.cwd();
const dist = join(root, 'dist');

function writeFile(path: string, body: string): void {
  const out = join(dist, path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, body);
}

// Rules read from source and minified by lightningcss (as Vite minifies the site's CSS): the
// classic embed script carries no stylesheet of its own, and pages.css is not part of the
// site's one stylesheet.
const plainCss = (file: string) =>
  new TextDecoder().decode(
    transformCss({ filename: file, code: readFileSync(join(root, file)), minify: true }).code,
  );

/** The entry's file and its static imports, to preload (as Vite's own HTML would). */
function entryFiles(manifest: Manifest, key: string) {
  const entry = manifest[key];
  if (!entry) throw new Error(`Vite's manifest names no ${key}`);
  const preloads = new Set<string>();
  const visit = (k: string): void =>
    manifest[k]?.imports?.forEach((i) => {
      const file = manifest[i]?.file;
      if (!file || preloads.has(file)) return;
      preloads.add(file);
      visit(i);
    });
  visit(key);
  return { entry: entry.file, preloads: [...preloads] };
}

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

export async function prerender(input: PrerenderInput): Promise<void> {
  const { editions, site, embedScript, geoScript, serverEntry, offlineWorker } = input;
  const server = (await import(pathToFileURL(join(root, 'dist-ssr', serverEntry)).href)) as {
    renderPage: typeof renderPage;
    routesOf: typeof routesOf;
    oembedDocuments: typeof oembedDocuments;
    renderSingleFile: typeof renderSingleFile;
  };
  const basePath = basePathFromEnv();
  const manifestFile = site.find((f) => f.fileName === '.vite/manifest.json');
  if (manifestFile?.type !== 'asset') throw new Error('the client build wrote no manifest');
  const manifest = JSON.parse(String(manifestFile.source)) as Manifest;
  rmSync(join(dist, '.vite'), { recursive: true });
  const { entry, preloads } = entryFiles(manifest, 'index.html');
  // cssCodeSplit is off (vite.config.ts): the site's one stylesheet is the manifest's style.css.
  const stylesheet = manifest['style.css']?.file;
  if (!stylesheet) throw new Error("Vite's manifest names no style.css");
  // The sources page's and the article's own rules, inlined into those two pages (document.tsx).
  const pagesCss = plainCss('src/styles/pages.css');
  // An edition's own type rules, where it has any: src/styles/editions/<id>.css.
  const editionCss = Object.fromEntries(
    editions.map(({ locale }) => {
      const file = `src/styles/editions/${locale.id}.css`;
      return [locale.lang, existsSync(join(root, file)) ? plainCss(file) : ''];
    }),
  );
  const shell: Shell = {
    policy: metaPolicy,
    css: readFileSync(join(dist, stylesheet), 'utf8'),
    editionCss,
    embedCss: plainCss('src/styles/embed.css'),
    pagesCss,
    entry,
    preloads,
    embedScript,
    geoScript,
    // Every file a site page loads by tag: the entry, its static imports, the print stylesheet.
    integrity: Object.fromEntries(
      [entry, ...preloads, 'print.css'].map((file) => [
        file,
        integrityOf(readFileSync(join(dist, file))),
      ]),
    ),
  };
  // Interface words no site script reads: site pages' data leaves them out.
  const serverOnlyUi = keysNotIn(
    site.flatMap((f) => (f.type === 'chunk' ? [f.code] : [])),
    uiKeys,
  );
  const writePage = (path: string, content: Content, file: string) =>
    writeFile(file, server.renderPage(path, content, shell, serverOnlyUi).html);
  // The single-file article carries every rule it needs, the print sheet too (a page links it),
  // and the day of the build (SOURCE_DATE_EPOCH's, when set).
  const printCss = plainCss('public/print.css');
  const singleFile = (lang: string) => ({
    css: `${shell.css}${editionCss[lang] ?? ''}${pagesCss}@media print{${printCss}}`,
    policy: singleFilePolicy,
    builtOn: buildDay(process.env),
  });

  // Every edition (data/locales.json): its pages, its 404 page, its oEmbed documents, its
  // previews.
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
    // The whole article in one file, which must load nothing, wherever it is opened.
    const file = server.renderSingleFile(content, singleFile(content.locale.lang));
    const loads = externalReferences(file);
    if (loads.length > 0)
      throw new Error(`the single-file article would load or lose:\n${loads.join('\n')}`);
    writeFile(pathsFor(content.locale).download(), file);
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

  // Each edition's copy for offline reading: its worker, with what it saves, from the pages as
  // written above (the last step that writes a page).
  if (!offlineWorker) throw new Error('the offlineWorker environment built no script');
  const copies = writeOfflineWorkers({
    dist,
    base: basePath,
    editions: editions.map((e) => ({
      folder: e.locale.path,
      id: e.locale.id,
      slugs: e.sections.map((s) => s.slug),
    })),
    site,
    workerCode: offlineWorker,
  });

  precompress(dist);
  // Last, so it covers every other file the build wrote.
  const sums = writeSha256Sums(dist);
  const largest = Math.max(...images.map((i) => i.bytes));
  console.log(
    `Prerendered ${count} pages in ${editions.length} editions, ${editions.length} 404 pages, ` +
      `${oembeds} oEmbed documents, ${images.length} preview images (largest ` +
      `${(largest / 1024).toFixed(0)} KB) and ${editions.length} single-file articles ` +
      `(${buildDay(process.env)}) into dist/; SHA256SUMS lists ${sums} files`,
  );
  for (const copy of copies)
    console.log(
      `Offline copy of ${copy.scope}: version ${copy.build}, ${copy.pages.length} pages, ` +
        `${Object.keys(copy.files).length} files`,
    );
}
