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
  const after = match === 'word' ? '(?![\\p{L}\\p{N}])' : '';
  return outlet.aliases.some((alias) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}${after}`, 'iu').test(text),
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
