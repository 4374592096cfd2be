/**
 * How the social cards set text, as far as drawing it goes: which characters are drawn with the
 * Korean face, the font-family lists, and the tracking rule. Pure, so the map's layers
 * (src/components/map) draw card labels with it; the widths, which read the font files, are
 * build code (src/build/social/card-text.ts).
 *
 * Latin (and everything else DejaVu covers) is drawn with DejaVu's fonts. Hangul, and the CJK
 * characters that go with it, is drawn with Noto Sans KR, which the build subsets to the
 * characters the cards draw. resvg picks one font for a run of text and falls back to another
 * for a character that font lacks, so a card does not leave Hangul to fallback: every run of it
 * names Noto Sans KR (a `<tspan>`).
 */

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

/** Whether a BCP 47 language tag is Korean ("ko", "ko-KR", "ko-Kore-KR"...). */
export function isKorean(lang: string | undefined): boolean {
  return lang !== undefined && /^ko(-|$)/i.test(lang);
}

/**
 * The `font-family` list of a card's text in a language: DejaVu, then (for Korean) Noto
 * Sans KR, as CSS would fall back. resvg needs the tspans on top of this (see the top of this
 * file); the list tells any other renderer of the SVG what the card means.
 */
export function fontFamily(style: 'sans' | 'serif', lang?: string): string {
  const base = style === 'serif' ? SERIF : SANS;
  return isKorean(lang) ? `${base}, '${HANGUL_FAMILY}'` : base;
}

/**
 * The letter spacing a card sets a label or line with: its own for Latin (capitals tracked out);
 * none when it has Hangul, which has no capitals to track (uppercasing leaves it as it is).
 */
export function cardTracking(text: string, letterSpacing: number | undefined): number {
  return hasHangul(text) ? 0 : (letterSpacing ?? 0);
}
