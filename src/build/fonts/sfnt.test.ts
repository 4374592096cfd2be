import { describe, expect, it } from 'vitest';
import { notoSansKr } from './noto-sans-kr.ts';
import { readNames, readTables, subsetTrueType, TrueTypeFont } from './sfnt.ts';

const full = notoSansKr(700);
const text = '국경의 강을 건너 서해(황해)';
const codePoints = [...text].map((ch) => ch.codePointAt(0)!);
const subset = subsetTrueType(full.data, codePoints, { family: 'Test Family' });
const cut = new TrueTypeFont(subset);

/** The sum of a font file as 32-bit words: 0xB1B0AFBA when head.checkSumAdjustment is right. */
function fileSum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
  padded.set(data);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

describe('TrueTypeFont', () => {
  it(
    'reads Noto Sans KR: 1000 units per em, Hangul syllables 920 units wide, a missing ' +
      'character is glyph 0',
    () => {
      expect(full.unitsPerEm).toBe(1000);
      expect(full.numGlyphs).toBeGreaterThan(20000);
      for (const ch of '국경의강을건너')
        expect(full.advance(full.glyphId(ch.codePointAt(0)!))).toBe(920);
      expect(full.glyphId(0x10ffff)).toBe(0);
    },
  );

  it('rejects what is not a TrueType font', () => {
    expect(() => readTables(new TextEncoder().encode('not a font, not at all'))).toThrow(
      'not a TrueType font',
    );
  });
});

describe('subsetTrueType', () => {
  it('keeps .notdef and exactly the glyphs of the characters asked for', () => {
    const distinct = new Set(codePoints.filter((cp) => full.glyphId(cp) !== 0));
    expect(cut.numGlyphs).toBe(distinct.size + 1);
    expect(cut.glyphId(0x10ffff)).toBe(0);
    expect(cut.glyphId('북'.codePointAt(0)!)).toBe(0); // in the font, not asked for
  });

  it("keeps each character's outline, advance and side bearing byte for byte", () => {
    for (const cp of codePoints) {
      const [was, now] = [full.glyphId(cp), cut.glyphId(cp)];
      expect(now).toBeGreaterThan(0);
      expect(cut.advance(now)).toBe(full.advance(was));
      expect(cut.leftSideBearing(now)).toBe(full.leftSideBearing(was));
      const outline = full.glyphData(was);
      expect(cut.glyphData(now).subarray(0, outline.length)).toEqual(outline);
    }
  });

  it('is small, renamed, keeps the copyright and the licence, and has a valid checksum', () => {
    expect(subset.length).toBeLessThan(16 * 1024);
    const names = readNames(cut.tables);
    const source = readNames(full.tables);
    expect(names.get(1)).toBe('Test Family');
    expect(names.get(2)).toBe('Bold');
    expect(names.get(6)).toBe('TestFamily-Bold');
    expect(names.get(0)).toBe(source.get(0));
    expect(names.get(13)).toMatch(/SIL Open Font License/);
    expect(names.get(14)).toBe(source.get(14));
    expect([...cut.tables.keys()]).not.toContain('GSUB');
    expect(fileSum(subset)).toBe(0xb1b0afba);
  });

  it('is deterministic, whatever the order of the characters', () => {
    expect(subsetTrueType(full.data, [...codePoints].reverse(), { family: 'Test Family' })).toEqual(
      subset,
    );
  });

  it('leaves out characters the font lacks and refuses characters outside the BMP', () => {
    const withMissing = new TrueTypeFont(
      subsetTrueType(full.data, [0xac00, 0xe000], { family: 'Test Family' }),
    );
    expect(withMissing.numGlyphs).toBe(2);
    expect(() => subsetTrueType(full.data, [0x1f600], { family: 'Test Family' })).toThrow(
      'outside the BMP',
    );
  });
});
