import { describe, expect, it } from 'vitest';
import { formatReportDate, machineReadableDate, type DateWords } from './format-report-date.ts';

const en: DateWords = { locale: { intl: 'en-GB' }, ui: { periodEarly: 'early {year}', periodMid: 'mid-{year}', periodLate: 'late {year}', dateMonthNote: '{month} ({note})' } };
const ko: DateWords = { locale: { intl: 'ko-KR' }, ui: { periodEarly: '{year}년 초', periodMid: '{year}년 중반', periodLate: '{year}년 말', dateMonthNote: '{month}({note})' } };

describe('formatReportDate', () => {
  it('shows a full date only when the record has a day, as the edition writes dates', () => {
    expect(formatReportDate({ precision: 'day', value: '2023-02-05' }, en)).toBe('5 February 2023');
    expect(formatReportDate({ precision: 'day', value: '2023-02-05' }, ko)).toBe('2023년 2월 5일');
  });
  it('never adds a year the record lacks', () => {
    const date = { precision: 'month', month: 9, note: 'year unconfirmed', basis: 'x' } as const;
    expect(formatReportDate(date, en)).toBe('September (year unconfirmed)');
    expect(formatReportDate({ ...date, note: '연도 미확인' }, ko)).toBe('9월(연도 미확인)');
    expect(formatReportDate(date, en)).not.toMatch(/\d{4}/);
    expect(machineReadableDate(date)).toBeUndefined();
  });
  it('words a period through the edition\'s messages', () => {
    const date = { precision: 'period', part: 'early', year: 2023, basis: 'x' } as const;
    expect(formatReportDate(date, en)).toBe('early 2023');
    expect(formatReportDate(date, ko)).toBe('2023년 초');
    expect(machineReadableDate(date)).toBe('2023');
  });
});
