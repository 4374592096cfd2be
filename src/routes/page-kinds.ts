/**
 * Every kind of page, declared once: its address pattern, whether other sites may frame it,
 * and which addresses the build writes. The app's routes, the prerender list, the security
 * headers, page meta and the embed loader's allow-list all derive from this table, so a page
 * added here cannot be forgotten by one of them (as /read/ once lost its headers). No imports:
 * node build scripts (prerender, the static server's headers) read it as well as the app.
 */

export type PageKind = 'story' | 'section' | 'embed' | 'sources' | 'read' | 'not-found';

export interface PageKindSpec {
  kind: PageKind;
  /** Router pattern (react-router syntax), router-relative. */
  route: string;
  /** Header rule pattern for static hosts (`_headers`), router-relative; "/*" matches below. */
  headerPatterns: readonly string[];
  /** Other sites may frame it (embeds only). */
  framable: boolean;
  /** Router-relative addresses the build writes as HTML, given the section slugs. */
  prerender: (slugs: readonly string[]) => string[];
}

export const pageKinds: readonly PageKindSpec[] = [
  {
    kind: 'story',
    route: '/',
    headerPatterns: ['/', '/index.html'],
    framable: false,
    prerender: () => ['/'],
  },
  {
    kind: 'section',
    route: '/s/:slug',
    headerPatterns: ['/s/*'],
    framable: false,
    prerender: (slugs) => slugs.map((s) => `/s/${s}/`),
  },
  {
    kind: 'embed',
    route: '/embed/:slug',
    headerPatterns: ['/embed/*'],
    framable: true,
    prerender: (slugs) => slugs.map((s) => `/embed/${s}/`),
  },
  {
    kind: 'sources',
    route: '/sources',
    headerPatterns: ['/sources/*'],
    framable: false,
    prerender: () => ['/sources/'],
  },
  {
    kind: 'read',
    route: '/read',
    headerPatterns: ['/read/*'],
    framable: false,
    prerender: () => ['/read/'],
  },
  // Written once as 404.html; static hosts send it for any unknown address.
  {
    kind: 'not-found',
    route: '*',
    headerPatterns: ['/404.html'],
    framable: false,
    prerender: () => [],
  },
];

/** The spec of one kind (every kind is in the table, so this never fails). */
export function pageKind(kind: PageKind): PageKindSpec {
  const spec = pageKinds.find((k) => k.kind === kind);
  if (!spec) throw new Error(`no page kind "${kind}"`);
  return spec;
}

/**
 * The page at a router-relative path: its kind, its slug for section-like pages, and its edition's
 * folder.
 */
export interface PageMatch {
  kind: PageKind;
  slug?: string;
  /** The edition's folder ("" for the source edition, "ko" for /ko/…). */
  locale: string;
}

/**
 * The kind of page at a router-relative path. `localePaths` are the editions' folders (from
 * data/locales.json): "/ko/s/<slug>/" is a section of the edition in "ko".
 */
export function matchPageKind(pathname: string, localePaths: readonly string[] = ['']): PageMatch {
  const path = pathname === '' ? '/' : pathname;
  const locale =
    localePaths.find((l) => l !== '' && (path === `/${l}` || path.startsWith(`/${l}/`))) ?? '';
  const rest = locale ? path.slice(locale.length + 1) || '/' : path;
  for (const spec of pageKinds) {
    if (spec.route === '*') continue;
    const re = new RegExp(`^${spec.route.replace(/:slug/, '([^/]+)').replace(/\/$/, '')}/?$`);
    const m = re.exec(rest);
    if (m)
      return m[1] === undefined
        ? { kind: spec.kind, locale }
        : { kind: spec.kind, slug: m[1], locale };
  }
  return { kind: 'not-found', locale };
}

/** Every path the build writes as HTML, in every edition (the 404 pages are written separately). */
export const prerenderPathsFor = (
  slugs: readonly string[],
  localePaths: readonly string[] = [''],
): string[] =>
  localePaths.flatMap((l) =>
    pageKinds.flatMap((k) => k.prerender(slugs)).map((p) => (l ? `/${l}${p}` : p)),
  );

/**
 * The embed loader's allow-list as a regular expression source: a path ending in the embed
 * route, under any base folder. Written into public/embed.js at build (see prerender.ts).
 */
export const embedPathPattern = (): string => {
  const tail = pageKind('embed')
    .route.replace(/^\//, '')
    .replace(':slug', '[a-z0-9]+(?:-[a-z0-9]+)*');
  return `^\\/[A-Za-z0-9._~/-]*\\/?${tail.replace(/\//g, '\\/')}\\/$`;
};

/**
 * The same page in another edition: `pathname` is router-relative in the edition at `from`
 * (a folder, "" for the source); the answer is the page at `to`. Query and fragment are kept by
 * the caller, so a reader switching language stays on the same section and step.
 */
export function twinPath(pathname: string, from: string, to: string): string {
  const rest =
    from && (pathname === `/${from}` || pathname.startsWith(`/${from}/`))
      ? pathname.slice(from.length + 1) || '/'
      : pathname;
  return to ? `/${to}${rest}` : rest;
}

/**
 * Where a language switch leads from the address `pathname` + `search` + `hash` (router-relative,
 * in whichever edition it falls) to the edition at folder `to`: the same page, query and fragment
 * kept; from an address that is no page, that edition's start.
 */
export function editionAddress(
  pathname: string,
  search: string,
  hash: string,
  localePaths: readonly string[],
  to: string,
): string {
  const page = matchPageKind(pathname, localePaths);
  if (page.kind === 'not-found') return to ? `/${to}/` : '/';
  return twinPath(pathname, page.locale, to) + search + hash;
}
