/**
 * A private copy of dist/ for the length of a benchmark run. A build started elsewhere meanwhile
 * (vite empties dist/ first) would otherwise crash the server or change files mid-measurement.
 * The copy lives under .bench/ inside the project so that `npx tsx` run from it still finds the
 * project's own tsx.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchTempDir } from './temp-dir.ts';

export interface SiteSnapshot {
  /** Directory to run the server from: it holds `dist/`. */
  dir: string;
  dist: string;
  remove: () => void;
}

export function snapshotDist(root: string, requiredPaths: readonly string[]): SiteSnapshot {
  const source = join(root, 'dist');
  for (const path of requiredPaths) {
    if (!existsSync(join(source, path)))
      throw new Error(
        `dist/${path} is missing: run \`npm run build\` first (or wait for a running build ` +
          `to finish)`,
      );
  }
  const { dir, remove } = benchTempDir(root, 'site');
  const dist = join(dir, 'dist');
  try {
    cpSync(source, dist, { recursive: true });
  } catch (e) {
    remove();
    throw new Error(
      `dist/ changed while it was being copied (a build running?): ` +
        `${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  const missing = requiredPaths.find((path) => !existsSync(join(dist, path)));
  if (missing) {
    remove();
    throw new Error(
      `dist/ changed while it was being copied (a build running?): dist/${missing} is missing`,
    );
  }
  return { dir, dist, remove };
}
