import { describe, expect, it } from 'vitest';
import { fitCard, mapRange, type Clampable } from './compact-fit.ts';

const map = { max: 300, comfortable: 200, min: 140 };
const quote = (saving: number, open = false): Clampable => ({ kind: 'quote', saving, open });
const text = (saving: number, open = false): Clampable => ({ kind: 'text', saving, open });
const fit = (natural: number, clampables: Clampable[]) =>
  fitCard({ natural, budget: 1000, map, clampables });

describe('fitCard', () => {
  it('keeps the full map and every text when the card fits', () => {
    expect(fit(900, [text(80), quote(120)])).toEqual({ mapHeight: 300, clamped: [false, false] });
  });
  it('shrinks the map first, down to its comfortable height', () => {
    expect(fit(1060, [text(80), quote(120)])).toEqual({ mapHeight: 240, clamped: [false, false] });
    expect(fit(1100, [text(80), quote(120)])).toEqual({ mapHeight: 200, clamped: [false, false] });
  });
  it('then cuts the longest quotes short, giving the map back what they save', () => {
    expect(fit(1150, [text(80), quote(40), quote(120)])).toEqual({
      mapHeight: 270,
      clamped: [false, false, true],
    });
    expect(fit(1230, [text(80), quote(40), quote(120)])).toEqual({
      mapHeight: 230,
      clamped: [false, true, true],
    });
  });
  it('then shrinks the map to its least', () => {
    expect(fit(1300, [text(80), quote(40), quote(120)])).toEqual({
      mapHeight: 160,
      clamped: [false, true, true],
    });
  });
  it('cuts the step’s own text only as a last resort', () => {
    expect(fit(1350, [text(80), quote(40), quote(120)])).toEqual({
      mapHeight: 190,
      clamped: [true, true, true],
    });
    expect(fit(2000, [text(80)])).toEqual({ mapHeight: 140, clamped: [true] });
  });
  it('never cuts a text the reader opened, or one that would not get shorter', () => {
    expect(fit(1250, [quote(120, true), quote(-10), text(90, true)])).toEqual({
      mapHeight: 140,
      clamped: [false, false, false],
    });
  });
});

describe('mapRange', () => {
  it('scales with the card, within bounds', () => {
    expect(mapRange(336)).toEqual({ max: 269, comfortable: 180, min: 140 });
    expect(mapRange(700)).toEqual({ max: 352, comfortable: 350, min: 140 });
    expect(mapRange(100)).toEqual({ max: 160, comfortable: 160, min: 140 });
  });
});
