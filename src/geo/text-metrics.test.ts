import { describe, expect, it } from 'vitest';
import { textWidth, wrapWords } from './text-metrics.ts';

describe('textWidth', () => {
  it('scales with the font size and adds letter spacing per character', () => {
    expect(textWidth('Hello', 20, 'sans')).toBeCloseTo(textWidth('Hello', 10, 'sans') * 2);
    expect(textWidth('abc', 10, 'sans', 2)).toBeCloseTo(textWidth('abc', 10, 'sans') + 6);
    expect(textWidth('MMM', 10, 'serif-bold')).toBeGreaterThan(textWidth('iii', 10, 'serif-bold'));
    expect(textWidth('é\u2013', 10, 'sans')).toBeGreaterThan(0);
  });

  it("measures Hangul and CJK a full em per character, so a Korean edition's labels fit", () => {
    expect(textWidth('두만강', 10, 'sans')).toBeCloseTo(30);
    expect(textWidth('中国', 12, 'sans-bold')).toBeCloseTo(24);
  });
});

describe('wrapWords', () => {
  const measure = (line: string) => line.length;
  it('fills lines greedily', () => {
    expect(wrapWords('aa bb cc dd', 5, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('  one  ', 10, measure)).toEqual(['one']);
    expect(wrapWords('', 10, measure)).toEqual([]);
  });
  it('leaves a long word whole unless told to break it', () => {
    expect(wrapWords('abcdefgh ij', 3, measure)).toEqual(['abcdefgh', 'ij']);
    expect(wrapWords('abcdefgh ij', 3, measure, true)).toEqual(['abc', 'def', 'gh', 'ij']);
  });
});
