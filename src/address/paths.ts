/**
 * Every address the app makes, router-relative: pages through the codec (address.ts), and the
 * files the build writes beside them (oEmbed documents, preview images, the 404 page, the
 * single-file article). Pure, so node scripts and tests read it too; site-base.ts turns these
 * into hrefs under the base folder.
 */
import { formatAddress } from './address.ts';

export function pathsFor(locale: { path: string; id: string }) {
  const at = (parts: Parameters<typeof formatAddress>[0]) =>
    formatAddress({ ...parts, locale: locale.path });
  const folder = locale.path ? `/${locale.path}` : '';
  return {
    story: () => at({ kind: 'story' }),
    section: (slug: string) => at({ kind: 'section', slug }),
    /** A step within a section (0-based); the first step is the section itself. */
    step: (slug: string, stepIndex: number) => at({ kind: 'section', slug, stepIndex }),
    /** The card alone, opening at a step (0-based) when one is given. */
    embed: (slug: string, stepIndex = 0) => at({ kind: 'embed', slug, stepIndex }),
    sources: () => at({ kind: 'sources' }),
    report: (id: string) => `${at({ kind: 'sources' })}#report-${id}`,
    /** A quote highlighted in its report's paragraph (ids from quote-passages.ts). */
    passage: (id: string) => `${at({ kind: 'sources' })}#${id}`,
    read: () => at({ kind: 'read' }),
    /**
     * The article as one self-contained HTML file, to keep and pass on (single-file-document.tsx),
     * named by the edition's id so a saved copy says its language: /download/en.html,
     * /ko/download/ko.html.
     */
    download: () => `${folder}/download/${locale.id}.html`,
    /**
     * A section's oEmbed document; a later step's is a file of its own, which a host serves for
     * the section's endpoint when the consumer's `url` names that step (see oembed-step.ts).
     */
    oembed: (slug: string, stepIndex = 0) => oembedPath(folder, slug, stepIndex),
    socialImage: (slug?: string) => `${folder}/social/${slug ?? 'story'}.png`,
    notFound: () => at({ kind: 'not-found' }),
    /** The edition's folder, the scope of its copy for offline reading (src/offline/). */
    offlineScope: () => `${folder}/`,
    /** That copy's service worker, at the folder, so its scope can be the folder. */
    offlineWorker: () => `${folder}/sw.js`,
  } as const;
}

/** One edition's addresses, router-relative, with its folder (/ko/…) when it has one. */
export type LocalePaths = ReturnType<typeof pathsFor>;

/** The oEmbed document of a section's step (0-based) under `folder` ("" or "/ko", or a base). */
export const oembedPath = (folder: string, slug: string, stepIndex = 0): string =>
  stepIndex > 0
    ? `${folder}/oembed/${slug}/step-${stepIndex + 1}.json`
    : `${folder}/oembed/${slug}.json`;

/** Addresses every edition shares. */
export const sitePaths = {
  embedLoader: () => '/embed.js',
  pym: () => '/pym.v1.min.js',
} as const;

/** Element id of a section in the story page. */
export const sectionElementId = (slug: string) => `section-${slug}`;

/** A plain href for a router-relative path under the base folder `base` (ending in "/"). */
export const joinBase = (path: string, base: string): string => base.replace(/\/$/, '') + path;

/**
 * The router-relative path of an address bar's pathname under the base folder (joinBase undone).
 */
export const stripBase = (pathname: string, base: string): string =>
  `/${pathname.slice(base.length)}`;
