/**
 * Addresses that open a report's page at the words a passage quotes: text fragments
 * (https://wicg.github.io/scroll-to-text-fragment/), `#:~:text=start,end`, one `text=` per
 * excerpt. Pure: the story's server HTML and the embed's card build the same address.
 *
 * The captured pages may write quote marks and apostrophes either way (curly or straight), and a
 * passage here is checked against the capture with them forgiven. A browser matches a fragment's
 * characters as written, so the words chosen to start and end a match carry no quote mark: a
 * run of words starts after one and stops before one.
 */
import { excerptsOf, type PassageValue } from '../content/passage.ts';

/** Quote marks and apostrophes, which the page may write differently from the passage. */
const QUOTE_MARK = /['"‘’‚‛“”„‟`´′″«»‹›]/u;
const LEADING_QUOTES = /^['"‘’‚‛“”„‟`´′″«»‹›]+/u;
const TRAILING_QUOTES = /['"‘’‚‛“”„‟`´′″«»‹›]+$/u;

/** A short excerpt (this many words or fewer) is matched whole. */
const WHOLE_WORDS = 10;
/** A longer one by its first and last words (textStart,textEnd): enough to be found only there. */
const EDGE_WORDS = 5;
/** A run of fewer words than this is too common to find the passage by. */
const MIN_RUN = 3;

/**
 * One percent-encoded component of a text directive. The spec lets a directive carry only
 * letters, digits and `! $ ' ( ) * + . / : ; = ? @ _ ~` unencoded: `-`, `&` and `,` are its own
 * syntax, so they, and everything else (spaces, curly quotes, any non-ASCII letter), are
 * percent-encoded as UTF-8.
 */
export function encodeTextDirective(text: string): string {
  // encodeURIComponent leaves A–Z a–z 0–9 - _ . ! ~ * ' ( ) as they are: all allowed but "-".
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** What a text directive matches: `start` alone, or the range from `start` to `end`. */
export interface TextDirective {
  start: string;
  end?: string;
}

/**
 * Up to `max` words taken in order: the first may open with quote marks (`outer`, dropped), and
 * a word that ends with them (`inner`, dropped) ends the run; a word with a quote mark anywhere
 * else ends the run before it. Backwards is the same walk over the words reversed, with the
 * two ends swapped.
 */
function run(words: readonly string[], max: number, outer: RegExp, inner: RegExp): string[] {
  const out: string[] = [];
  for (const [i, raw] of words.entries()) {
    if (out.length >= max) break;
    const word = i === 0 ? raw.replace(outer, '') : raw;
    const cut = word.replace(inner, '');
    if (cut.length === 0 || QUOTE_MARK.test(cut)) break;
    out.push(cut);
    if (cut !== word) break;
  }
  return out;
}

/** The words run forward from word `from`. */
const runForward = (words: readonly string[], from: number, max: number): string[] =>
  run(words.slice(from), max, LEADING_QUOTES, TRAILING_QUOTES);

/** The words run backward from word `from` (the last word of the run), in reading order. */
const runBackward = (words: readonly string[], from: number, max: number): string[] =>
  run(words.slice(0, from + 1).reverse(), max, TRAILING_QUOTES, LEADING_QUOTES).reverse();

/**
 * The directive for one excerpt, or null when it has no words. A short excerpt is matched whole
 * when it holds no quote mark but at its ends; otherwise the range runs from its first words to
 * its last, each run as near its end as the quote marks allow.
 */
export function textDirective(excerpt: string): TextDirective | null {
  const words = excerpt
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  if (words.length <= WHOLE_WORDS) {
    const whole = runForward(words, 0, words.length);
    if (whole.length === words.length) return { start: whole.join(' ') };
  }
  const need = Math.min(MIN_RUN, words.length);
  let start: string[] = [];
  let startAt = 0;
  for (let i = 0; i < words.length; i++) {
    const run = runForward(words, i, EDGE_WORDS);
    if (run.length > start.length) [start, startAt] = [run, i];
    if (run.length >= need) break;
  }
  let end: string[] = [];
  let endAt = words.length - 1;
  for (let i = words.length - 1; i >= 0; i--) {
    const run = runBackward(words, i, EDGE_WORDS);
    if (run.length > end.length) [end, endAt] = [run, i];
    if (run.length >= need) break;
  }
  if (start.length === 0) return end.length > 0 ? { start: end.join(' ') } : null;
  // The end must begin after the start's last word, or the range would fold back on itself.
  const startLast = startAt + start.length - 1;
  const endFirst = endAt - end.length + 1;
  if (end.length === 0 || endFirst <= startLast) return { start: start.join(' ') };
  return { start: start.join(' '), end: end.join(' ') };
}

/** `text=start,end`, encoded. */
const directiveText = (d: TextDirective) => {
  const end = d.end === undefined ? '' : `,${encodeTextDirective(d.end)}`;
  return `text=${encodeTextDirective(d.start)}${end}`;
};

/**
 * `url` opened at a passage: one text directive per excerpt (a passage may be excerpts, in the
 * report's order). The address's own fragment, if it has one, is kept before the directives.
 */
export function textFragmentUrl(url: string, passage: PassageValue): string {
  const directives = excerptsOf(passage).flatMap((e) => {
    const d = textDirective(e);
    return d ? [directiveText(d)] : [];
  });
  if (directives.length === 0) return url;
  return `${url.includes('#') ? url : `${url}#`}:~:${directives.join('&')}`;
}
