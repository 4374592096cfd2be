/**
 * Writing react-router route patterns ("/s/:slug") as react-router's own `generatePath` does, for
 * the patterns the page-kind table uses: static segments and `:name` segments. Why not import it:
 * react-router ships as one module, so importing `generatePath` puts the whole router in every
 * page's first script (measured: +13.9 KB gzipped). route-pattern.test.ts checks both agree.
 */

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
