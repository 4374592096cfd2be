import type { ReportDate } from './schema.ts';

const monthName = (month: number) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

/**
 * A report's date as readers see it: exactly as precise as the record. A month without a
 * year keeps its note ("September (year unconfirmed)"); nothing is filled in.
 */
export function formatReportDate(date: ReportDate): string {
  switch (date.precision) {
    case 'day': {
      const [y, m, d] = date.value.split('-').map(Number);
      return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
    }
    case 'month':
      return `${monthName(date.month)} (${date.note})`;
    case 'period':
      return date.text;
  }
}

/** A machine-readable form for <time datetime>, only when the record has one. */
export function machineReadableDate(date: ReportDate): string | undefined {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'period') return /\d{4}/.exec(date.text)?.[0];
  return undefined;
}
