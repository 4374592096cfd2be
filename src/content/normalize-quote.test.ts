import { describe, expect, it } from 'vitest';
import { isVerbatimIn, longestMatchingPrefix, normalizeForQuoteMatch } from './normalize-quote.ts';

describe('normalizeForQuoteMatch', () => {
  it('straightens curly quotes and collapses whitespace only', () => {
    expect(normalizeForQuoteMatch(' \u201CWe can\u2019t\u201D \n go ')).toBe('"We can\'t" go');
    expect(normalizeForQuoteMatch('… [with the virus]')).toBe('… [with the virus]');
  });
});

describe('isVerbatimIn', () => {
  const source =
    'The defector remarked, \u201CWe can\u2019t even think about getting vaccinated because ' +
    'we have no IDs.';
  it('finds a quote typed with straight quotes', () => {
    expect(isVerbatimIn("We can't even think about getting vaccinated", source)).toBe(true);
  });
  it('rejects a changed word, changed case, and an empty quote', () => {
    expect(isVerbatimIn('We cannot even think', source)).toBe(false);
    expect(isVerbatimIn("we can't even think", source)).toBe(false);
    expect(isVerbatimIn('  ', source)).toBe(false);
  });
  it('reports how far a wrong quote matched', () => {
    expect(longestMatchingPrefix("We can't even dream", source)).toBe("We can't even ");
  });
});
