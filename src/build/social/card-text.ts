/**
 * How the cards measure text in more than one script, and find the Hangul they draw. Latin (and
 * everything else DejaVu covers) is measured with DejaVu's widths (src/geo/text-metrics.ts).
 * Hangul, and the CJK characters that go with it, is drawn with Noto Sans KR, subset at build
 * time to the characters the cards draw (card-fonts.ts), and measured with that font's own
 * advance widths: a syllable is 0.92 em, not the full em text-metrics.ts assumes. Which
 * characters go to which font, and the font-family lists, are src/geo/card-type.ts.
 *
 * resvg gets no system fonts, only DejaVu's files and the subsets (write-social-images.ts), so
 * no Korean font installed on the machine can stand in for the subset, and the card is the same
 * on any machine.
 */
import { notoSansKr, type HangulWeight } from '../fonts/noto-sans-kr.ts';
import { HANGUL_FAMILY, hasHangul, textRuns, usesHangulFont } from '../../geo/card-type.ts';
import { textWidth, type FontKey } from '../../geo/text-metrics.ts';

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

/** A BCP 47 language tag, shaped well enough to go into an attribute; throws otherwise. */
export function checkLang(lang: string): string {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang))
    throw new Error(`social images: "${lang}" is not a BCP 47 language tag`);
  return lang;
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
