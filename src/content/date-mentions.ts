/**
 * Dates written in words ("17 September", "January 2023", "9월 17일", "2023년"), so the content
 * check can insist that each one comes from a report's text or the capture notes. A date the
 * reports do not give is an invented date; a note this site writes is never a source.
 *
 * Nothing here knows a language: a reader's patterns are built from how Intl writes a sample
 * date in the reader's locales (month names, the order of day, month and year, the words
 * between them), so an edition in a new language is read the way it writes its dates.
 */

/** A date fact as written: a year, a month of a year, or a day of a month. */
export type DateMention =
  | { kind: 'year'; year: number; text: string }
  | { kind: 'month'; year: number; month: number; text: string }
  | { kind: 'day'; month: number; day: number; text: string };

export interface DateReader {
  /** Every date fact in `text`. */
  mentions(text: string): DateMention[];
  /** The months `text` names in any form (with or without a day or year). */
  months(text: string): Set<number>;
  /**
   * `text` with every date and month name blanked out, for checks of the other numbers it states.
   */
  withoutDates(text: string): string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const YEAR = String.raw`(1[89]\d{2}|20\d{2})`;
// A sample date whose day, month and year cannot be mistaken for one another.
const SAMPLE = Date.UTC(2000, 10, 23);
const SHAPES = [
  { day: 'numeric', month: 'long' },
  { year: 'numeric', month: 'long' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { day: 'numeric', month: 'short' },
  { year: 'numeric', month: 'short' },
] as const;

/**
 * A month as a date writes it. Digits alone name no month (not the "4" of "4500", nor the "2" of
 * "20多年"): where a locale writes the month in digits, the word after them is part of its name
 * (Chinese "11" + "月", as it also writes the month alone: "11月").
 */
function monthWord(
  parts: readonly Intl.DateTimeFormatPart[],
  at: number,
): { name: string; joinsNext: boolean } {
  const value = parts[at]?.value ?? '';
  const next = parts[at + 1];
  return /^\d+$/.test(value) && next?.type === 'literal' && next.value.trim() !== ''
    ? { name: value + next.value.trim(), joinsNext: true }
    : { name: value, joinsNext: false };
}

interface Pattern {
  re: RegExp;
  /** Which capture group holds what. */
  groups: { day?: number; month?: number; year?: number };
}

/**
 * A reader for dates as `locales` write them: pass an edition's Intl locale and its language
 * tag (["en-GB", "en"] reads both "17 September" and "September 17, 2023").
 */
export function dateReader(locales: readonly string[]): DateReader {
  // Month names as each locale writes them, alone and inside a date (Chinese writes "十一月"
  // alone but "11月" in a date), long and short.
  const monthNames = new Map<string, number>();
  for (const locale of locales) {
    for (let m = 1; m <= 12; m++) {
      const day = Date.UTC(2000, m - 1, 23);
      for (const shape of [{ month: 'long' }, { month: 'short' }, ...SHAPES] as const) {
        const parts = new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' }).formatToParts(
          day,
        );
        const at = parts.findIndex((p) => p.type === 'month');
        if (at >= 0) monthNames.set(monthWord(parts, at).name.toLowerCase(), m);
      }
    }
  }
  // News copy abbreviates with a full stop and sometimes with four letters ("Sept.").
  for (const [name, m] of [...monthNames])
    if (/^\p{Script=Latin}{5,}$/u.test(name)) monthNames.set(name.slice(0, 4), m);
  // Longest first, so "11월" is not read as "1월". Before a name no letter or digit (before a
  // number, no digit); after it no Latin letter ("May" is not "Mayor"), though a particle may
  // follow a Hangul or Han month ("9월에").
  const byLength = [...monthNames.keys()].sort((a, b) => b.length - a.length);
  const words = byLength
    .filter((n) => !/^\d/.test(n))
    .map(escape)
    .join('|');
  const numbers = byLength
    .filter((n) => /^\d/.test(n))
    .map(escape)
    .join('|');
  const alternatives = [
    words && String.raw`(?<![\p{L}\p{N}])(?:${words})`,
    numbers && String.raw`(?<!\d)(?:${numbers})`,
  ]
    .filter(Boolean)
    .join('|');
  const MONTH = String.raw`(${alternatives})\.?(?!\p{Script=Latin})`;
  const monthOf = (word: string) => monthNames.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;

  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  for (const locale of locales) {
    for (const shape of SHAPES) {
      const parts = new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' }).formatToParts(
        SAMPLE,
      );
      const groups: Pattern['groups'] = {};
      let group = 0;
      const source = parts
        .map((part, i) => {
          // Already read as part of a month's name ("11" + "月").
          if (i > 0 && parts[i - 1]?.type === 'month' && monthWord(parts, i - 1).joinsNext)
            return '';
          if (part.type === 'day')
            return ((groups.day = ++group), String.raw`(?<!\d)(\d{1,2})(?!\d)`);
          if (part.type === 'year')
            return ((groups.year = ++group), String.raw`(?<!\d)${YEAR}(?!\d)`);
          if (part.type === 'month') return ((groups.month = ++group), MONTH);
          // The words between, with any spacing (and a comma optional, as copy drops it).
          return part.value.trim() === ''
            ? String.raw`\s+`
            : part.value
                .split(/\s+/)
                .map((w) => escape(w).replace(/^,$/, ',?'))
                .join(String.raw`\s*`);
        })
        .join('');
      if (seen.has(source)) continue;
      seen.add(source);
      patterns.push({ re: new RegExp(source, 'giu'), groups });
    }
  }

