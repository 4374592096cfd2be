/**
 * Normalises text for the verbatim-quote check. Only typography a copy-paste can change is
 * forgiven: curly vs straight quotes and apostrophes, and runs of whitespace. Words,
 * punctuation, ellipses and brackets must match exactly.
 */
export function normalizeForQuoteMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` appears word for word in `source`, up to quote marks and spacing. */
export function isVerbatimIn(quote: string, source: string): boolean {
  const needle = normalizeForQuoteMatch(quote);
  return needle.length > 0 && normalizeForQuoteMatch(source).includes(needle);
}

/**
 * The longest leading part of `quote` that does appear in `source`: tells an author where
 * their copy went wrong.
 */
export function longestMatchingPrefix(quote: string, source: string): string {
  const needle = normalizeForQuoteMatch(quote);
  const haystack = normalizeForQuoteMatch(source);
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (haystack.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return needle.slice(0, lo);
}
