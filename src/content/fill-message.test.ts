import { describe, expect, it } from 'vitest';
import { fillMessage, joinList } from './fill-message.ts';

describe('fillMessage', () => {
  it("fills placeholders with strings or other values, in the message's own order", () => {
    expect(
      fillMessage('{origin}, repeated by {reports}', { origin: 'NK News', reports: { n: 3 } }),
    ).toEqual(['NK News', ', repeated by ', { n: 3 }]);
    expect(fillMessage('{reports}、出典なし', { reports: 'X' })).toEqual(['X', '、出典なし']);
  });
  it('leaves an unknown placeholder as written', () => {
    expect(fillMessage('a {b} c', {})).toEqual(['a {b} c']);
  });
});

describe('joinList', () => {
  it("joins by the locale's rules", () => {
    expect(joinList(['Mint', 'CTN News', 'ANI'], 'en-GB').join('')).toBe('Mint, CTN News and ANI');
    expect(joinList(['Mint', 'CTN News', 'ANI'], 'en-US').join('')).toBe('Mint, CTN News, and ANI');
    expect(joinList(['a', 'b'], 'ko').join('')).toMatch(/^a.+b$/);
    // The Korean edition joins with its press's middle dot, not Intl's "및".
    expect(
      joinList(['민트', 'CTN뉴스', 'ANI'], { intl: 'ko-KR', listSeparator: '·' }).join(''),
    ).toBe('민트·CTN뉴스·ANI');
    // Titles may hold the mark themselves: a list of them takes a comma.
    expect(
      joinList(
        ['기사 첫머리', '백신·검사·치료도 없다'],
        { intl: 'ko-KR', listSeparator: '·' },
        'titles',
      ).join(''),
    ).toBe('기사 첫머리, 백신·검사·치료도 없다');
  });
  it('keeps the items themselves, not their text', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const joined = joinList([a, b], 'en-GB');
    expect(joined[0]).toBe(a);
    expect(joined[2]).toBe(b);
    expect(joinList([a], 'en-GB')).toEqual([a]);
  });
});
