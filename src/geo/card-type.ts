/**
 * How the social cards set text, as far as drawing it goes: which characters are drawn with an
 * edition's CJK face, the font-family lists, and the tracking rule. Pure, so the map's layers
 * (src/components/map) draw card labels with it; the widths, which read the font files, are
 * build code (src/build/social/card-text.ts).
 *
 * Latin (and everything else DejaVu covers) is drawn with DejaVu's fonts. Hangul, Han, kana and
 * CJK punctuation are drawn with the edition's CJK face (CJK_FACES: Noto Sans KR for Korean,
 * Noto Sans SC for Simplified Chinese, whose glyphs for the same ideograph differ), which the
 * build subsets to the characters the cards draw. resvg picks one font for a run of text and
 * falls back to another for a character that font lacks, so a card does not leave CJK to
 * fallback: every run of it names the face (a `<tspan>`).
 */

/** The CJK face of each language that has one (a BCP 47 language subtag), by family name. */
export const CJK_FACES = { ko: 'Noto Sans KR', zh: 'Noto Sans SC' } as const;
export type CjkFamily = (typeof CJK_FACES)[keyof typeof CJK_FACES];

/**
 * The CJK face a card in `lang` draws CJK characters with: its language's, or Noto Sans KR for a
 * language without one (an English card quoting a Korean name).
 */
export function cjkFamily(lang: string | undefined): CjkFamily {
  const language = (lang ?? '').split('-')[0]?.toLowerCase() ?? '';
  return language in CJK_FACES ? CJK_FACES[language as keyof typeof CJK_FACES] : CJK_FACES.ko;
}

const SERIF = 'DejaVu Serif';
const SANS = 'DejaVu Sans';

/**
 * Characters drawn with the CJK face: Hangul jamo and syllables, CJK punctuation, kana, enclosed
 * CJK, ideographs and full-width forms. All in the Basic Multilingual Plane.
 */
const CJK_RANGES: readonly (readonly [number, number])[] = [
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

/** Whether a character is drawn with the CJK face rather than DejaVu. */
export function usesCjkFace(codePoint: number): boolean {
  return CJK_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** Whether any character of `text` is drawn with the CJK face. */
export function hasCjk(text: string): boolean {
  for (const ch of text) if (usesCjkFace(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

/** A stretch of text drawn with one font. */
export interface TextRun {
  text: string;
  cjk: boolean;
}

/** `text` cut into runs for DejaVu and for the CJK face (spaces go with DejaVu). */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    const cjk = usesCjkFace(ch.codePointAt(0) ?? 0);
    const last = runs[runs.length - 1];
    if (last && last.cjk === cjk) last.text += ch;
    else runs.push({ text: ch, cjk });
  }
  return runs;
}

/**
 * The `font-family` list of a card's text in a language: DejaVu, then (for a language with a CJK
 * face) that face, as CSS would fall back. resvg needs the tspans on top of this (see the top of
 * this file); the list tells any other renderer of the SVG what the card means.
 */
export function fontFamily(style: 'sans' | 'serif', lang?: string): string {
  const base = style === 'serif' ? SERIF : SANS;
  const language = (lang ?? '').split('-')[0]?.toLowerCase() ?? '';
  return language in CJK_FACES ? `${base}, '${cjkFamily(lang)}'` : base;
}

/**
 * The letter spacing a card sets a label or line with: its own for Latin (capitals tracked out);
 * none when it has CJK, which has no capitals to track (uppercasing leaves it as it is).
 */
export function cardTracking(text: string, letterSpacing: number | undefined): number {
  return hasCjk(text) ? 0 : (letterSpacing ?? 0);
}
