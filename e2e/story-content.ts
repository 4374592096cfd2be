/** The validated story, read from data/ the way the build reads it, for assertions. */
import { formatAddress } from '../src/address/address.ts';
import { pageKinds, type PageKind } from '../src/address/page-kinds.ts';
import { readContentFiles } from '../src/content/read-content-files.ts';
import { validateContent } from '../src/content/validate-content.ts';

const result = validateContent(readContentFiles(process.cwd()));
if (!result.content || !result.editions)
  throw new Error('data/ does not validate: run npm run check:content');
/** The source edition (English), which most specs read. */
export const content = result.content;
/** Every edition, the source first (data/locales.json). */
export const editions = result.editions;
/** An edition's router-relative prefix: "" for the source, "/ko" for Korean. */
export const prefixOf = (edition: (typeof editions)[number]) =>
  edition.locale.path ? `/${edition.locale.path}` : '';
export const slugs = content.sections.map((s) => s.slug);
export const allQuotes = content.sections.flatMap((s) => s.steps.flatMap((st) => st.quotes));
export const allStepTexts = content.sections.flatMap((s) => s.steps.map((st) => st.text));

/**
 * One address of every kind of page in every edition, from the page-kind table (never a hand-kept
 * list): a new kind is tested for accessibility, hydration and privacy as soon as it is declared.
 * `pick` chooses which section stands in for the section-like kinds; the 404 page is an unknown
 * address.
 */
export function onePagePerKind(pick = 0): string[] {
  return pagesOfEveryKind(pick).map((p) => p.path);
}

/** onePagePerKind, each address with its kind. */
export function pagesOfEveryKind(pick = 0): { kind: PageKind; path: string }[] {
  return editions.flatMap((edition) =>
    pageKinds.map(({ kind }) => ({
      kind,
      path:
        kind === 'not-found'
          ? `${prefixOf(edition)}/no-such-page/`
          : formatAddress({ kind, locale: edition.locale.path, slug: slugs[pick % slugs.length] }),
    })),
  );
}
