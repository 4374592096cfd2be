/**
 * The app's own base folder and origin, set at build time (Vite's BASE_URL, SITE_ORIGIN): the
 * hrefs, meta tags and embed codes the app writes. App and server entry only: plain node scripts
 * take the base and origin as arguments (paths.ts).
 */
import { joinBase, stripBase } from './paths.ts';

/** The base path the site is built for, always ending in "/". */
export const basePath: string = import.meta.env.BASE_URL;

/** The site's public origin (build setting SITE_ORIGIN). */
export const siteOrigin: string = __SITE_ORIGIN__;

/** A plain href for a router-relative path, including the base path. */
export const withBase = (path: string, base: string = basePath): string => joinBase(path, base);

/** The router-relative path of an address bar's pathname (withBase undone). */
export const withoutBase = (pathname: string, base: string = basePath): string =>
  stripBase(pathname, base);

/** An absolute URL for a router-relative path: for previews, oEmbed and embed codes. */
export const absoluteUrl = (
  path: string,
  base: string = basePath,
  origin: string = siteOrigin,
): string => origin + joinBase(path, base);
