import { describe, expect, it } from 'vitest';
import { provincesOf } from './provinces-of.ts';

const world = { provinces: [{ id: 'KP-01', country: 'KP', d: '' }, { id: 'KP-02', country: 'KP', d: '' }, { id: 'CN-JL', country: 'CN', d: '' }] };

describe('provincesOf', () => {
  it('expands a country to its provinces and keeps a province as itself', () => {
    expect(provincesOf(world, 'KP')).toEqual(['KP-01', 'KP-02']);
    expect(provincesOf(world, 'CN-JL')).toEqual(['CN-JL']);
    expect(provincesOf(world, 'KR')).toEqual([]);
  });
});
