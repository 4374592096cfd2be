import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureDates } from './capture-notes.ts';

describe('captureDates', () => {
  it('reads the date cell of each report row of the real capture notes', () => {
    const dates = captureDates(readFileSync('data/capture/SOURCES.md', 'utf8'));
    expect(Object.keys(dates).sort()).toEqual(['ani-2023-02-05', 'ctn-news-2023', 'daily-nk-september', 'mint-2023-01-21', 'voices-against-autocracy-2023']);
    expect(dates['mint-2023-01-21']).toBe('2023-01-21');
    expect(dates['daily-nk-september']).toMatch(/^a September; the capture prints no year/);
  });

  it('finds no rows in a table without file and date columns', () => {
    expect(captureDates('| a | b |\n|---|---|\n| x.txt | 2023-01-01 |')).toEqual({});
  });
});
