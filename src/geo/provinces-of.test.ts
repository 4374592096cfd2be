import { describe, expect, it } from 'vitest';
import { provincesOf } from './provinces-of.ts';

const shape = (id: string, country: string) => ({ id, country, d: '', bounds: [[0, 0], [1, 1]] as const });
const world = { provinces: [shape('KP-01', 'KP'), shape('KP-02', 'KP'), shape('CN-JL', 'CN')] };

describe('provincesOf', () => {
  it('expands a country to its provinces and keeps a province as itself', () => {
    expect(provincesOf(world, 'KP')).toEqual(['KP-01', 'KP-02']);
    expect(provincesOf(world, 'CN-JL')).toEqual(['CN-JL']);
    expect(provincesOf(world, 'KR')).toEqual([]);
  });
});
