/**
 * A translation translates; it never adds. Each of its texts is held to its source-edition
 * counterpart and to the reports, by rules that know no language: the words a language needs
 * (number words, how names attach to particles, how "confirms" is said) come from its
 * check-words.json, and dates are read the way Intl writes them in the edition's locale.
 *
 * - a date must be one the reports (or the capture notes) give, read in the reports' language;
 * - a number must be one its counterpart has;
 * - an outlet it names must be one its counterpart names;
 * - it may not count reports as confirmations, nor put more words in quotation marks;
 * - an interface message keeps exactly its counterpart's {placeholders};
 * - a map names a border river only where the step's translated text names it.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import type { CheckWords, Locale } from './edition-schema.ts';
import { dateReader, underivedDates, type DateReader } from './date-mentions.ts';
import { dateSourcesOf } from './check-dates.ts';
import { editionWords } from './edition-words.ts';
import { outletsNamedIn, WORD_CHAR } from './outlet-names.ts';
import { riverNames } from './river-names.ts';

export interface EditionCheck {
  locale: Locale;
  dir: string;
  parts: ContentParts;
  words: CheckWords;
}

/** A reader for an edition's dates: its Intl locale and its language's own default. */
export const editionDateReader = (locale: Locale): DateReader =>
  dateReader([locale.intl, locale.lang]);

/** A letter that continues a word (a Han character does not: see WORD_CHAR). */
const LETTER = String.raw`[^\P{L}\p{Script=Han}]`;

/**
 * The numbers a text states, in digits or in the language's number words (in Han text a number
 * word needs no word edge: "5篇中有三篇" states 3).
 */
export function numbersIn(text: string, words: CheckWords): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\d+(?:[.,]\d{3})*(?:\.\d+)?/g))
    out.add(Number(m[0].replace(/,/g, '')));
  for (const [word, value] of Object.entries(words.numberWords)) {
    if (new RegExp(`(?<!${WORD_CHAR})${word}(?!${LETTER})`, 'iu').test(text)) out.add(value);
  }
  return out;
}

const quotedPhrases = (text: string) => [...text.matchAll(/["“]([^"”]+)["”]/g)].length;
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** The words of the source edition that count reports as confirmations (in any edition). */
export function confirmationErrors(
  text: string,
  words: CheckWords,
  file: string,
  field: string,
): ContentError[] {
  return words.confirmations.some((source) => new RegExp(source, 'iu').test(text))
    ? [
        {
          file,
          field,
          problem: 'the text counts reports as confirmations',
          fix:
            'say what was reported and by whom; the reports largely repeat one another (see ' +
            "the step's sources)",
        },
      ]
    : [];
}

export function checkTranslation(
  source: EditionCheck,
  target: EditionCheck,
  reportTexts: Readonly<Record<string, string>>,
): ContentError[] {
  const errors: ContentError[] = [];
  const counterparts = new Map(editionWords(source.parts, source.dir).map((w) => [w.key, w]));
  const sourceReader = editionDateReader(source.locale);
  const reader = editionDateReader(target.locale);
  const allReports = Object.keys(reportTexts);

  for (const word of editionWords(target.parts, target.dir)) {
    const original = counterparts.get(word.key);
    if (!original) continue;
    const { file, field, text } = word;
    const dates = (word.reports ?? allReports).flatMap((r) => dateSourcesOf(r, reportTexts));
    for (const d of underivedDates(text, dates, reader, sourceReader)) {
      errors.push({
        file,
        field,
        problem: `the date "${d.text}" is given by none of the reports this text speaks for`,
        fix: 'translate only the dates the source edition gives; never add one',
      });
    }
    // Dates are held to the reports above; the numbers here are the others (counts, ages,
    // doses), each of which the source text must state (in a date of its own or otherwise).
    const theirs = numbersIn(original.text, source.words);
    for (const n of numbersIn(reader.withoutDates(text), target.words)) {
      if (!theirs.has(n))
        errors.push({
          file,
          field,
          problem: `the number ${n} is not in the source text ("${original.text.slice(0, 60)}…")`,
          fix: 'translate the numbers the source gives; add none',
        });
    }
    const named = new Set(
      outletsNamedIn(original.text, source.parts.outlets, source.words.aliasMatch),
    );
    for (const id of outletsNamedIn(text, target.parts.outlets, target.words.aliasMatch)) {
      if (!named.has(id))
        errors.push({
          file,
          field,
          problem:
            `names ${target.parts.outlets.find((o) => o.id === id)?.name ?? id}, which the ` +
            `source text does not name`,
          fix:
            "name only the outlets the source text names (see the outlet's aliases in " +
            'outlets.json)',
        });
    }
    errors.push(...confirmationErrors(text, target.words, file, field));
    if (quotedPhrases(text) > quotedPhrases(original.text)) {
      errors.push({
        file,
        field,
        problem: 'puts more words in quotation marks than the source text',
        fix: 'quote only where the source text quotes a report',
      });
    }
    if (
      word.key.startsWith('ui:') &&
      placeholders(text).join() !== placeholders(original.text).join()
    ) {
      errors.push({
        file,
        field,
        problem:
          `has the placeholders {${placeholders(text).join('}, {')}} where the source has ` +
          `{${placeholders(original.text).join('}, {')}}`,
        fix: 'keep every {placeholder} of the source message, and add none',
      });
    }
  }

  // A river is labelled on a map only where the step's words name it, in this edition too.
  const riverName = riverNames(target.parts.ui);
  for (const [slug, section] of Object.entries(target.parts.sectionsBySlug)) {
    section.steps.forEach((step, s) => {
      step.map.rivers?.forEach((river) => {
        if (!step.text.includes(riverName[river])) {
          errors.push({
            file: `${target.dir}/sections/${slug}.json`,
            field: `steps[${s}].text`,
            problem: `the map names the ${riverName[river]}, but the step's text does not`,
            fix: `name the river as ${target.dir}/ui.json does ("${riverName[river]}")`,
          });
        }
      });
    });
  }
  return errors;
}
