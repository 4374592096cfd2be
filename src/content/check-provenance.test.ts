/**
 * The evidence rules, each tried by breaking the real data the way the editorial review found
 * it broken: invented provenance, claim lines listing reports that do not carry the claim,
 * dates from the site's own notes, and places no report names.
 */
import { describe, expect, it } from 'vitest';
import { withEdit } from './edit-real-content.ts';
import { validateContent, type ContentFiles } from './validate-content.ts';
const errorsOf = (files: ContentFiles) => validateContent(files).errors;
const CROSSING = 'data/sections/crossing-the-river.json';

describe('provenance links (data/travel.json)', () => {
  it('rejects a link whose passage is not in the citing report', () => {
    const errors = errorsOf(
      withEdit('data/travel.json', (t) => {
        t.links[0].evidence.passage = 'according to Voice of America, which drew on Daily NK.';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'data/travel.json',
        field: 'links[0].evidence.passage',
        problem: expect.stringMatching(/not found verbatim in data\/reports\/mint\.txt/),
      }),
    ]);
  });

  it('rejects a link whose passage does not name the outlet drawn on', () => {
    // Voices Against Autocracy never mentions Voice of America.
    const errors = errorsOf(
      withEdit('data/travel.json', (t) => {
        t.links.push({
          from: 'voices-against-autocracy',
          drewOn: 'voa',
          evidence: {
            report: 'voices-against-autocracy',
            passage: 'The daily NK, Seoul based online daily',
          },
        });
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'links[12].evidence.passage',
        problem:
          'the passage does not name Voice of America, whom "voices-against-autocracy" is ' +
          'said to have drawn on',
        fix: expect.stringContaining('"Voice of America" or "VOA"'),
      }),
    ]);
  });

  it('rejects evidence taken from another report than the one said to credit', () => {
    const errors = errorsOf(
      withEdit('data/travel.json', (t) => {
        t.links.push({
          from: 'voices-against-autocracy',
          drewOn: 'voa',
          evidence: { report: 'mint', passage: 'according to VOA.' },
        });
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'links[12].evidence.report',
        problem: expect.stringContaining('not from "voices-against-autocracy"'),
      }),
    ]);
  });

  it(
    'allows a link between outlets outside the five only if one of the five prints it, naming ' +
      'both',
    () => {
      // No report says what VOA drew on: the link the old graph drew is refused.
      const errors = errorsOf(
        withEdit('data/travel.json', (t) => {
          t.links.push({
            from: 'voa',
            drewOn: 'daily-nk-cited',
            evidence: {
              report: 'mint',
              passage: 'according to the US-based Radio Network Voice of America (VOA).',
            },
          });
        }),
      );
      expect(errors).toEqual([
        expect.objectContaining({
          field: 'links[12].evidence.passage',
          problem: expect.stringMatching(/does not name Daily NK/),
        }),
      ]);
    },
  );

  it('rejects a site note naming an outlet the report is not shown to credit', () => {
    const errors = errorsOf(
      withEdit('data/reports/voices-against-autocracy.json', (r) => {
        r.relation = 'Retells the Voice of America story.';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'data/reports/voices-against-autocracy.json',
        field: 'relation',
        problem: expect.stringContaining('names Voice of America'),
      }),
    ]);
  });
});

describe("claim lines (a step's sources)", () => {
  it('rejects a source that credits an outlet its passage does not name', () => {
    const errors = errorsOf(
      withEdit(CROSSING, (s) => {
        s.steps[0].sources[2].credits = 'voa';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: CROSSING,
        field: 'steps[0].sources[2].passage',
        problem: 'the passage does not name Voice of America, whom it is said to credit',
      }),
    ]);
  });

  it('rejects a report listed for a claim its passage does not carry verbatim', () => {
    const errors = errorsOf(
      withEdit('data/sections/arrested-on-the-way-out.json', (s) => {
        s.steps[0].sources[3].passage = 'More defectors in China want to go to South Korea.';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'steps[0].sources[3].passage',
        problem: expect.stringContaining('not found verbatim in data/reports/mint.txt'),
      }),
    ]);
  });

  it("rejects excerpts out of the report's order", () => {
    const errors = errorsOf(
      withEdit('data/sections/left-to-the-provinces.json', (s) => {
        s.steps[0].sources[0].passage.reverse();
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'steps[0].sources[0].passage',
        problem: expect.stringContaining(
          'excerpt 2 is in data/reports/daily-nk.txt but before the excerpt it follows',
        ),
      }),
    ]);
  });

  it('rejects a credit the travel graph does not show', () => {
    const errors = errorsOf(
      withEdit('data/travel.json', (t) => {
        t.links = t.links.filter(
          (l: { from: string; drewOn: string }) => !(l.from === 'ctn-news' && l.drewOn === 'voa'),
        );
      }),
    );
    expect(errors.map((e) => [e.file, e.field])).toContainEqual([
      'data/sections/hiding-in-china.json',
      'steps[1].sources[1].credits',
    ]);
    // …and the report's own note may no longer say it credits VOA.
    expect(
      errors
        .filter((e) => e.field !== 'relation')
        .every(
          (e) => e.problem === 'data/travel.json has no link from "ctn-news" to Voice of America',
        ),
    ).toBe(true);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'data/reports/ctn-news.json', field: 'relation' }),
    );
  });

  it('rejects step words or a speaker naming an outlet no source credits', () => {
    const text = errorsOf(
      withEdit('data/sections/sold-and-trafficked.json', (s) => {
        s.steps[0].text += ' The site retells Voice of America.';
      }),
    );
    expect(text).toEqual([
      expect.objectContaining({
        field: 'steps[0].text',
        problem: "names Voice of America, but none of this step's sources is by or credits it",
      }),
    ]);
    const speaker = errorsOf(
      withEdit(CROSSING, (s) => {
        s.steps[0].quotes[0].speaker = 'Mint, retelling NK News';
      }),
    );
    expect(speaker).toEqual([
      expect.objectContaining({
        field: 'steps[0].quotes[0].speaker',
        problem: expect.stringContaining('names NK news'),
      }),
    ]);
  });

  it('rejects words in quotation marks that no report of the step prints', () => {
    const errors = errorsOf(
      withEdit(CROSSING, (s) => {
        s.steps[0].text += ' They cross "at night".';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'steps[0].text',
        problem: '"at night" is in quotation marks but in none of this step\'s reports',
      }),
    ]);
  });
});

