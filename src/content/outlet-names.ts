/**
 * Which outlets a piece of text names, by the aliases in data/outlets.json ("VOA", "NK news",
 * "The Daily NK"), as whole words and ignoring case. Used both ways: an evidence passage must
 * name whom it credits, and the site's own words may name only outlets the evidence supports.
 */
export interface NamedOutlet {
  id: string;
  aliases: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A character that continues a word, for a regular expression with flag u: a letter or digit,
 * except a Han character. Chinese runs its words together without spaces, so a name or number
 * word in Han text has no word edge to find ("据Daily NK报道", "据美国之音报道", "三篇"); a Latin
 * name still may not run into Latin letters ("ANI" is not in "ANIMAL").
 */
export const WORD_CHAR = String.raw`(?:[^\P{L}\p{Script=Han}]|\p{N})`;

/**
 * How a name is found in running text: as whole words, or (`prefix`) as the start of a word,
 * for languages that attach particles to nouns ("데일리NK는"). Set per edition in check-words.json.
 */
export type AliasMatch = 'word' | 'prefix';

/** True when `text` contains one of the outlet's aliases as whole words (or word starts). */
export function namesOutlet(
  text: string,
  outlet: Pick<NamedOutlet, 'aliases'>,
  match: AliasMatch = 'word',
): boolean {
  const after = match === 'word' ? `(?!${WORD_CHAR})` : '';
  return outlet.aliases.some((alias) =>
    new RegExp(`(?<!${WORD_CHAR})${escape(alias)}${after}`, 'iu').test(text),
  );
}

/** Ids of the outlets `text` names, in the order given. */
export function outletsNamedIn(
  text: string,
  outlets: readonly NamedOutlet[],
  match: AliasMatch = 'word',
): string[] {
  return outlets.filter((o) => namesOutlet(text, o, match)).map((o) => o.id);
}
