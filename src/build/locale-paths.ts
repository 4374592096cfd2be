/** Node-only: the editions' folders ("" for the source edition, "ko", …) from data/locales.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readLocalePaths(root: string): string[] {
  const { locales } = JSON.parse(readFileSync(join(root, 'data/locales.json'), 'utf8')) as { locales: { path: string }[] };
  return locales.map((l) => l.path);
}

/** The edition folder a request path (after the base path) falls in: the longest that matches. */
export function localeOf(path: string, localePaths: readonly string[]): string {
  return localePaths.find((l) => l !== '' && (path === `/${l}` || path.startsWith(`/${l}/`))) ?? '';
}