  const mentions = (text: string): DateMention[] => {
    const out: DateMention[] = [];
    // One fact per stretch of text: "17 September 2023" is read by three shapes, counted once.
    const spans = new Map<string, [number, number][]>();
    const add = (d: DateMention, at: number) => {
      const span: [number, number] = [at, at + d.text.length];
      const taken = spans.get(key(d)) ?? [];
      if (taken.some(([a, b]) => a < span[1] && span[0] < b)) return;
      spans.set(key(d), [...taken, span]);
      out.push(d);
    };
    for (const m of text.matchAll(new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g')))
      add({ kind: 'year', year: Number(m[1]), text: m[0] }, m.index);
    for (const { re, groups } of patterns) {
      for (const m of text.matchAll(re)) {
        const month = groups.month ? monthOf(m[groups.month] ?? '') : 0;
        if (groups.year && groups.day) {
          // A full date is a day of a month and a month of a year.
          add({ kind: 'month', year: Number(m[groups.year]), month, text: m[0] }, m.index);
          add({ kind: 'day', month, day: Number(m[groups.day]), text: m[0] }, m.index);
        } else if (groups.year)
          add({ kind: 'month', year: Number(m[groups.year]), month, text: m[0] }, m.index);
        else if (groups.day)
          add({ kind: 'day', month, day: Number(m[groups.day]), text: m[0] }, m.index);
      }
    }
    // ISO dates, as records and capture notes write them ("2023-01-21"): a day, its month, its
    // year.
    for (const m of text.matchAll(
      new RegExp(String.raw`(?<!\d)${YEAR}-(\d{2})-(\d{2})(?!\d)`, 'g'),
    )) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      add({ kind: 'month', year, month, text: m[0] }, m.index);
      add({ kind: 'day', month, day, text: m[0] }, m.index);
    }
    return out.filter(
      (d) =>
        d.kind === 'year' ||
        (d.month >= 1 && d.month <= 12 && (d.kind === 'month' || (d.day >= 1 && d.day <= 31))),
    );
  };

  const blank = (m: string) => ' '.repeat(m.length);
  return {
    mentions,
    withoutDates: (text) => {
      let out = text;
      for (const { re } of patterns) out = out.replace(re, blank);
      out = out.replace(new RegExp(String.raw`(?<!\d)${YEAR}-(\d{2})-(\d{2})(?!\d)`, 'g'), blank);
      out = out.replace(new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g'), blank);
      return out.replace(new RegExp(MONTH, 'giu'), blank);
    },
    months: (text) => {
      const out = new Set<number>();
      for (const m of text.matchAll(new RegExp(MONTH, 'giu'))) out.add(monthOf(m[1] ?? ''));
      for (const d of mentions(text)) if (d.kind !== 'year') out.add(d.month);
      out.delete(0);
      return out;
    },
  };
}

const key = (d: DateMention) =>
  d.kind === 'year'
    ? `y${d.year}`
    : d.kind === 'month'
      ? `m${d.year}-${d.month}`
      : `d${d.month}-${d.day}`;

/**
 * The mentions in `text` (read by `reader`) that none of `sources` gives (read by
 * `sourceReader`, the reports' language): compared as facts, not spellings, so "9월 17일" is
 * the "Sept. 17" of a report.
 */
export function underivedDates(
  text: string,
  sources: readonly string[],
  reader: DateReader,
  sourceReader: DateReader = reader,
): DateMention[] {
  const known = new Set(sources.flatMap((s) => sourceReader.mentions(s).map(key)));
  return reader.mentions(text).filter((d) => !known.has(key(d)));
}
