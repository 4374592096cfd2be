import { describe, expect, it } from 'vitest';
import type { Content } from '../content/content-types.ts';
import type { SentenceEvidence } from '../content/sentence-evidence.ts';
import { numberSentences, readTextKeys, readTexts, reportNoteOrder } from './read-evidence.ts';

const map = (description: string) => ({
  focus: { regions: ['KP'] },
  highlight: [],
  places: [],
  border: false,
  description,
});
const step = (text: string, description: string, reports: string[], speakers: string[] = []) => ({
  text,
  sources: reports.map((report) => ({ report, credits: null, passage: `${report} words` })),
  quotes: speakers.map((speaker) => ({ report: reports[0]!, text: 'quoted', speaker })),
  map: map(description),
});
const said = (text: string, report: string): SentenceEvidence => ({
  text,
  kind: 'reported',
  passages: [{ report, passage: `${report} words` }],
});

const content = {
  story: {
    opening: {
      text: 'She has no ID. She said so.',
      sources: [{ report: 'ani', credits: 'daily-nk', passage: 'no ID' }],
      quotes: [{ report: 'ani', text: 'x', speaker: 'A defector' }],
    },
    lede: 'Reports said so.',
    caveat: 'They repeat each other.',
  },
  sections: [
    { slug: 'one', steps: [step('First. Second.', 'A map.', ['mint', 'ctn'], ['A source'])] },
    { slug: 'two', steps: [step('Third.', 'Another map.', ['vaa'])] },
  ],
  evidence: {
    'story:opening.text': [said('She has no ID.', 'ani'), said('She said so.', 'ani')],
    'story:caveat': [
      { text: 'They repeat each other.', kind: 'about', passages: [], absent: ['confirm'] },
    ],
    'section:one:steps[0].map.description': [
      { text: 'A map.', kind: 'orientation', passages: [], orientation: 'the drawing' },
    ],
    'section:one:steps[0].text': [said('First.', 'mint'), said('Second.', 'ctn')],
    // Stale: the text now reads "Third.", so its sentences are not shown as its evidence.
    'section:two:steps[0].text': [said('Thrice.', 'vaa')],
    'section:two:steps[0].map.description': [said('Another map.', 'dnk')],
  },
} as unknown as Content;

describe('/read/ evidence notes', () => {
  it("lists texts in reading order: opening, speakers, lede, caveat, each step's map, text", () => {
    expect(readTextKeys(content)).toEqual([
      'story:opening.text',
      'story:opening.quotes[0].speaker',
      'story:lede',
      'story:caveat',
      'section:one:steps[0].map.description',
      'section:one:steps[0].text',
      'section:one:steps[0].quotes[0].speaker',
      'section:two:steps[0].map.description',
      'section:two:steps[0].text',
    ]);
    expect(readTexts(content)['section:one:steps[0].quotes[0].speaker']).toBe('A source');
  });

  it('numbers every sentence in reading order, after the report notes', () => {
    const { all, byKey } = numberSentences(content, readTexts(content), 6);
    expect(all.map((s) => [s.n, s.sentence.text])).toEqual([
      [6, 'She has no ID.'],
      [7, 'She said so.'],
      [8, 'They repeat each other.'],
      [9, 'A map.'],
      [10, 'First.'],
      [11, 'Second.'],
      [12, 'Another map.'],
    ]);
    expect(byKey.get('section:one:steps[0].text')?.map((s) => s.n)).toEqual([10, 11]);
  });

  it('leaves a text without evidence, or whose sentences no longer spell it, unmarked', () => {
    const { byKey } = numberSentences(content, readTexts(content), 1);
    expect(byKey.has('story:lede')).toBe(false);
    expect(byKey.has('section:two:steps[0].text')).toBe(false);
  });

  it("numbers reports as first cited, then those only a sentence's evidence quotes", () => {
    expect(reportNoteOrder(content)).toEqual(['ani', 'mint', 'ctn', 'vaa', 'dnk']);
  });
});
