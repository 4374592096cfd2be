/**
 * How the cards measure text in more than one script, and find the CJK they draw. Latin (and
 * everything else DejaVu covers) is measured with DejaVu's widths (src/geo/text-metrics.ts).
 * CJK is drawn with the edition's CJK face (src/geo/card-type.ts), subset at build time to the
 * characters the cards draw (card-fonts.ts), and measured with that font's own advance widths:
 * a Hangul syllable is 0.92 em, not the full em text-metrics.ts assumes.
 *
 * resvg gets no system fonts, only DejaVu's files and the subsets (write-social-images.ts), so
 * no CJK font installed on the machine can stand in for the subset, and the card is the same
 * on any machine.
 */
import { cjkFace, type CjkWeight } from '../fonts/cjk-faces.ts';
import { cjkFamily, hasCjk, textRuns, usesCjkFace, type CjkFamily } from '../../geo/card-type.ts';
import { textWidth, type FontKey } from '../../geo/text-metrics.ts';

/** The CJK face's weight for a DejaVu face: Sans Book is 400, the bold faces 700. */
export function cjkWeight(font: FontKey): CjkWeight {
  return font === 'sans' ? 400 : 700;
}

/**
 * A CJK face at `weight`, checked to have a glyph for `codePoint`.
 *
 * @throws Error when the font lacks it: the card would draw a box.
 */
export function cjkFaceFor(codePoint: number, family: CjkFamily, weight: CjkWeight) {
  const face = cjkFace(family, weight);
  if (!face.hasGlyphForCodePoint(codePoint))
    throw new Error(
      `${family} has no glyph for "${String.fromCodePoint(codePoint)}" ` +
        `(U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}): it would draw as a box`,
    );
  return face;
}

/** Advance width in px of a run of a CJK face, from its hmtx. */
function cjkRunWidth(run: string, fontSize: number, font: FontKey, family: CjkFamily): number {
  let em = 0;
  for (const ch of run) {
    const cp = ch.codePointAt(0) ?? 0;
    const face = cjkFaceFor(cp, family, cjkWeight(font));
    em += face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
  }
  return em * fontSize;
}

/**
 * Width in px of `text` as a card in `lang` draws it at `fontSize` in a DejaVu face (`font`),
 * plus `letterSpacing` after each character: DejaVu's widths for its runs, the CJK face's real
 * advances (same weight) for CJK runs. Text without CJK measures exactly as `textWidth` does,
 * and never loads a CJK face.
 */
export function cardTextWidth(
  text: string,
  fontSize: number,
  font: FontKey,
  letterSpacing = 0,
  lang?: string,
): number {
  if (!hasCjk(text)) return textWidth(text, fontSize, font, letterSpacing);
  const family = cjkFamily(lang);
  let width = 0;
  let count = 0;
  for (const run of textRuns(text)) {
    width += run.cjk
      ? cjkRunWidth(run.text, fontSize, font, family)
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

/** The start tag that puts a run of CJK in the face of a card in `lang`. */
export const cjkTspan = (lang: string | undefined) => `<tspan font-family="'${cjkFamily(lang)}'">`;

/**
 * Every character the cards draw with a CJK face, by face and weight, read from the cards' SVG:
 * each `<tspan>` naming a face, inside a `<text>` at its `font-weight` (400 when none).
 */
export function cjkCodePoints(svgs: Iterable<string>): Map<string, Set<number>> {
  const found = new Map<string, Set<number>>();
  for (const svg of svgs) {
    for (const [, attributes, body] of svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
      const weight: CjkWeight = /font-weight="(bold|[6-9]00)"/.test(attributes ?? '') ? 700 : 400;
      for (const [, quoted, text] of (body ?? '').matchAll(
        /<tspan font-family="([^"]*)">([^<]*)<\/tspan>/g,
      )) {
        const family = (quoted ?? '').replace(/&#x27;|&#39;|'/g, '');
        const key = `${family}:${weight}`;
        const set = found.get(key) ?? new Set<number>();
        for (const ch of text ?? '') {
          const cp = ch.codePointAt(0) ?? 0;
          if (usesCjkFace(cp)) set.add(cp);
        }
        found.set(key, set);
      }
    }
  }
  return found;
}
