import { describe, expect, it } from 'vitest';
import { passageAround, passageId, quotePassages } from './quote-passages.ts';

const report =
  'First paragraph, about something else.\n\nThe source said: \u201cWe can\u2019t  go ' +
  'anywhere,\u201d and left.\nLast line.';

describe('passageAround', () => {
  it('finds the paragraph, keeping the report\u2019s quote marks and spacing in the match', () => {
    expect(passageAround("We can't go anywhere,", report)).toEqual({
      before: 'The source said: \u201c',
      match: 'We can\u2019t  go anywhere,',
      after: '\u201d and left.',
    });
  });

  it('returns null for a quote the report does not contain, and for an empty quote', () => {
    expect(passageAround('We can go anywhere', report)).toBeNull();
    expect(passageAround('   ', report)).toBeNull();
  });

  it('matches a quote that starts a paragraph', () => {
    expect(passageAround('Last line.', report)).toEqual({
      before: '',
      match: 'Last line.',
      after: '',
    });
  });
});

describe('quotePassages', () => {
  it('keys each quote by section, step and quote number, and skips what is not found', () => {
    const sections = [
      {
        slug: 'a',
        steps: [
          { quotes: [] },
          {
            quotes: [
              { report: 'r', text: 'Last line.' },
              { report: 'r', text: 'missing' },
            ],
          },
        ],
      },
    ] as unknown as Parameters<typeof quotePassages>[0]['sections'];
    const passages = quotePassages({ sections }, { r: report });
    expect(Object.keys(passages)).toEqual([passageId('a', 1, 0)]);
    expect(passageId('a', 1, 0)).toBe('passage-a-2-1');
    expect(passages['passage-a-2-1']).toMatchObject({ report: 'r', match: 'Last line.' });
  });
});
