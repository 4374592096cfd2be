import { describe, expect, it } from 'vitest';
import { openingPassageId, openingPassages } from './opening-passages.ts';

describe('the opening quotes in their reports', () => {
  const story = {
    opening: {
      text: '',
      sources: [],
      quotes: [
        { report: 'ani', text: '"I have no choice," she said', speaker: 'A defector' },
        { report: 'ani', text: 'not in the text', speaker: 'x' },
      ],
    },
  };
  const text =
    'Headline\n\nAnother defector spoke. “I have no choice,” she said to the paper.\n\nMore.';

  it("finds each quote's paragraph, quote marks forgiven, under an id of its own", () => {
    expect(openingPassages(story, { ani: text })).toEqual({
      [openingPassageId(0)]: {
        report: 'ani',
        before: 'Another defector spoke. ',
        match: '“I have no choice,” she said',
        after: ' to the paper.',
      },
    });
    expect(openingPassageId(0)).toBe('passage-opening-1');
  });
});
