/**
 * Every address the app makes. Router-relative paths (for <Link>) and base-aware hrefs (for
 * plain <a>, meta tags and files) come from here, so a sub-folder deployment just works.
 */
export const paths = {
  story: () => '/',
  section: (slug: string) => `/s/${slug}/`,
  embed: (slug: string) => `/embed/${slug}/`,
  sources: () => '/sources/',
  report: (id: string) => `/sources/#report-${id}`,
} as const;

/** The base path the site is built for, always ending in "/" (Vite's BASE_URL). */
export const basePath: string = import.meta.env.BASE_URL;

/** A plain href for a router-relative path, including the base path. */
export function withBase(path: string, base: string = basePath): string {
  return base.replace(/\/$/, '') + path;
}

/** Element id of a section in the story page. */
export const sectionElementId = (slug: string) => `section-${slug}`;
