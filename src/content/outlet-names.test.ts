/**
 * Names and number words in text written without spaces between words (Chinese): a Han character
 * beside a name is no part of it, while Latin and Hangul words keep their edges.
 */
import { describe, expect, it } from 'vitest';
import { namesOutlet, outletsNamedIn } from './outlet-names.ts';
import { numbersIn } from './check-translation.ts';
import type { CheckWords } from './edition-schema.ts';

const outlets = [
  { id: 'daily-nk', aliases: ['Daily NK'] },
  { id: 'ani', aliases: ['ANI'] },
  { id: 'voa', aliases: ['美国之音', 'VOA'] },
];

describe('namesOutlet in Han text', () => {
  it('finds a Latin or Han name run together with Han words', () => {
    expect(outletsNamedIn('据Daily NK报道，ANI补充说', outlets)).toEqual(['daily-nk', 'ani']);
    expect(outletsNamedIn('据美国之音报道', outlets)).toEqual(['voa']);
    expect(namesOutlet('先后援引美国之音、VOA和', outlets[2] ?? { aliases: [] })).toBe(true);
  });
  it('still keeps the edges of Latin and Hangul words', () => {
    expect(outletsNamedIn('ANIMAL', outlets)).toEqual([]);
    expect(outletsNamedIn('The ANI copy', outlets)).toEqual(['ani']);
    expect(namesOutlet('데일리NK는', { aliases: ['데일리NK'] })).toBe(false);
    expect(namesOutlet('데일리NK는', { aliases: ['데일리NK'] }, 'prefix')).toBe(true);
  });
});

describe('numbersIn', () => {
  const words = (numberWords: Record<string, number>) =>
    ({ numberWords }) as Pick<CheckWords, 'numberWords'> as CheckWords;
  it('reads a Chinese number word inside running Han text', () => {
    expect([...numbersIn('5篇报道中有三篇称', words({ 三: 3, 五: 5 }))]).toEqual([5, 3]);
    expect([...numbersIn('北京和天津两座城市', words({ 两: 2 }))]).toEqual([2]);
  });
  it('keeps word edges for Latin and Hangul number words', () => {
    expect([...numbersIn('someone said', words({ one: 1 }))]).toEqual([]);
    expect([...numbersIn('one of five', words({ one: 1, five: 5 }))]).toEqual([1, 5]);
    expect([...numbersIn('두 곳', words({ 두: 2 }))]).toEqual([2]);
    expect([...numbersIn('두만강', words({ 두: 2 }))]).toEqual([]);
  });
});
