/**
 * Text widths without a browser, for label placement (page, embed, /read/ and the social cards
 * alike) and the cards' text panel. Advance widths per printable ASCII character (32–126), in
 * 1/100 em, measured once from DejaVu Serif Bold, DejaVu Sans Bold and DejaVu Sans Book: the
 * cards render with exactly these (resvg, system fonts), and for the page's system-ui they
 * are a wide, so safe, stand-in. Hangul and CJK ideographs count a full em (a Korean edition's
 * labels measure right); any other character 0.6 em. Italic is taken as wide as upright.
 * Kerning is ignored, so an estimate may be off by a few per cent: layouts keep a margin.
 */

export type FontKey = 'serif-bold' | 'sans-bold' | 'sans';

const ADVANCES: Record<FontKey, readonly number[]> = {
  'serif-bold': [
    35, 44, 52, 84, 70, 95, 90, 31, 47, 47, 52, 84, 35, 42, 35, 37, 70, 70, 70, 70, 70, 70, 70, 70,
    70, 70, 37, 37, 84, 84, 84, 59, 100, 78, 85, 80, 87, 76, 71, 85, 94, 47, 47, 87, 70, 111, 91,
    87, 75, 87, 83, 70, 71, 87, 78, 112, 78, 71, 73, 47, 37, 47, 84, 50, 50, 65, 70, 61, 70, 64, 41,
    70, 73, 38, 36, 69, 38, 106, 73, 67, 70, 70, 53, 56, 46, 73, 58, 86, 60, 58, 57, 64, 36, 64, 84,
  ],
  'sans-bold': [
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
    70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84,
    85, 73, 85, 77, 68, 70, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 41,
    72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
  ],
  sans: [
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 34, 34, 84, 84, 84, 53, 100, 71, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
    60, 79, 69, 63, 59, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 34, 63,
    63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 39, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
  ],
};

/** A few common non-ASCII characters of English copy. */
const EXTRA: Readonly<Record<string, number>> = {
  '\u2013': 50, // en dash
  '\u2014': 100, // em dash
  '\u2018': 35,
  '\u2019': 35,
  '\u201C': 55,
  '\u201D': 55, // curly quotes
  '\u2026': 100, // ellipsis
  '\u00A0': 35, // no-break space
  '\u00B7': 33, // middle dot (Korean lists: 백신·검사·치료), between DejaVu Sans's 32 and Serif Bold's 35
};

/**
 * Estimated advance width of `text` in px at `fontSize`, plus `letterSpacing` after each character.
 */
export function textWidth(
  text: string,
  fontSize: number,
  font: FontKey,
  letterSpacing = 0,
): number {
  const table = ADVANCES[font];
  let units = 0;
  let count = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units +=
      (code >= 32 && code <= 126
        ? table[code - 32]
        : (EXTRA[ch] ?? (isFullWidth(code) ? 100 : undefined))) ?? 60;
    count++;
  }
  return (units / 100) * fontSize + letterSpacing * count;
}

/**
 * Hangul (jamo, compatibility jamo, syllables), CJK punctuation, kana, ideographs, full-width
 * forms.
 */
function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xff00 && code <= 0xff60)
  );
}

/**
 * Greedy word wrap: words joined by single spaces into lines no wider than `maxWidth`.
 * A single word wider than the line gets a line of its own, or with `breakLongWords` is cut
 * into pieces that fit.
 */
export function wrapWords(
  text: string,
  maxWidth: number,
  measure: (line: string) => number,
  breakLongWords = false,
): string[] {
  let words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (breakLongWords)
    words = words.flatMap((w) => (measure(w) > maxWidth ? splitWord(w, maxWidth, measure) : [w]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts a word into pieces no wider than `maxWidth` (at least one letter each, never half a syllable
 * or an accent).
 */
function splitWord(word: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment: ch } of graphemes.segment(word)) {
    if (piece !== '' && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else {
      piece += ch;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
