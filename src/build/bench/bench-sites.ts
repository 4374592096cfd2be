/**
 * The two sites a run measures, each a private copy in a temp folder (a build started elsewhere
 * empties dist/ and would change files mid-run), served by the site's own server
 * (site-server.ts: the production headers and precompressed files) on a free port of 127.0.0.1:
 * ours, a copy of dist/, and the floor, the same copy with every page's scripts cut
 * (floor-html.ts) and its `.gz` / `.br` copies written anew at the prerender's settings.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createSiteServer } from '../site-server.ts';
import { floorHtml } from './floor-html.ts';

/** Copies dist/, checking that `pages` (e.g. "s/x/index.html") survived the copy. */
function snapshot(dist: string, into: string, pages: readonly string[]): void {
  const missing = () => pages.find((p) => !existsSync(join(into, p)));
  try {
    cpSync(dist, into, { recursive: true });
  } catch (e) {
    throw new Error(`dist/ changed while it was copied (a build running?): ${String(e)}`, {
      cause: e,
    });
  }
  if (missing()) throw new Error(`dist/${missing()} is missing: run \`npm run build\` first`);
}

/** Cuts the scripts from every page under `dist`; each of `pages` must have had some. */
function stripScripts(dist: string, pages: readonly string[]): number {
  let cut = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const out = floorHtml(readFileSync(file, 'utf8'));
    if (out.cut === 0) {
      if (pages.includes(relative(dist, file)))
        throw new Error(`the floor found no script in dist/${relative(dist, file)}`);
      continue;
    }
    cut += out.cut;
    const body = Buffer.from(out.html);
    writeFileSync(file, body);
    if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    if (existsSync(`${file}.br`)) {
      const params = { [constants.BROTLI_PARAM_QUALITY]: 11 };
      writeFileSync(`${file}.br`, brotliCompressSync(body, { params }));
    }
  }
  return cut;
}

async function serve(dist: string) {
  const server = createSiteServer({ dist, base: '/' });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close };
}

/**
 * `pages`: the measured pages' files relative to dist/ ("s/x/index.html"). Gives both origins,
 * the folders they serve, how many elements were cut from the floor's pages, and `close`.
 */
export async function startBenchSites(root: string, pages: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  try {
    const oursDist = join(dir, 'ours');
    const floorDist = join(dir, 'floor');
    snapshot(join(root, 'dist'), oursDist, pages);
    cpSync(oursDist, floorDist, { recursive: true });
    const cut = stripScripts(floorDist, pages);
    const ours = await serve(oursDist);
    const floor = await serve(floorDist);
    const close = async () => {
      await Promise.all([ours.close(), floor.close()]);
      remove();
    };
    return { ours: ours.origin, floor: floor.origin, oursDist, floorDist, cut, close };
  } catch (e) {
    remove();
    throw e;
  }
}
