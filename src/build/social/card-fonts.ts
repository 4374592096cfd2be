/**
 * Node-only, build time: the fonts the cards embed. After the cards' SVG is built, the
 * characters they draw with the Korean font are collected per weight (card-text.ts), and Noto
 * Sans KR is cut down to exactly those glyphs by HarfBuzz's subsetter (`subset-font`), so resvg
 * loads a few KB instead of 6 MB a weight. resvg-js (2.6) takes fonts as files only, so the
 * subsets are written to a temporary folder for the render and removed after it. Same cards,
 * same subsets, same bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { notoSansKrFile, type HangulWeight } from '../fonts/noto-sans-kr.ts';
import { hangulCodePoints, hangulFont } from './card-text.ts';

/** A subset of Noto Sans KR that one weight of the cards needs. */
export interface HangulSubset {
  weight: HangulWeight;
  /** How many characters it maps. */
  characters: number;
  font: Uint8Array;
}

/**
 * Noto Sans KR, per weight, cut down to the characters `svgs` draw with it. None when the
 * cards draw no Hangul.
 *
 * @throws Error when a card draws a character Noto Sans KR does not have (it would be a box).
 */
export async function hangulSubsets(svgs: Iterable<string>): Promise<HangulSubset[]> {
  const subsets: HangulSubset[] = [];
  for (const [weight, codePoints] of hangulCodePoints(svgs)) {
    if (codePoints.size === 0) continue;
    for (const cp of codePoints) hangulFont(cp, weight);
    const text = String.fromCodePoint(...[...codePoints].sort((a, b) => a - b));
    const font = await subsetFont(readFileSync(notoSansKrFile(weight)), text, {
      targetFormat: 'truetype',
    });
    subsets.push({ weight, characters: codePoints.size, font });
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
      const file = join(dir, `noto-sans-kr-${s.weight}.ttf`);
      writeFileSync(file, s.font);
      return file;
    });
    return render(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
