import { describe, expect, it } from 'vitest';
import { provincesOf, provinceTones } from './provinces-of.ts';

const shape = (id: string, country: string) => ({
  id,
  country,
  d: '',
  bounds: [
    [0, 0],
    [1, 1],
  ] as const,
});
const world = { provinces: [shape('KP-01', 'KP'), shape('KP-02', 'KP'), shape('CN-JL', 'CN')] };

describe('provincesOf', () => {
  it('expands a country to its provinces and keeps a province as itself', () => {
    expect(provincesOf(world, 'KP')).toEqual(['KP-01', 'KP-02']);
    expect(provincesOf(world, 'CN-JL')).toEqual(['CN-JL']);
    expect(provincesOf(world, 'KR')).toEqual([]);
  });
});

describe('provinceTones', () => {
  it('shades each province once, the first group listed winning', () => {
    const tones = provinceTones(world, [
      { regions: ['KP-01'], tone: 'primary' },
      { regions: ['KP'], tone: 'secondary' },
    ]);
    expect([...tones].sort()).toEqual([
      ['KP-01', 'primary'],
      ['KP-02', 'secondary'],
    ]);
  });
});
