/**
 * The one codec between a page and its address, derived from the page-kind table's react-router
 * patterns: written here as react-router's `generatePath` writes them (route-pattern.ts), read by
 * react-router itself in parse-address.ts (server side; a page in the browser knows its address
 * from its page data). The server, the browser, the embed, the static server and the tests read
 * and write addresses through these two modules.
 *
 * Addresses are router-relative (no base folder; site-base.ts adds it) and end in "/", as the
 * build writes each page as a folder's index.html. An edition other than the source lives in its
 * folder: "/ko/s/<slug>/". A step is `?step=n`, counted from 1 as readers count; inside the app it
 * is `stepIndex`, counted from 0 as the content's steps are, and this module is the only place
 * that converts between the two.
 */
import { pageKind, pageKinds, type PageKind, type PageKindSpec } from './page-kinds.ts';
import { generateRoute } from './route-pattern.ts';

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
 * Where a language switch leads from `page`, open at `pathname` + `search` + `hash`
 * (router-relative), to the edition at folder `to`: the same page, query and fragment kept; from
 * an address that is no page, that edition's start.
 */
export function editionAddress(
  page: Address,
  pathname: string,
  search: string,
  hash: string,
  to: string,
): string {
  if (page.kind === 'not-found') return formatAddress({ kind: 'story', locale: to });
  return twinPath(pathname, page.locale, to) + search + hash;
}

/**
 * Every address the build writes as HTML, in every edition (the 404 pages are written apart), or
 * those of the kinds `keep` chooses.
 */
export function prerenderPathsFor(
  slugs: readonly string[],
  locales: readonly string[] = [''],
  keep: (spec: PageKindSpec) => boolean = () => true,
): string[] {
  return locales.flatMap((locale) =>
    pageKinds
      .filter(keep)
      .flatMap(({ kind, written }) =>
        written === 'once'
          ? [formatAddress({ kind, locale })]
          : written === 'per-section'
            ? slugs.map((slug) => formatAddress({ kind, locale, slug }))
            : [],
      ),
  );
}
