/**
 * Dates come only from what a report's text prints. The capture (its address, the page's
 * headline, a file name) is never a date source, and neither is a note this site writes: a
 * year a note infers ("the four 2023 pieces") is rejected, not counted.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { underivedDates, type DateReader } from './date-mentions.ts';
import { formatReportDate } from './format-report-date.ts';
import type { Locale } from './edition-schema.ts';

/** Where a report's dates may come from: its own text, and nothing else. */
export function dateSourcesOf(
  report: string,
  reportTexts: Readonly<Record<string, string>>,
): string[] {
  return [reportTexts[report] ?? ''];
}

/** The source edition's locale and date reader: the reports' language. */
export interface SourceDates {
  locale: Locale;
  reader: DateReader;
}

export function checkReportDates(
  parts: ContentParts,
  reportTexts: Readonly<Record<string, string>>,
  { locale, reader }: SourceDates,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const [id, meta] of Object.entries(parts.reports)) {
    const file = `data/reports/${id}.json`;
    const sources = dateSourcesOf(id, reportTexts);
    const fix =
      `give only what data/reports/${id}.txt prints; never infer a year or day from the ` +
      `capture, a file name or context`;
    const printed = sources.flatMap((s) => reader.mentions(s));
    if (meta.date.precision === 'day-month') {
      const { month, day } = meta.date;
      if (!printed.some((d) => d.kind === 'day' && d.month === month && d.day === day)) {
        errors.push({
          file,
          field: 'date',
          problem: `the day ${day} of month ${month} is not printed in the text`,
          fix,
        });
      }
    } else if (meta.date.precision === 'day') {
      const shown = formatReportDate(meta.date, { locale, ui: parts.ui });
      for (const d of underivedDates(shown, sources, reader))
        errors.push({
          file,
          field: 'date',
          problem: `"${d.text}" is not printed in the text`,
          fix,
        });
    } else if (meta.date.note !== undefined) {
      for (const d of underivedDates(meta.date.note, sources, reader))
        errors.push({
          file,
          field: 'date.note',
          problem: `the date "${d.text}" is not printed in the text`,
          fix: `${fix}: say what is not known instead`,
        });
    }
    // The id is in every /sources/ address (#report-<id>): a year in it reads as the report's date.
    for (const d of reader.mentions(id.replace(/-/g, ' '))) {
      if (underivedDates(d.text, sources, reader).length > 0 || d.kind === 'year')
        errors.push({
          file,
          field: '(file name)',
          problem: `the report's id "${id}" shows "${d.text}", and ids are in the site's addresses`,
          fix:
            `rename data/reports/${id}.json and .txt to the outlet's name (e.g. ` +
            `data/reports/${id.replace(/-?\d{4}.*$/, '')}.json): a date in an address reads as ` +
            `the report's date`,
        });
    }
    // A text that prints a whole date (year included) is not undated, and one that prints a
    // day and month is dated that far: the record shows what the text prints, no less.
    const full = printed.some(
      (d) =>
        d.kind === 'month' &&
        printed.some((e) => e.kind === 'day' && e.month === d.month && e.text === d.text),
    );
    if (full && meta.date.precision !== 'day')
      errors.push({
        file,
        field: 'date',
        problem: 'the text prints a whole date, but the record does not give it',
        fix: 'use { "precision": "day", "value": "YYYY-MM-DD" } with the date the text prints',
      });
  }
  return errors;
}

/** Dates in `text` that none of `reports` prints. */
export function textDateErrors(
  text: string,
  reports: readonly string[],
  reportTexts: Readonly<Record<string, string>>,
  file: string,
  field: string,
  reader: DateReader,
): ContentError[] {
  const sources = reports.flatMap((r) => dateSourcesOf(r, reportTexts));
  return underivedDates(text, sources, reader).map((d) => ({
    file,
    field,
    problem:
      `the date "${d.text}" is printed by none of ` +
      `${reports.length === 1 ? 'this report' : 'these reports'} (${reports.join(', ')})`,
    fix:
      `write only dates the reports' texts print, or add the source that prints "${d.text}"; a ` +
      `capture address, a file name or a note written by this site is never a date source`,
  }));
}
