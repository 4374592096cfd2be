/**
 * Node-only, build time: the fonts the cards embed. After the cards' SVG is built, the
 * characters they draw with the Korean font are collected per weight (card-text.ts), and Noto
 * Sans KR is cut down to exactly those glyphs, so resvg loads a few KB instead of 6 MB a
 * weight. resvg-js (2.6) takes fonts as files only, so the subsets are written to a temporary
 * folder for the render and removed after it. Same cards, same subsets, same bytes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notoSansKr, type HangulWeight } from '../fonts/noto-sans-kr.ts';
import { subsetTrueType } from '../fonts/sfnt.ts';
import { HANGUL_FAMILY, hangulCodePoints } from './card-text.ts';

/** A subset of Noto Sans KR that one weight of the cards needs. */
export interface HangulSubset {
  weight: HangulWeight;
  /** How many characters it maps. */
  characters: number;
  font: Uint8Array;
}

/**
 * Noto Sans KR, per weight, cut down to the characters `svgs` draw with it, under the family
 * name the cards ask for (HANGUL_FAMILY). None when the cards draw no Hangul.
 *
 * @throws Error when a card draws a character Noto Sans KR does not have (it would be a box).
 */
export function hangulSubsets(svgs: Iterable<string>): HangulSubset[] {
  const subsets: HangulSubset[] = [];
  for (const [weight, codePoints] of hangulCodePoints(svgs)) {
    if (codePoints.size === 0) continue;
    const full = notoSansKr(weight);
    for (const cp of codePoints) {
      if (full.glyphId(cp) === 0)
        throw new Error(
          `social images: Noto Sans KR has no glyph for ` +
            `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ` +
            `("${String.fromCodePoint(cp)}")`,
        );
    }
    subsets.push({
      weight,
      characters: codePoints.size,
      font: subsetTrueType(full.data, codePoints, { family: HANGUL_FAMILY }),
    });
  }
  return subsets;
}

/**
 * Runs `render` with the subsets written to font files (paths in weight order), then removes them.
 */
export function withFontFiles<T>(
  subsets: readonly HangulSubset[],
  render: (fontFiles: string[]) => T,
): T {
  if (subsets.length === 0) return render([]);
  const dir = mkdtempSync(join(tmpdir(), 'social-fonts-'));
  try {
    const files = subsets.map((s) => {
      const file = join(dir, `noto-sans-kr-card-${s.weight}.ttf`);
      writeFileSync(file, s.font);
      return file;
    });
    return render(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
