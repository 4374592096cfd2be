import type { Locale } from './edition-schema.ts';
import { fillMessage } from './fill-message.ts';
import type { ReportDate, Ui } from './schema.ts';

/** What formatting a date needs of an edition: its locale and its messages. */
export interface DateWords {
  locale: Pick<Locale, 'intl'>;
  ui: Pick<Ui, 'dateNoYear' | 'dateUndated' | 'dateUndatedNote'>;
}

/**
 * A report's date as readers see it, in the edition's language: exactly what its text prints.
 * A day and month with no year say so ("5 February (no year printed)"); a text that prints no
 * date is "undated", with its note. Day and month come from Intl; the wording from ui.json.
 */
export function formatReportDate(date: ReportDate, words: DateWords): string {
  const intl = words.locale.intl;
  switch (date.precision) {
    case 'day': {
      const [y, m, d] = date.value.split('-').map(Number);
      return new Intl.DateTimeFormat(intl, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
    }
    case 'day-month': {
      // A leap year, so 29 February can be written; the year is never shown.
      const shown = new Intl.DateTimeFormat(intl, {
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(Date.UTC(2000, date.month - 1, date.day));
      return fillMessage(words.ui.dateNoYear, { date: shown }).join('');
    }
    case 'undated':
      return date.note === undefined
        ? words.ui.dateUndated
        : fillMessage(words.ui.dateUndatedNote, { note: date.note }).join('');
  }
}

/** A machine-readable form for <time datetime>, only when the text prints a whole date. */
export function machineReadableDate(date: ReportDate): string | undefined {
  return date.precision === 'day' ? date.value : undefined;
}
