import { describe, expect, it } from 'vitest';
import { formatReportDate, machineReadableDate } from './format-report-date.ts';

describe('formatReportDate', () => {
  it('shows a full date only when the record has a day', () => {
    expect(formatReportDate({ precision: 'day', value: '2023-02-05' })).toBe('5 February 2023');
  });
  it('never adds a year the record lacks', () => {
    const text = formatReportDate({ precision: 'month', month: 9, note: 'year unconfirmed', basis: 'x' });
    expect(text).toBe('September (year unconfirmed)');
    expect(text).not.toMatch(/\d{4}/);
    expect(machineReadableDate({ precision: 'month', month: 9, note: 'year unconfirmed', basis: 'x' })).toBeUndefined();
  });
  it('shows a period as written', () => {
    expect(formatReportDate({ precision: 'period', text: 'early 2023', basis: 'x' })).toBe('early 2023');
    expect(machineReadableDate({ precision: 'period', text: 'early 2023', basis: 'x' })).toBe('2023');
  });
});
