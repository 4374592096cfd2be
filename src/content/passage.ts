/**
 * Report words used as evidence: one passage, or excerpts in the order the report prints them.
 * Checked like quotes (only quote marks and spacing forgiven), and found in order, so a reader
 * who sees "… " between two excerpts knows exactly what was left out.
 */
import { longestMatchingPrefix, normalizeForQuoteMatch } from './normalize-quote.ts';

export type PassageValue = string | readonly string[];

export const excerptsOf = (passage: PassageValue): readonly string[] =>
  typeof passage === 'string' ? [passage] : passage;

/** The passage as one reader-facing string: excerpts joined by an ellipsis. */
export const passageText = (passage: PassageValue): string => excerptsOf(passage).join(' … ');

export type PassageProblem =
  | { kind: 'missing'; excerpt: number; matchedUpTo: string }
  | { kind: 'out-of-order'; excerpt: number };

/**
 * Null when every excerpt is verbatim in `source`, each after the one before; else what is wrong.
 */
export function passageProblem(passage: PassageValue, source: string): PassageProblem | null {
  const haystack = normalizeForQuoteMatch(source);
  let from = 0;
  const excerpts = excerptsOf(passage);
  for (let i = 0; i < excerpts.length; i++) {
    const needle = normalizeForQuoteMatch(excerpts[i] ?? '');
    const at = needle ? haystack.indexOf(needle, from) : -1;
    if (at >= 0) {
      from = at + needle.length;
      continue;
    }
    if (needle && haystack.includes(needle)) return { kind: 'out-of-order', excerpt: i };
    return {
      kind: 'missing',
      excerpt: i,
      matchedUpTo: longestMatchingPrefix(excerpts[i] ?? '', source),
    };
  }
  return null;
}

/** A content-check sentence for a passage problem, naming the report file. */
export function describePassageProblem(
  problem: PassageProblem,
  reportFile: string,
  many: boolean,
): string {
  const which = many ? `excerpt ${problem.excerpt + 1} ` : '';
  if (problem.kind === 'out-of-order')
    return `${which}is in ${reportFile} but before the excerpt it follows`;
  const where =
    problem.matchedUpTo.length > 0
      ? ` It matches up to "…${problem.matchedUpTo.slice(-40)}" and differs after that.`
      : '';
  return `${which}not found verbatim in ${reportFile}.${where}`;
}
