/**
 * Node-only, build time: the interface words a site page's scripts never read, so that its page
 * data leaves them out (client-content.ts). Derived from the built scripts rather than kept by
 * hand: a key of data/ui.json that appears nowhere in them as a word (property names and string
 * keys survive minification) is used only by server HTML, which the browser adopts. A key a
 * script put together at run time from pieces would be missed: the hydration tests fail on it.
 * The scripts are the client environment's (prerender.ts): the embed's are left out, since an
 * embed page keeps every word.
 */

/** The keys that appear nowhere in `scripts` as a whole word. */
export function keysNotIn(scripts: readonly string[], keys: readonly string[]): string[] {
  const words = new Set(scripts.flatMap((script) => script.match(/[A-Za-z_$][\w$]*/g) ?? []));
  return keys.filter((key) => !words.has(key));
}
