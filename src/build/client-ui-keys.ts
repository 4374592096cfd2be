/**
 * Node-only, build time: the interface words a site page's scripts never read, so that its page
 * data leaves them out (client-content.ts). Derived from the built scripts rather than kept by
 * hand: a key of data/ui.json that appears nowhere in them as a word (property names and string
 * keys survive minification) is used only by server HTML, which the browser adopts. A key a
 * script put together at run time from pieces would be missed: the hydration tests fail on it.
 * The embed's scripts are left out, since an embed page keeps every word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The keys that appear nowhere in `scripts` as a whole word. */
export function keysNotIn(scripts: readonly string[], keys: readonly string[]): string[] {
  const words = new Set(scripts.flatMap((script) => script.match(/[A-Za-z_$][\w$]*/g) ?? []));
  return keys.filter((key) => !words.has(key));
}

/** The keys no site script in `assets` (a build's dist/assets/) reads. */
export function serverOnlyUiKeys(assets: string, keys: readonly string[]): string[] {
  const scripts = readdirSync(assets)
    .filter((file) => file.endsWith('.js') && !file.startsWith('embed'))
    .map((file) => readFileSync(join(assets, file), 'utf8'));
  if (scripts.length === 0)
    throw new Error(`${assets} holds no site scripts: run vite build before prerendering`);
  return keysNotIn(scripts, keys);
}
