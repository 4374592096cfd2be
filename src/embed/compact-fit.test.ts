import { describe, expect, it } from 'vitest';
import { fitCard, mapRange, sameFit } from './compact-fit.ts';

const map = { max: 300, comfortable: 200, min: 140 };
const quote = (saving: number, open = false) => ({ saving, open });

describe('fitCard', () => {
  it('keeps the full map and every quote when the card fits', () => {
    expect(fitCard({ natural: 900, budget: 1000, map, quotes: [quote(120)] })).toEqual({ mapHeight: 300, clamped: [false] });
  });
  it('shrinks the map first, down to its comfortable height', () => {
    expect(fitCard({ natural: 1060, budget: 1000, map, quotes: [quote(120)] })).toEqual({ mapHeight: 240, clamped: [false] });
    expect(fitCard({ natural: 1100, budget: 1000, map, quotes: [quote(120)] })).toEqual({ mapHeight: 200, clamped: [false] });
  });
  it('then cuts the longest quotes short, giving the map back what they save', () => {
    expect(fitCard({ natural: 1150, budget: 1000, map, quotes: [quote(40), quote(120)] })).toEqual({ mapHeight: 270, clamped: [false, true] });
    expect(fitCard({ natural: 1230, budget: 1000, map, quotes: [quote(40), quote(120)] })).toEqual({ mapHeight: 230, clamped: [true, true] });
  });
  it('then shrinks the map to its least, and no further', () => {
    expect(fitCard({ natural: 1300, budget: 1000, map, quotes: [quote(40), quote(120)] })).toEqual({ mapHeight: 160, clamped: [true, true] });
    expect(fitCard({ natural: 2000, budget: 1000, map, quotes: [] })).toEqual({ mapHeight: 140, clamped: [] });
  });
  it('never cuts a quote the reader opened, or one that would not get shorter', () => {
    expect(fitCard({ natural: 1250, budget: 1000, map, quotes: [quote(120, true), quote(-10)] })).toEqual({ mapHeight: 140, clamped: [false, false] });
  });
});

describe('mapRange', () => {
  it('scales with the card, within bounds', () => {
    expect(mapRange(336)).toEqual({ max: 269, comfortable: 180, min: 140 });
    expect(mapRange(700)).toEqual({ max: 352, comfortable: 350, min: 140 });
    expect(mapRange(100)).toEqual({ max: 160, comfortable: 160, min: 140 });
  });
});

describe('sameFit', () => {
  it('compares height and every clamp', () => {
    expect(sameFit(null, { mapHeight: 1, clamped: [] })).toBe(false);
    expect(sameFit({ mapHeight: 1, clamped: [true] }, { mapHeight: 1, clamped: [true] })).toBe(true);
    expect(sameFit({ mapHeight: 1, clamped: [true] }, { mapHeight: 1, clamped: [false] })).toBe(false);
  });
});
