/**
 * The shape of the edition files: `data/locales.json` (which languages the site is in),
 * `data/check-words.json` and `data/<id>/check-words.json` (what the content checks need to
 * know of a language), and the translation files in `data/<id>/`. A translation carries words
 * only: sources, passages, map views and dates stay with the source edition, so an edition can
 * translate but never add.
 */
import { z } from 'zod';
import { uiKeys } from './schema.ts';

// Checked, never rewritten: the words reach pages exactly as written ("; " keeps its space).
const nonEmpty = (what: string) =>
  z.string().refine((s) => s.trim().length > 0, `${what} must not be empty`);

export const localeSchema = z.strictObject({
  /** Folder name under data/ (for editions after the first), e.g. "ko". */
  id: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-z0-9]+)?$/, 'use a short lowercase code such as "ko" or "zh-hans"'),
  /** Language tag of its pages (html lang, hreflang), e.g. "ko". */
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, 'use a BCP 47 tag such as "ko" or "zh-Hans"'),
  /** Locale that Intl formats its dates and lists with, e.g. "ko-KR". */
  intl: z.string().refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'use a locale Intl knows, such as "ko-KR"'),
  /** Link-preview locale, e.g. "ko_KR". */
  ogLocale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'write it like "ko_KR"'),
  /** The edition's name in its own language, for the language switch. */
  name: nonEmpty('name'),
  /** Address folder: "" for the source edition, otherwise e.g. "ko" (pages under /ko/). */
  path: z.string().regex(/^([a-z0-9-]+)?$/, 'use "" or a folder name such as "ko"'),
  /**
   * Where the edition's press joins lists with a mark rather than words (Korean "·"); otherwise
   * Intl's list.
   */
  listSeparator: z.string().min(1).optional(),
});

export const localesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  locales: z.array(localeSchema).min(1, 'list at least the source edition'),
});

export const checkWordsSchema = z.strictObject({
  $comment: z.string().optional(),
  confirmations: z.array(
    z.string().refine((source) => {
      try {
        new RegExp(source, 'iu');
        return true;
      } catch {
        return false;
      }
    }, 'not a valid regular expression'),
  ),
  numberWords: z.record(z.string(), z.number()),
  aliasMatch: z.enum(['word', 'prefix']),
  /**
   * Words that soften a claim ("may", "possible"): a sentence whose reports hedge must hedge too.
   */
  hedges: z.array(nonEmpty('hedge')).min(1),
  /**
   * Source language only: groups of quantity words ("most", "majority"); a sentence counts no more
   * than its passages.
   */
  quantities: z.array(z.array(nonEmpty('quantity')).min(1)).optional(),
  /** Begins every orientation sentence outside a map (the map's caption marks its own). */
  orientationMark: nonEmpty('orientationMark'),
  /**
   * Translations: place words ("국내": South Korea, in a Korean paper) allowed only where the source
   * sentence names the place.
   */
  placeWords: z
    .array(
      z.strictObject({
        word: nonEmpty('word'),
        means: nonEmpty('means'),
        needs: z.array(nonEmpty('needs')).min(1),
      }),
    )
    .optional(),
});

/** A quote in translation: `original` must be the source edition's quote, word for word. */
const translatedQuoteSchema = z.strictObject({
  text: nonEmpty('text'),
  original: nonEmpty('original'),
  speaker: nonEmpty('speaker'),
});

const names = z.record(z.string(), nonEmpty('name'));

export const storyTranslationSchema = z.strictObject({
  $comment: z.string().optional(),
  title: nonEmpty('title'),
  kicker: nonEmpty('kicker'),
  description: nonEmpty('description'),
  lede: nonEmpty('lede'),
  caveat: nonEmpty('caveat'),
  opening: z.strictObject({ text: nonEmpty('text'), quotes: z.array(translatedQuoteSchema) }),
  closing: z.strictObject({ title: nonEmpty('title'), text: nonEmpty('text') }),
});

export const sectionTranslationSchema = z.strictObject({
  $comment: z.string().optional(),
  title: nonEmpty('title'),
  description: nonEmpty('description'),
  steps: z.array(
    z.strictObject({
      text: nonEmpty('text'),
      quotes: z.array(translatedQuoteSchema),
      map: z.strictObject({
        description: nonEmpty('description'),
        highlight: z.array(z.strictObject({ label: nonEmpty('label').optional() })),
      }),
    }),
  ),
});

export const uiTranslationSchema = z.strictObject({
  $comment: z.string().optional(),
  ...(Object.fromEntries(uiKeys.map((key) => [key, nonEmpty(key)])) as Record<
    (typeof uiKeys)[number],
    z.ZodString
  >),
});

export const namesFileSchema = z.strictObject({ $comment: z.string().optional(), names });

export const outletsTranslationSchema = z.strictObject({
  $comment: z.string().optional(),
  outlets: z.record(
    z.string(),
    z.strictObject({ name: nonEmpty('name'), aliases: z.array(nonEmpty('alias')).min(1) }),
  ),
});

export const reportsTranslationSchema = z.record(
  z.string(),
  z.strictObject({ relation: nonEmpty('relation'), dateNote: nonEmpty('dateNote').optional() }),
);

export const routesTranslationSchema = z.record(
  z.string(),
  z.strictObject({ label: nonEmpty('label'), note: nonEmpty('note') }),
);

export const correctionsTranslationSchema = z.strictObject({
  $comment: z.string().optional(),
  corrections: z.record(
    z.string(),
    z.strictObject({ what: nonEmpty('what'), why: nonEmpty('why') }),
  ),
});

export const travelTranslationSchema = z.strictObject({
  $comment: z.string().optional(),
  upstream: names,
});

export type Locale = z.infer<typeof localeSchema>;
export type CheckWords = z.infer<typeof checkWordsSchema>;
export type VoiceWords = Pick<
  CheckWords,
  'hedges' | 'quantities' | 'orientationMark' | 'placeWords'
>;
export type StoryTranslation = z.infer<typeof storyTranslationSchema>;
export type SectionTranslation = z.infer<typeof sectionTranslationSchema>;
export type UiTranslation = z.infer<typeof uiTranslationSchema>;
export type OutletsTranslation = z.infer<typeof outletsTranslationSchema>;
export type ReportsTranslation = z.infer<typeof reportsTranslationSchema>;
export type RoutesTranslation = z.infer<typeof routesTranslationSchema>;

/** One edition's translation files, parsed. */
export interface Translation {
  story: StoryTranslation;
  ui: UiTranslation;
  sections: Record<string, SectionTranslation>;
  regions: Record<string, string>;
  places: Record<string, string>;
  orientation: Record<string, string>;
  outlets: OutletsTranslation['outlets'];
  reports: ReportsTranslation;
  routes: RoutesTranslation;
  travel: Record<string, string>;
  corrections: Record<string, { what: string; why: string }>;
}
