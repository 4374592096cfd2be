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

/** True when `text` contains one of the outlet's aliases as whole words. */
export function namesOutlet(text: string, outlet: Pick<NamedOutlet, 'aliases'>): boolean {
  return outlet.aliases.some((alias) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}

/** Ids of the outlets `text` names, in the order given. */
export function outletsNamedIn(text: string, outlets: readonly NamedOutlet[]): string[] {
  return outlets.filter((o) => namesOutlet(text, o)).map((o) => o.id);
}
