/**
 * How the cards set text in more than one script. Latin (and everything else DejaVu covers)
 * is drawn with DejaVu's fonts and measured with their widths
 * (src/geo/text-metrics.ts). Hangul, and the CJK characters that go with it, is drawn with
 * Noto Sans KR, subset at build time to the characters the cards draw (card-fonts.ts), and
 * measured with that font's own advance widths: a syllable is 0.92 em, not the full em
 * text-metrics.ts assumes.
 *
 * resvg picks one font for a run of text and, for a character that font lacks, falls back to
 * another font of its database that has it. So the SVG does not leave Hangul to fallback:
 * every run of it is a `<tspan>` naming Noto Sans KR. resvg gets no system fonts, only
 * DejaVu's files and the subsets (write-social-images.ts), so no Korean font installed on the
 * machine can stand in for the subset, and the card is the same on any machine.
 */
import { notoSansKr, type HangulWeight } from '../fonts/noto-sans-kr.ts';
import { textWidth, type FontKey } from '../../geo/text-metrics.ts';

/** The family name of Noto Sans KR, which its subsets keep: what the cards ask resvg for. */
export const HANGUL_FAMILY = 'Noto Sans KR';

const SERIF = 'DejaVu Serif';
const SANS = 'DejaVu Sans';

/**
 * Characters drawn with the Korean font: Hangul jamo and syllables, CJK punctuation, kana,
 * enclosed CJK, ideographs (Hanja) and full-width forms. All in the Basic Multilingual Plane.
 */
const HANGUL_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3130, 0x318f], // Hangul Compatibility Jamo
  [0x3200, 0x32ff], // Enclosed CJK Letters and Months
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7af], // Hangul Syllables
  [0xd7b0, 0xd7ff], // Hangul Jamo Extended-B
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xff01, 0xff60], // Full-width forms
  [0xffe0, 0xffe6], // Full-width signs
];

/** Whether a character is drawn with the Korean font rather than DejaVu. */
export function usesHangulFont(codePoint: number): boolean {
  return HANGUL_FONT_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** Whether any character of `text` is drawn with the Korean font. */
export function hasHangul(text: string): boolean {
  for (const ch of text) if (usesHangulFont(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

/** A stretch of text drawn with one font. */
export interface TextRun {
  text: string;
  hangul: boolean;
}

/** `text` cut into runs for DejaVu and for the Korean font (spaces go with DejaVu). */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    const hangul = usesHangulFont(ch.codePointAt(0) ?? 0);
    const last = runs[runs.length - 1];
    if (last && last.hangul === hangul) last.text += ch;
    else runs.push({ text: ch, hangul });
  }
  return runs;
}

/** The Korean font's weight for a DejaVu face: Sans Book is 400, the bold faces 700. */
export function hangulWeight(font: FontKey): HangulWeight {
  return font === 'sans' ? 400 : 700;
}

/**
 * Noto Sans KR at `weight`, checked to have a glyph for `codePoint`.
 *
 * @throws Error when the font lacks it: the card would draw a box.
 */
export function hangulFont(codePoint: number, weight: HangulWeight) {
  const face = notoSansKr(weight);
  if (!face.hasGlyphForCodePoint(codePoint))
    throw new Error(
      `Noto Sans KR has no glyph for "${String.fromCodePoint(codePoint)}" ` +
        `(U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}): it would draw as a box`,
    );
  return face;
}

/** Advance width in px of a run of the Korean font, from its hmtx. */
function hangulRunWidth(run: string, fontSize: number, font: FontKey): number {
  let em = 0;
  for (const ch of run) {
    const cp = ch.codePointAt(0) ?? 0;
    const face = hangulFont(cp, hangulWeight(font));
    em += face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
  }
  return em * fontSize;
}

/**
 * Width in px of `text` as a card draws it at `fontSize` in a DejaVu face (`font`), plus
 * `letterSpacing` after each character: DejaVu's widths for its runs, Noto Sans KR's real
 * advances (same weight) for Hangul runs. Text without Hangul measures exactly as
 * `textWidth` does, and never loads the Korean font.
 */
export function cardTextWidth(
  text: string,
  fontSize: number,
  font: FontKey,
  letterSpacing = 0,
): number {
  if (!hasHangul(text)) return textWidth(text, fontSize, font, letterSpacing);
  let width = 0;
  let count = 0;
  for (const run of textRuns(text)) {
    width += run.hangul
      ? hangulRunWidth(run.text, fontSize, font)
      : textWidth(run.text, fontSize, font);
    count += [...run.text].length;
  }
  return width + letterSpacing * count;
}

/** Whether a BCP 47 language tag is Korean ("ko", "ko-KR", "ko-Kore-KR"...). */
export function isKorean(lang: string | undefined): boolean {
  return lang !== undefined && /^ko(-|$)/i.test(lang);
}

/** A BCP 47 language tag, shaped well enough to go into an attribute; throws otherwise. */
export function checkLang(lang: string): string {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang))
    throw new Error(`social images: "${lang}" is not a BCP 47 language tag`);
  return lang;
}

/**
 * The `font-family` list of a card's text in a language: DejaVu, then (for Korean) Noto
 * Sans KR, as CSS would fall back. resvg needs the tspans on top of this (see the
 * top of this file); the list tells any other renderer of the SVG what the card means.
 */
export function fontFamily(style: 'sans' | 'serif', lang?: string): string {
  const base = style === 'serif' ? SERIF : SANS;
  return isKorean(lang) ? `${base}, '${HANGUL_FAMILY}'` : base;
}

/** The attribute that puts a run of Hangul in Noto Sans KR. */
export const HANGUL_TSPAN = `<tspan font-family="'${HANGUL_FAMILY}'">`;

/**
 * Every character the cards draw with the Korean font, by weight, read from the cards' SVG:
 * the text of each `<text>` element, at its `font-weight` (400 when none).
 */
export function hangulCodePoints(svgs: Iterable<string>): Map<HangulWeight, Set<number>> {
  const byWeight = new Map<HangulWeight, Set<number>>([
    [400, new Set()],
    [700, new Set()],
  ]);
  for (const svg of svgs) {
    for (const [, attributes, body] of svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
      const weight: HangulWeight = /font-weight="(bold|[6-9]00)"/.test(attributes ?? '')
        ? 700
        : 400;
      const set = byWeight.get(weight)!;
      for (const ch of (body ?? '').replace(/<[^>]*>/g, '')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (usesHangulFont(cp)) set.add(cp);
      }
    }
  }
  return byWeight;
}
