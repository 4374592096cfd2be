/**
 * Matching and writing react-router route patterns ("/s/:slug"), as react-router's own
 * `matchPath` (case-sensitive, whole path, trailing slashes allowed) and `generatePath` do for the
 * patterns the page-kind table uses: static segments and `:name` segments. Why not import them:
 * react-router ships as one module, so importing `matchPath` puts the whole router in the first
 * page's script (measured: +13 KB gzipped on the story, +11.5 KB on an embed) instead of the chunk
 * loaded on the first in-app navigation. route-pattern.test.ts checks both agree with react-router.
 */

interface Compiled {
  pattern: RegExp;
  names: string[];
}

const compiled = new Map<string, Compiled>();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(route: string): Compiled {
  let known = compiled.get(route);
  if (!known) {
    const names: string[] = [];
    const body = route
      .split('/')
      .filter(Boolean)
      .map((segment) => {
        if (!segment.startsWith(':')) return `/${escapeRegExp(segment)}`;
        names.push(segment.slice(1));
        return '/([^/]+)';
      })
      .join('');
    known = { pattern: new RegExp(`^${body || '/'}/*$`), names };
    compiled.set(route, known);
  }
  return known;
}

/** The params of `pathname` under `route`, or null when it does not match. */
export function matchRoute(route: string, pathname: string): Record<string, string> | null {
  const { pattern, names } = compile(route);
  const match = pattern.exec(pathname);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
}

/** `route` with its `:name` segments filled in (encoded as react-router encodes them). */
export function generateRoute(route: string, params: Record<string, string>): string {
  const path = route
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment.startsWith(':') ? encodeURIComponent(params[segment.slice(1)] ?? '') : segment,
    )
    .join('/');
  return `/${path}`;
}
