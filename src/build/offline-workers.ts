/**
 * Node-only, build time: each edition's copy for offline reading (src/offline/). The prerenderer
 * calls this once every page is written: what an edition saves is found from the build's output,
 * never listed by hand. Its pages are those of the page kinds marked `offline` (the story, every
 * section, /read/, /sources/) and its 404 page; its files, every script and stylesheet those pages
 * load (read from their HTML) and every chunk those import, at once or on demand (the client
 * build's own graph: the map runtime, with its geometry, and the lazy pages). Each file carries
 * its integrity hash, and the version is named by a hash of them all. The worker
 * (src/entry-offline-worker.ts, built by Vite as a classic script) is written once per edition,
 * at the edition's folder, with its manifest in front.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rolldown } from 'vite';
import { prerenderPathsFor } from '../address/address.ts';
import { pageKinds } from '../address/page-kinds.ts';
import { joinBase, pathsFor } from '../address/paths.ts';
import type { OfflineManifest } from '../offline/offline-manifest.ts';

type BuildOutput = readonly (Rolldown.OutputChunk | Rolldown.OutputAsset)[];

/** The local files a page's HTML loads: scripts, stylesheets and preloads, as absolute paths. */
export function pageFiles(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const loads = tag.startsWith('<script')
      ? attr('src')
      : /^(?:stylesheet|modulepreload|preload)$/.test(attr('rel') ?? '')
        ? attr('href')
        : undefined;
    if (loads?.startsWith(base) && !loads.startsWith('//')) found.add(loads.split(/[?#]/)[0]!);
  }
  return [...found];
}

/** `files` and every chunk and stylesheet they import, statically or on demand. */
export function withImports(files: readonly string[], site: BuildOutput, base: string): string[] {
  const byName = new Map(site.map((f) => [f.fileName, f]));
  const all = new Set<string>();
  const visit = (path: string): void => {
    if (all.has(path)) return;
    all.add(path);
    const chunk = byName.get(path.slice(base.length));
    if (chunk?.type !== 'chunk') return;
    const css = chunk.viteMetadata?.importedCss ?? new Set<string>();
    for (const name of [...chunk.imports, ...chunk.dynamicImports, ...css]) visit(base + name);
  };
  files.forEach(visit);
  return [...all];
}

/** The file in dist/ an absolute path names: a folder's index.html. */
const fileAt = (dist: string, base: string, path: string) =>
  join(dist, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');

const integrityOf = (body: Buffer) =>
  `sha256-${createHash('sha256').update(body).digest('base64')}`;

/**
 * A manifest for `files` as they are in `dist` now: each file's integrity hash, and the version's
 * name, a hash of every address and hash (so any change to any file names a new version).
 */
export function sealManifest(
  dist: string,
  base: string,
  copy: Omit<OfflineManifest, 'build' | 'files'> & { files: readonly string[] },
): OfflineManifest {
  const files = Object.fromEntries(
    [...copy.files]
      .sort()
      .map((path) => [path, integrityOf(readFileSync(fileAt(dist, base, path)))]),
  );
  const build = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
  return { ...copy, build, files };
}

/** The worker as written: its manifest, then its code. */
export const workerSource = (manifest: OfflineManifest, code: string): string =>
  `var OFFLINE_MANIFEST = ${JSON.stringify(manifest)};\n${code}`;

/** A written worker read back (workerSource undone). */
export function readWorker(source: string): { manifest: OfflineManifest; code: string } {
  const [head = '', ...rest] = source.split('\n');
  const json = /^var OFFLINE_MANIFEST = (.*);$/.exec(head)?.[1];
  if (!json) throw new Error('not an offline worker written by workerSource');
  return { manifest: JSON.parse(json) as OfflineManifest, code: rest.join('\n') };
}

export interface OfflineEditionInput {
  /** The edition's folder ("" for the source edition, "ko"), its id, its sections' slugs. */
  folder: string;
  id: string;
  slugs: readonly string[];
}

/** Writes each edition's worker into dist/; returns what each saves, for the build's log. */
export function writeOfflineWorkers(input: {
  dist: string;
  base: string;
  editions: readonly OfflineEditionInput[];
  site: BuildOutput;
  workerCode: string;
}): OfflineManifest[] {
  const { dist, base, editions, site, workerCode } = input;
  const scopeOf = (folder: string, id: string) =>
    joinBase(pathsFor({ path: folder, id }).offlineScope(), base);
  // Kinds left out of the copy (embeds) keep their folders on the network.
  const unsaved = pageKinds
    .filter((k) => !k.offline)
    .flatMap((k) => k.headerPatterns.filter((p) => p.endsWith('/*')).map((p) => p.slice(0, -1)));
  return editions.map(({ folder, id, slugs }) => {
    const scope = scopeOf(folder, id);
    const paths = pathsFor({ path: folder, id });
    const pages = prerenderPathsFor(slugs, [folder], (k) => k.offline).map((p) =>
      joinBase(p, base),
    );
    const notFound = joinBase(`${folder ? `/${folder}` : ''}/404.html`, base);
    const html = [...pages, notFound].map((p) => readFileSync(fileAt(dist, base, p), 'utf8'));
    const loaded = withImports([...new Set(html.flatMap((h) => pageFiles(h, base)))], site, base);
    const elsewhere = [
      ...editions
        .map((e) => scopeOf(e.folder, e.id))
        .filter((s) => s !== scope && s.startsWith(scope)),
      ...unsaved.map((p) => joinBase(`${folder ? `/${folder}` : ''}${p}`, base)),
    ];
    const manifest = sealManifest(dist, base, {
      scope,
      pages,
      notFound,
      files: [...pages, notFound, ...loaded],
      elsewhere,
    });
    writeFileSync(
      fileAt(dist, base, joinBase(paths.offlineWorker(), base)),
      workerSource(manifest, workerCode),
    );
    return manifest;
  });
}
