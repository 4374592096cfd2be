/**
 * The floor site: a copy of the benchmark's dist/ snapshot in which every HTML page has had its
 * scripts cut out (floor-html.ts), with its precompressed `.gz` / `.br` siblings written anew
 * from the new bytes at the same settings, so that the same server (src/build/serve.ts, the same
 * headers) serves it the same way. Lives under .bench/ beside the snapshot, for the same reason.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { floorHtml } from './floor-html.ts';
import { benchTempDir } from './temp-dir.ts';
import type { SiteSnapshot } from './site-snapshot.ts';

export interface FloorSite extends SiteSnapshot {
  /** HTML files rewritten, and what was cut from them in all. */
  pages: number;
  scripts: number;
  preloads: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Copies `fromDist` to .bench/floor-<pid>/dist and strips the scripts from every page in it. */
export function makeFloorSite(
  root: string,
  fromDist: string,
  mustHaveHadScripts: readonly string[],
): FloorSite {
  const { dir, remove } = benchTempDir(root, 'floor');
  const dist = join(dir, 'dist');
  let pages = 0;
  let scripts = 0;
  let preloads = 0;
  try {
    cpSync(fromDist, dist, { recursive: true });
    const stripped = new Map<string, number>();
    for (const file of htmlFiles(dist)) {
      const out = floorHtml(readFileSync(file, 'utf8'));
      const name = relative(dist, file).split(sep).join('/');
      stripped.set(name, out.scripts + out.preloads);
      if (out.scripts + out.preloads === 0) continue;
      const body = Buffer.from(out.html);
      writeFileSync(file, body);
      // The same settings as the prerender's precompressed copies (src/build/prerender.ts).
      if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      if (existsSync(`${file}.br`))
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      pages++;
      scripts += out.scripts;
      preloads += out.preloads;
    }
    const untouched = mustHaveHadScripts.filter((name) => !stripped.get(name));
    if (untouched.length)
      throw new Error(
        `the floor found no script to remove in ` +
          `${untouched.map((n) => `dist/${n}`).join(', ')}: is the page still built the same ` +
          `way?`,
      );
  } catch (e) {
    remove();
    throw e;
  }
  return { dir, dist, remove, pages, scripts, preloads };
}
