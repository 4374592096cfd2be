/** Node-only: the editions' folders ("" for the source edition, "ko", …) of a built site. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Read from the build, not from data/: every edition writes its own 404.html in its folder, so
 * a copy of dist/ served anywhere (the benchmark's) knows its editions without the sources.
 */
export function builtLocalePaths(dist: string): string[] {
  const folders = readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, '404.html')))
    .map((d) => d.name);
  return ['', ...folders.sort()];
}
