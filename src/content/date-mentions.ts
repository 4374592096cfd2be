/**
 * Dates written in the story's own words ("17 September", "January 2023", "2023"), so the
 * content check can insist that each one comes from a report's text or the capture notes. A
 * date the reports do not give is an invented date; a note this site writes is never a source.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Full names and the abbreviations news copy uses ("Sept. 17", "Jan 21").
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(1[89]\d{2}|20\d{2})`;

const monthNumber = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;

/** A date fact as written: a year, a month of a year, or a day of a month. */
export type DateMention =
  | { kind: 'year'; year: number; text: string }
  | { kind: 'month'; year: number; month: number; text: string }
  | { kind: 'day'; month: number; day: number; text: string };

export function dateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\b${YEAR}\b`, 'g'))) out.push({ kind: 'year', year: Number(m[1]), text: m[0] });
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH}\s+${YEAR}\b`, 'gi'))) {
    out.push({ kind: 'month', month: monthNumber(m[1] ?? ''), year: Number(m[2]), text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}(?![a-z])`, 'gi'))) {
    out.push({ kind: 'day', day: Number(m[1]), month: monthNumber(m[2] ?? ''), text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})\b(?!\d)`, 'gi'))) {
    out.push({ kind: 'day', day: Number(m[2]), month: monthNumber(m[1] ?? ''), text: m[0] });
  }
  // ISO dates, as records and capture notes write them ("2023-01-21"): a day, its month, its year.
  for (const m of text.matchAll(new RegExp(String.raw`\b${YEAR}-(\d{2})-(\d{2})\b`, 'g'))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    out.push({ kind: 'month', year, month, text: m[0] }, { kind: 'day', month, day, text: m[0] });
  }
  return out.filter((d) => d.kind === 'year' || (d.month >= 1 && d.month <= 12 && (d.kind === 'month' || (d.day >= 1 && d.day <= 31))));
}

const key = (d: DateMention) => (d.kind === 'year' ? `y${d.year}` : d.kind === 'month' ? `m${d.year}-${d.month}` : `d${d.month}-${d.day}`);

/** The mentions in `text` that none of `sources` gives (compared as facts, not spellings). */
export function underivedDates(text: string, sources: readonly string[]): DateMention[] {
  const known = new Set(sources.flatMap((s) => dateMentions(s).map(key)));
  return dateMentions(text).filter((d) => !known.has(key(d)));
}
