/**
 * Reading an address: which page it is, matched by react-router's own `matchRoutes` over the
 * page-kind table's patterns. For the server side only: the prerender, the static server, oEmbed,
 * JSON-LD and the tests. The browser never parses an address: each page carries the address it
 * was rendered for (page-data.ts), because react-router ships as one module and importing it
 * would add about 14 KB gzipped to every page's first script.
 */
import { matchRoutes, type RouteObject } from 'react-router';
import { stepIndexOf, type Address } from './address.ts';
import { pageKinds, type PageKind } from './page-kinds.ts';

/** The table as react-router routes: whole-path, case-sensitive, trailing slash allowed. */
const routes: RouteObject[] = pageKinds
  .filter((spec) => spec.route !== '*')
  .map((spec) => ({ id: spec.kind, path: spec.route, caseSensitive: true }));

/**
 * The page at a router-relative address (a path, with or without `?query` and `#fragment`).
 * `locales` are the editions' folders (from data/locales.json); any other first folder is no
 * edition. Never throws: an address that is no page is `not-found`, in the edition it falls in.
 */
export function parseAddress(address: string, locales: readonly string[] = ['']): Address {
  const { pathname, search } = splitAddress(address);
  const first = /^\/([^/]+)/.exec(pathname)?.[1];
  const locale = first && locales.includes(first) ? first : '';
  const rest = locale ? pathname.slice(locale.length + 1) || '/' : pathname;
  // A malformed %-escape is no page (react-router would log it and match the raw text).
  if (!decodable(rest)) return { kind: 'not-found', locale };
  const match = matchRoutes(routes, rest)?.[0];
  if (!match) return { kind: 'not-found', locale };
  const kind = match.route.id as PageKind;
  const slug = match.params.slug;
  if (slug === undefined) return { kind, locale };
  const stepIndex = stepIndexOf(search);
  return stepIndex ? { kind, locale, slug, stepIndex } : { kind, locale, slug };
}

function decodable(path: string): boolean {
  try {
    decodeURI(path);
    return true;
  } catch {
    return false;
  }
}

function splitAddress(address: string): { pathname: string; search: string } {
  const noHash = address.split('#', 1)[0] ?? '';
  const q = noHash.indexOf('?');
  const pathname = (q < 0 ? noHash : noHash.slice(0, q)) || '/';
  return { pathname, search: q < 0 ? '' : noHash.slice(q) };
}
