/**
 * Every address the app makes. Router-relative paths (for <AppLink>) and base-aware hrefs (for
 * plain <a>, meta tags and files) come from here, so a sub-folder deployment just works.
 */
export const paths = {
  story: () => '/',
  section: (slug: string) => `/s/${slug}/`,
  embed: (slug: string) => `/embed/${slug}/`,
  sources: () => '/sources/',
  report: (id: string) => `/sources/#report-${id}`,
  /** A quote highlighted in its report's paragraph (ids from quote-passages.ts). */
  passage: (id: string) => `/sources/#${id}`,
  read: () => '/read/',
  /** A step within a section: 1-based, as readers count; the first step is the section itself. */
  step: (slug: string, stepIndex: number) => (stepIndex > 0 ? `/s/${slug}/?step=${stepIndex + 1}` : `/s/${slug}/`),
  oembed: (slug: string) => `/oembed/${slug}.json`,
  socialImage: (slug?: string) => `/social/${slug ?? 'story'}.png`,
  embedLoader: () => '/embed.js',
  pym: () => '/pym.v1.min.js',
} as const;

/** The base path the site is built for, always ending in "/" (Vite's BASE_URL). */
export const basePath: string = import.meta.env.BASE_URL;

/** A plain href for a router-relative path, including the base path. */
export function withBase(path: string, base: string = basePath): string {
  return base.replace(/\/$/, '') + path;
}

/** The site's public origin (build setting SITE_ORIGIN). */
export const siteOrigin: string = __SITE_ORIGIN__;

/** An absolute URL for a router-relative path: for previews, oEmbed and embed codes. */
export function absoluteUrl(path: string, base: string = basePath, origin: string = siteOrigin): string {
  return origin + withBase(path, base);
}

/** Element id of a section in the story page. */
export const sectionElementId = (slug: string) => `section-${slug}`;
