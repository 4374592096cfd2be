import { describe, expect, it } from 'vitest';
import { formatReportDate, machineReadableDate, type DateWords } from './format-report-date.ts';

const en: DateWords = {
  locale: { intl: 'en-GB' },
  ui: {
    dateNoYear: '{date} (no year printed)',
    dateUndated: 'undated',
    dateUndatedNote: 'undated ({note})',
  },
};
const ko: DateWords = {
  locale: { intl: 'ko-KR' },
  ui: {
    dateNoYear: '{date}(연도 표기 없음)',
    dateUndated: '날짜 표기 없음',
    dateUndatedNote: '날짜 표기 없음({note})',
  },
};

describe('formatReportDate', () => {
  it('shows a full date only when the record has one, as the edition writes dates', () => {
    expect(formatReportDate({ precision: 'day', value: '2023-01-21' }, en)).toBe('21 January 2023');
    expect(formatReportDate({ precision: 'day', value: '2023-01-21' }, ko)).toBe('2023년 1월 21일');
    expect(machineReadableDate({ precision: 'day', value: '2023-01-21' })).toBe('2023-01-21');
  });
  it('never adds a year the text does not print', () => {
    const date = { precision: 'day-month', month: 2, day: 5 } as const;
    expect(formatReportDate(date, en)).toBe('5 February (no year printed)');
    expect(formatReportDate(date, ko)).toBe('2월 5일(연도 표기 없음)');
    expect(formatReportDate(date, en)).not.toMatch(/\d{4}/);
    expect(machineReadableDate(date)).toBeUndefined();
  });
  it('says "undated", with its note, when the text prints no date of its own', () => {
    expect(formatReportDate({ precision: 'undated' }, en)).toBe('undated');
    expect(
      formatReportDate({ precision: 'undated', note: 'its source spoke on 17 September' }, en),
    ).toBe('undated (its source spoke on 17 September)');
    expect(formatReportDate({ precision: 'undated' }, ko)).toBe('날짜 표기 없음');
    expect(machineReadableDate({ precision: 'undated' })).toBeUndefined();
  });
});
