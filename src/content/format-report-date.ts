import type { Locale } from './edition-schema.ts';
import { fillMessage } from './fill-message.ts';
import type { ReportDate, Ui } from './schema.ts';

/** What formatting a date needs of an edition: its locale and its messages. */
export interface DateWords {
  locale: Pick<Locale, 'intl'>;
  ui: Pick<Ui, 'periodEarly' | 'periodMid' | 'periodLate' | 'dateMonthNote'>;
}

const PERIOD = { early: 'periodEarly', mid: 'periodMid', late: 'periodLate' } as const;

/**
 * A report's date as readers see it, in the edition's language: exactly as precise as the
 * record. A month without a year keeps its note ("September (year unconfirmed)"); nothing is
 * filled in. Day and month come from Intl; the note's and the period's wording from ui.json.
 */
export function formatReportDate(date: ReportDate, words: DateWords): string {
  const intl = words.locale.intl;
  switch (date.precision) {
    case 'day': {
      const [y, m, d] = date.value.split('-').map(Number);
      return new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
    }
    case 'month': {
      const month = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, date.month - 1, 1));
      return fillMessage(words.ui.dateMonthNote, { month, note: date.note }).join('');
    }
    case 'period':
      return fillMessage(words.ui[PERIOD[date.part]], { year: new Intl.NumberFormat(intl, { useGrouping: false }).format(date.year) }).join('');
  }
}

/** A machine-readable form for <time datetime>, only when the record has one. */
export function machineReadableDate(date: ReportDate): string | undefined {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'period') return String(date.year);
  return undefined;
}
