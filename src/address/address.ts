/**
 * The one codec between a page and its address, derived from the page-kind table's react-router
 * patterns, matched and written as react-router matches and writes them (route-pattern.ts). The
 * server, the browser, the embed, the static server and the tests read and write addresses here.
 *
 * Addresses are router-relative (no base folder; site-base.ts adds it) and end in "/", as the
 * build writes each page as a folder's index.html. An edition other than the source lives in its
 * folder: "/ko/s/<slug>/". A step is `?step=n`, counted from 1 as readers count; inside the app it
 * is `stepIndex`, counted from 0 as the content's steps are, and this module is the only place
 * that converts between the two.
 */
import { pageKind, pageKinds, type PageKind } from './page-kinds.ts';
import { generateRoute, matchRoute } from './route-pattern.ts';

export interface Address {
  kind: PageKind;
  /** The edition's folder: "" for the source edition, "ko" for /ko/…. */
  locale: string;
  /** The section, on section and embed pages. */
  slug?: string;
  /** The step the address opens (0-based), when it names one past the first. */
  stepIndex?: number;
}

/** What `formatAddress` needs: the page, and where it differs from the source edition's start. */
export type AddressParts = Omit<Address, 'locale'> & { locale?: string };

const STEP_PARAM = 'step';

/** The router-relative address of a page, with `?step=n` for a later step of a section or embed. */
export function formatAddress({ kind, locale = '', slug, stepIndex = 0 }: AddressParts): string {
  const folder = locale ? `/${locale}` : '';
  if (kind === 'not-found') return `${folder}/404.html`;
  const route = pageKind(kind).route;
  const path = route === '/' ? '/' : `${generateRoute(route, { slug: slug ?? '' })}/`;
  const step = route.includes(':slug') && stepIndex > 0 ? `?${STEP_PARAM}=${stepIndex + 1}` : '';
  return `${folder}${path}${step}`;
}

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
  for (const spec of pageKinds) {
    if (spec.route === '*') continue;
    const params = matchRoute(spec.route, rest);
    if (!params) continue;
    const slug = params.slug;
    if (slug === undefined) return { kind: spec.kind, locale };
    const stepIndex = stepIndexOf(search);
    return stepIndex
      ? { kind: spec.kind, locale, slug, stepIndex }
      : { kind: spec.kind, locale, slug };
  }
  return { kind: 'not-found', locale };
}

/**
 * The step a query string names (0-based), or undefined when it names none or nothing sensible
 * (a whole number of at most four digits; the caller clamps it to the section's steps).
 */
export function stepIndexOf(search: string): number | undefined {
  let value: string | null;
  try {
    value = new URLSearchParams(search.length > 2000 ? '' : search).get(STEP_PARAM);
  } catch {
    return undefined;
  }
  if (!value || !/^\d{1,4}$/.test(value)) return undefined;
  return Math.max(0, Number(value) - 1);
}

function splitAddress(address: string): { pathname: string; search: string } {
  const noHash = address.split('#', 1)[0] ?? '';
  const q = noHash.indexOf('?');
  const pathname = (q < 0 ? noHash : noHash.slice(0, q)) || '/';
  return { pathname, search: q < 0 ? '' : noHash.slice(q) };
}

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
  locales: readonly string[],
  to: string,
): string {
  const page = parseAddress(pathname, locales);
  if (page.kind === 'not-found') return formatAddress({ kind: 'story', locale: to });
  return twinPath(pathname, page.locale, to) + search + hash;
}

/** Every address the build writes as HTML, in every edition (the 404 pages are written apart). */
export function prerenderPathsFor(
  slugs: readonly string[],
  locales: readonly string[] = [''],
): string[] {
  return locales.flatMap((locale) =>
    pageKinds.flatMap(({ kind, written }) =>
      written === 'once'
        ? [formatAddress({ kind, locale })]
        : written === 'per-section'
          ? slugs.map((slug) => formatAddress({ kind, locale, slug }))
          : [],
    ),
  );
}
