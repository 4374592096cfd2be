/**
 * Every address the app makes. Router-relative paths (for <AppLink>) and base-aware hrefs (for
 * plain <a>, meta tags and files) come from here, so a sub-folder deployment just works.
 */
export function pathsFor(locale: { path: string }) {
  const p = locale.path ? `/${locale.path}` : '';
  return {
    story: () => `${p}/`,
    section: (slug: string) => `${p}/s/${slug}/`,
    /** The card alone, opening at a step (0-based) when one is given. */
    embed: (slug: string, stepIndex = 0) =>
      `${p}/embed/${slug}/${stepIndex > 0 ? `?step=${stepIndex + 1}` : ''}`,
    sources: () => `${p}/sources/`,
    report: (id: string) => `${p}/sources/#report-${id}`,
    /** A quote highlighted in its report's paragraph (ids from quote-passages.ts). */
    passage: (id: string) => `${p}/sources/#${id}`,
    read: () => `${p}/read/`,
    /** A step within a section: 1-based, as readers count; the first step is the section itself. */
    step: (slug: string, stepIndex: number) =>
      stepIndex > 0 ? `${p}/s/${slug}/?step=${stepIndex + 1}` : `${p}/s/${slug}/`,
    /**
     * A section's oEmbed document; a later step's is a file of its own, which a host serves for
     * the section's endpoint when the consumer's `url` names that step (see oembed-step.ts).
     */
    oembed: (slug: string, stepIndex = 0) =>
      stepIndex > 0 ? `${p}/oembed/${slug}/step-${stepIndex + 1}.json` : `${p}/oembed/${slug}.json`,
    socialImage: (slug?: string) => `${p}/social/${slug ?? 'story'}.png`,
    notFound: () => `${p}/404.html`,
  } as const;
}

/** One edition's addresses, router-relative, with its folder (/ko/…) when it has one. */
export type LocalePaths = ReturnType<typeof pathsFor>;

/** Addresses every edition shares. */
export const sitePaths = {
  embedLoader: () => '/embed.js',
  pym: () => '/pym.v1.min.js',
} as const;

// Plain node scripts (e2e, the build) read twinPath too, so it lives with the page-kind table.
export { twinPath } from './page-kinds.ts';

/** The base path the site is built for, always ending in "/" (Vite's BASE_URL). */
export const basePath: string = import.meta.env.BASE_URL;

/** The router-relative path of an address bar's pathname under the base path (withBase undone). */
export function withoutBase(pathname: string, base: string = basePath): string {
  return `/${pathname.slice(base.length)}`;
}

/** A plain href for a router-relative path, including the base path. */
export function withBase(path: string, base: string = basePath): string {
  return base.replace(/\/$/, '') + path;
}

/** The site's public origin (build setting SITE_ORIGIN). */
export const siteOrigin: string = __SITE_ORIGIN__;

/** An absolute URL for a router-relative path: for previews, oEmbed and embed codes. */
export function absoluteUrl(
  path: string,
  base: string = basePath,
  origin: string = siteOrigin,
): string {
  return origin + withBase(path, base);
}

/** Element id of a section in the story page. */
export const sectionElementId = (slug: string) => `section-${slug}`;
