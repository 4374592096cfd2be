/**
 * Dates come only from report texts and the capture notes' date cells. A report's date record,
 * and the note explaining it, are checked against those too: the site's notes are never a
 * source, so a year a note infers ("points to 2021") is rejected, not counted.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { underivedDates, type DateReader } from './date-mentions.ts';
import { formatReportDate } from './format-report-date.ts';
import type { Locale } from './edition-schema.ts';
import { CAPTURE_NOTES_FILE } from './capture-notes.ts';

/** Where a report's dates may come from: its own text and its row of the capture notes. */
export function dateSourcesOf(report: string, reportTexts: Readonly<Record<string, string>>, captureDates: Readonly<Record<string, string>>): string[] {
  return [reportTexts[report] ?? '', captureDates[report] ?? ''];
}

/** The source edition's locale and date reader: the reports' language. */
export interface SourceDates {
  locale: Locale;
  reader: DateReader;
}

export function checkReportDates(parts: ContentParts, reportTexts: Readonly<Record<string, string>>, captureDates: Readonly<Record<string, string>>, { locale, reader }: SourceDates): ContentError[] {
  const errors: ContentError[] = [];
  for (const [id, meta] of Object.entries(parts.reports)) {
    const file = `data/reports/${id}.json`;
    const sources = dateSourcesOf(id, reportTexts, captureDates);
    const fix = `give only what data/reports/${id}.txt or its row of ${CAPTURE_NOTES_FILE} prints; never infer a year or day`;
    const shown = formatReportDate(meta.date, { locale, ui: parts.ui });
    for (const d of underivedDates(shown, sources, reader)) errors.push({ file, field: 'date', problem: `"${d.text}" is printed neither by the report nor by the capture notes`, fix });
    if (meta.date.precision === 'month') {
      const month = meta.date.month;
      if (!sources.some((s) => reader.months(s).has(month))) errors.push({ file, field: 'date.month', problem: `the month "${shown}" is printed neither by the report nor by the capture notes`, fix });
      if (reader.mentions(meta.date.note).length > 0) errors.push({ file, field: 'date.note', problem: 'the note gives a date', fix: 'the note says how precise the date is ("year unconfirmed"); it gives no date itself' });
    }
    if ('basis' in meta.date) {
      for (const d of underivedDates(meta.date.basis, sources, reader)) errors.push({ file, field: 'date.basis', problem: `the date "${d.text}" is printed neither by the report nor by the capture notes`, fix: `${fix}: say what is not known instead` });
    }
  }
  return errors;
}

/** Dates in `text` that none of `reports` (text or capture row) gives. */
export function textDateErrors(text: string, reports: readonly string[], reportTexts: Readonly<Record<string, string>>, captureDates: Readonly<Record<string, string>>, file: string, field: string, reader: DateReader): ContentError[] {
  const sources = reports.flatMap((r) => dateSourcesOf(r, reportTexts, captureDates));
  return underivedDates(text, sources, reader).map((d) => ({
    file,
    field,
    problem: `the date "${d.text}" is printed by none of ${reports.length === 1 ? 'this report' : 'these reports'} (${reports.join(', ')}), nor by their capture notes`,
    fix: `write only dates the reports give, or add the source that gives "${d.text}"; a note written by this site is never a date source`,
  }));
}
