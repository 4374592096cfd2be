/**
 * Node-only, build time: the fonts the cards embed. After the cards' SVG is built, the
 * characters they draw with each CJK face are collected per weight (card-text.ts), and the face
 * is cut down to exactly those glyphs by HarfBuzz's subsetter (`subset-font`), so resvg loads a
 * few KB instead of 6–10 MB a weight. resvg-js (2.6) takes fonts as files only, so the subsets
 * are written to a temporary folder for the render and removed after it. Same cards, same
 * subsets, same bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { cjkFaceFile, type CjkWeight } from '../fonts/cjk-faces.ts';
import { CJK_FACES, type CjkFamily } from '../../geo/card-type.ts';
import { cjkCodePoints, cjkFaceFor } from './card-text.ts';

/** A subset of a CJK face that one weight of the cards needs. */
export interface CjkSubset {
  family: CjkFamily;
  weight: CjkWeight;
  /** How many characters it maps. */
  characters: number;
  font: Uint8Array;
}

const families: readonly string[] = Object.values(CJK_FACES);
const isFamily = (name: string): name is CjkFamily => families.includes(name);

/**
 * Each CJK face, per weight, cut down to the characters `svgs` draw with it. None when the cards
 * draw no CJK.
 *
 * @throws Error when a card draws a character its face does not have (it would be a box), or
 * names a face the build does not have.
 */
export async function cjkSubsets(svgs: Iterable<string>): Promise<CjkSubset[]> {
  const subsets: CjkSubset[] = [];
  const found = [...cjkCodePoints(svgs)].sort(([a], [b]) => a.localeCompare(b));
  for (const [key, codePoints] of found) {
    if (codePoints.size === 0) continue;
    const [family = '', weightText] = key.split(':');
    if (!isFamily(family)) throw new Error(`social images: no font file for "${family}"`);
    const weight = Number(weightText) as CjkWeight;
    for (const cp of codePoints) cjkFaceFor(cp, family, weight);
    const text = String.fromCodePoint(...[...codePoints].sort((a, b) => a - b));
    const font = await subsetFont(readFileSync(cjkFaceFile(family, weight)), text, {
      targetFormat: 'truetype',
    });
    subsets.push({ family, weight, characters: codePoints.size, font });
  }
  return subsets;
}

/**
 * Runs `render` with the subsets written to font files (paths in the subsets' order), then
 * removes them.
 */
export function withFontFiles<T>(
  subsets: readonly CjkSubset[],
  render: (fontFiles: string[]) => T,
): T {
  if (subsets.length === 0) return render([]);
  const dir = mkdtempSync(join(tmpdir(), 'social-fonts-'));
  try {
    const files = subsets.map((s) => {
      const file = join(dir, `${s.family.replace(/\s+/g, '-').toLowerCase()}-${s.weight}.ttf`);
      writeFileSync(file, s.font);
      return file;
    });
    return render(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
