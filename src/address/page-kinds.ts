/**
 * Every kind of page, declared once: its address pattern, whether other sites may frame it,
 * and which addresses the build writes. The app's routes, the prerender list, the security
 * headers, page meta, the address codec (address.ts) and the embed loader's allow-list all derive
 * from this table, so a page added here cannot be forgotten by one of them. No imports: node build
 * scripts (prerender, the static server's headers) read it as well as the app.
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
  /** The build writes it once, once per section (its route has `:slug`), or never (404 aside). */
  written: 'once' | 'per-section' | 'never';
  /**
   * Part of an edition's copy saved for offline reading (src/offline/): the reader's pages, not
   * the embeds, which other sites frame.
   */
  offline: boolean;
}

export const pageKinds: readonly PageKindSpec[] = [
  {
    kind: 'story',
    route: '/',
    headerPatterns: ['/', '/index.html'],
    framable: false,
    written: 'once',
    offline: true,
  },
  {
    kind: 'section',
    route: '/s/:slug',
    headerPatterns: ['/s/*'],
    framable: false,
    written: 'per-section',
    offline: true,
  },
  {
    kind: 'embed',
    route: '/embed/:slug',
    headerPatterns: ['/embed/*'],
    framable: true,
    written: 'per-section',
    offline: false,
  },
  {
    kind: 'sources',
    route: '/sources',
    headerPatterns: ['/sources/*'],
    framable: false,
    written: 'once',
    offline: true,
  },
  {
    kind: 'read',
    route: '/read',
    headerPatterns: ['/read/*'],
    framable: false,
    written: 'once',
    offline: true,
  },
  // Written once as 404.html; static hosts send it for any unknown address.
  {
    kind: 'not-found',
    route: '*',
    headerPatterns: ['/404.html'],
    framable: false,
    written: 'never',
    offline: true,
  },
];

/** The spec of one kind (every kind is in the table, so this never fails). */
export function pageKind(kind: PageKind): PageKindSpec {
  const spec = pageKinds.find((k) => k.kind === kind);
  if (!spec) throw new Error(`no page kind "${kind}"`);
  return spec;
}

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
