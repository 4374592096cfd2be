import type { Content } from './content-types.ts';

/**
 * The language of the reports' own words: the source edition's (the first in data/locales.json).
 */
export const reportLang = (content: Content): string =>
  content.locales[0]?.lang ?? content.locale.lang;

/**
 * The `lang` the reports' words (passages, headlines, bylines) need on a page of this edition:
 * none where the page is in their language, theirs on a translated page.
 */
export const reportWordsLang = (content: Content): string | undefined =>
  reportLang(content) === content.locale.lang ? undefined : reportLang(content);