describe('dates', () => {
  it('never takes a date from a note this site writes', () => {
    const errors = errorsOf(
      withEdit('data/reports/daily-nk.json', (r) => {
        r.date.note = 'the June order and the vaccine roll-out point to 2021';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'data/reports/daily-nk.json',
        field: 'date.note',
        problem: 'the date "2021" is not printed in the text',
      }),
    ]);
    // And so a step cannot print it either.
    const step = errorsOf(
      withEdit('data/sections/left-to-the-provinces.json', (s) => {
        s.steps[0].text += ' The vaccine roll-out points to 2021.';
      }),
    );
    expect(step).toEqual([
      expect.objectContaining({
        field: 'steps[0].text',
        problem: expect.stringContaining('the date "2021"'),
      }),
    ]);
  });

  it('rejects a date its text does not print, whatever the capture or the file name says', () => {
    // The file is named ctn-news and the capture notes once said "early 2023": the text prints no
    // date.
    const errors = errorsOf(
      withEdit('data/reports/ctn-news.json', (r) => {
        r.date = { precision: 'day', value: '2023-01-25' };
      }),
    );
    expect(errors.map((e) => [e.field, e.problem])).toContainEqual([
      'date',
      '"25 January" is not printed in the text',
    ]);
    expect(errors.every((e) => e.file === 'data/reports/ctn-news.json' && e.field === 'date')).toBe(
      true,
    );
  });
});

describe('map places and lines', () => {
  it("rejects a marked place that none of the step's reports names", () => {
    const files = withEdit('data/places.json', (p) => {
      p.places.push({ id: 'dandong', name: 'Dandong', lon: 124.354, lat: 40, country: 'CN' });
    });
    const marked = JSON.parse(files[CROSSING] ?? '{}');
    marked.steps[0].map.places = ['dandong'];
    const errors = errorsOf({ ...files, [CROSSING]: JSON.stringify(marked) });
    expect(errors).toEqual([
      expect.objectContaining({
        file: CROSSING,
        field: 'steps[0].map.places[0]',
        problem: 'no report of this step names Dandong',
      }),
    ]);
  });

  it('rejects orientation markers on a crossing or hiding section', () => {
    const errors = errorsOf(
      withEdit('data/sections/hiding-in-china.json', (s) => {
        s.steps[1].map.orientation = ['seoul'];
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'steps[1].map.orientation',
        problem: 'orientation markers on a hiding section read as hiding places',
      }),
    ]);
  });

  it("names a river on the map only where the step's text does, and only with the border", () => {
    const yalu = errorsOf(
      withEdit(CROSSING, (s) => {
        s.steps[1].map.rivers = ['tumen', 'yalu'];
      }),
    );
    expect(yalu).toEqual([
      expect.objectContaining({
        file: CROSSING,
        field: 'steps[1].map.rivers[1]',
        problem: "the step's text does not name the Yalu River",
        fix: expect.stringContaining('remove "yalu"'),
      }),
    ]);
    const noBorder = errorsOf(
      withEdit(CROSSING, (s) => {
        s.steps[1].map.border = false;
      }),
    );
    expect(noBorder).toEqual([
      expect.objectContaining({
        field: 'steps[1].map.rivers[0]',
        problem: 'Tumen River is named on a map that does not draw the border',
      }),
    ]);
  });

  it('checks the orientation names: a shape and unique ids', () => {
    const file = 'data/orientation.json';
    const duplicate = errorsOf(
      withEdit(file, (o) => {
        o.labels.push({ ...o.labels[0] });
      }),
    );
    expect(duplicate).toEqual([
      expect.objectContaining({
        file,
        problem: expect.stringContaining('duplicate id "yellow-sea"'),
      }),
    ]);
    const nowhere = errorsOf(
      withEdit(file, (o) => {
        o.labels[0].at = [];
      }),
    );
    expect(nowhere).toEqual([
      expect.objectContaining({
        file,
        field: 'labels[0].at',
        fix: expect.stringContaining('[lon, lat]'),
      }),
    ]);
  });

  it('rejects a drawn path without the report words that describe it', () => {
    const errors = errorsOf(
      withEdit('data/routes.json', (r) => {
        r.routes[0] = {
          id: 'toward-south-korea',
          kind: 'path',
          label: 'By sea',
          note: 'n',
          waypoints: [
            [121.6, 39.4],
            [126.4, 37.3],
          ],
          evidence: [],
        };
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'data/routes.json',
        problem: expect.stringContaining('without them, make it a "gesture"'),
      }),
    ]);
  });

  it('rejects a map description repeated word for word', () => {
    const errors = errorsOf(
      withEdit('data/sections/hiding-in-china.json', (s) => {
        s.steps[1].map.description = s.steps[0].map.description;
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'steps[1].map.description',
        problem: 'the same description as data/sections/hiding-in-china.json › steps[0]',
      }),
    ]);
  });
});
