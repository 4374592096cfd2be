import { describe, expect, it } from 'vitest';
import { formatContentErrors } from './content-error.ts';
import { realFiles, withEdit } from './edit-real-content.ts';
import { validateContent, type ContentFiles } from './validate-content.ts';

const SECTION = 'data/sections/south-korea.json';

function errorsOf(files: ContentFiles) {
  return validateContent(files).errors;
}

describe('validateContent on the real data/', () => {
  it('passes and assembles every section in story order', () => {
    const result = validateContent(realFiles);
    expect(result.errors.map((e) => formatContentErrors([e]))).toEqual([]);
    const story = JSON.parse(realFiles['data/story.json'] ?? '{}');
    expect(result.content?.sections.map((s) => s.slug)).toEqual(story.sections);
    expect(Object.keys(result.reportTexts).sort()).toEqual(
      Object.keys(result.content?.reports ?? {}).sort(),
    );
  });

  it('rejects the seed page furniture as report text', () => {
    const text = realFiles['data/reports/ctn-news.txt'] ?? '';
    expect(text).not.toMatch(/Connect with us|Advertise here|staff writer|Continue Reading/);
    expect(realFiles['data/reports/voices-against-autocracy.txt']).not.toMatch(/Leave a Comment/);
    // Mint's text prints its date on its first line (SOURCES.md): the only year any text prints.
    expect(realFiles['data/reports/mint.txt']).toMatch(/^date 2023-01-21\n/);
  });
});

describe('validateContent catches each author mistake, naming file, field and fix', () => {
  it('a quote that is not verbatim', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].quotes[0].text = s.steps[0].quotes[0].text.replace('arrested', 'detained');
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: SECTION, field: 'steps[0].quotes[0].text' });
    expect(errors[0]?.problem).toMatch(/not found verbatim in data\/reports\/daily-nk\.txt/);
    expect(errors[0]?.fix).toMatch(/copy the words exactly/);
  });

  it('accepts curly vs straight quotes and different spacing, nothing else', () => {
    const ok = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].quotes[0].text = s.steps[0].quotes[0].text
          .replace("Korea's", 'Korea\u2019s')
          .replace(' has ', '  has\n');
      }),
    );
    expect(ok).toEqual([]);
    const caseChanged = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].quotes[0].text = s.steps[0].quotes[0].text.replace('South', 'south');
      }),
    );
    expect(caseChanged).toHaveLength(1);
  });

  it("an unknown report id in a step's sources and in a quote", () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].sources.push({ report: 'the-times', credits: null, passage: 'x' });
        s.steps[0].quotes[0].report = 'the-times';
      }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'steps[0].sources[1].report',
      'steps[0].quotes[0].report',
    ]);
    expect(errors[0]?.problem).toBe('unknown report "the-times"');
    expect(errors[0]?.fix).toMatch(/use one of .*"daily-nk"/);
  });

  it("a quote whose report carries none of the step's sources", () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].quotes.push({ report: 'ani', text: 'Daily NK reported', speaker: 'ANI' });
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      field: 'steps[0].quotes[1].report',
      fix: expect.stringContaining('add a source { "report": "ani"'),
    });
  });

  it('a step with no sources', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[1].sources = [];
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: SECTION,
        field: 'steps[1].sources',
        problem: 'name the report(s) that carry this claim, each with its passage',
      }),
    ]);
  });

  it('an empty step', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[1].text = '   ';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: SECTION,
        field: 'steps[1].text',
        problem: 'text must not be empty',
      }),
    ]);
  });

  it('a section with no steps', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps = [];
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: 'steps', problem: 'a section needs at least one step' }),
    ]);
  });

  it('a duplicate slug in the story order', () => {
    const errors = errorsOf(
      withEdit('data/story.json', (s) => {
        s.sections.push('south-korea');
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({ file: 'data/story.json', problem: 'duplicate slug "south-korea"' }),
    ]);
  });

  it('a section file whose slug does not match its name', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.slug = 'seoul';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: SECTION,
        field: 'slug',
        fix: expect.stringContaining('set "slug" to "south-korea"'),
      }),
    ]);
  });

  it('a listed slug with no section file, and a section file not listed', () => {
    const files = { ...realFiles };
    files['data/sections/in-seoul.json'] =
      files[SECTION]?.replace('"slug": "south-korea"', '"slug": "in-seoul"') ?? '';
    delete files[SECTION];
    const errors = errorsOf(files);
    expect(errors.map((e) => `${e.file} ${e.field}: ${e.problem}`)).toEqual([
      'data/story.json sections[6]: no section file for "south-korea"',
      'data/sections/in-seoul.json slug: section "in-seoul" is not listed in data/story.json',
    ]);
  });

  it('an unknown place, map target and route', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].map.places = ['busan'];
        s.steps[0].map.focus.regions[0] = 'KR-99';
        s.steps[0].map.highlight[0].regions = ['JP'];
        s.steps[0].map.route = 'by-sea';
      }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'steps[0].map.focus.regions[0]',
      'steps[0].map.highlight[0].regions[0]',
      'steps[0].map.places[0]',
      'steps[0].map.route',
    ]);
    expect(errors[0]?.problem).toBe('unknown map target "KR-99"');
    expect(errors[2]?.fix).toMatch(/add it to data\/places\.json/);
  });

  it('a misspelt field and broken JSON', () => {
    const misspelt = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].quote = [];
      }),
    );
    expect(misspelt).toEqual([
      expect.objectContaining({ field: 'steps[0]', fix: expect.stringContaining('"quote"') }),
    ]);
    const broken = errorsOf({ ...realFiles, [SECTION]: '{ "slug": "south-korea", }' });
    expect(broken).toEqual([
      expect.objectContaining({
        file: SECTION,
        field: '(file)',
        problem: expect.stringMatching(/not valid JSON/),
      }),
    ]);
  });

  it('an invented date precision and an unknown outlet in a report', () => {
    const file = 'data/reports/daily-nk.json';
    const errors = errorsOf(
      withEdit(file, (r) => {
        r.date = { precision: 'day', value: 'September 2021' };
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(['date.value']);
    const outlet = errorsOf(
      withEdit(file, (r) => {
        r.outlet = 'reuters';
      }),
    );
    expect(outlet).toContainEqual(
      expect.objectContaining({ file, field: 'outlet', problem: 'unknown outlet "reuters"' }),
    );
  });

  it('a credit to an unknown outlet, and an advocacy site crediting itself', () => {
    const unknown = errorsOf(
      withEdit('data/sections/what-advocates-ask.json', (s) => {
        s.steps[1].sources[0].credits = 'reuters';
      }),
    );
    expect(unknown).toEqual([
      expect.objectContaining({
        field: 'steps[1].sources[0].credits',
        problem: 'unknown outlet "reuters"',
      }),
    ]);
    const itself = errorsOf(
      withEdit('data/sections/what-advocates-ask.json', (s) => {
        s.steps[1].sources[0].credits = 'voices-against-autocracy';
      }),
    );
    expect(itself).toEqual([
      expect.objectContaining({
        field: 'steps[1].sources[0].credits',
        problem: 'a advocacy report cannot be its own source',
        fix: expect.stringContaining('"citing no source"'),
      }),
    ]);
  });

  it('a date in the story that no cited report gives', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].text += ' The rule dates from 3 March 2020.';
      }),
    );
    expect(errors.map((e) => [e.file, e.field, e.problem]).sort()).toEqual([
      [SECTION, 'steps[0].text', 'the date "2020" is printed by none of this report (daily-nk)'],
      [SECTION, 'steps[0].text', 'the date "3 March" is printed by none of this report (daily-nk)'],
      [
        SECTION,
        'steps[0].text',
        'the date "March 2020" is printed by none of this report (daily-nk)',
      ],
    ]);
    // The Daily NK report gives "Sept. 17": the story may write it as "17 September".
    const spoke = withEdit(SECTION, (s) => {
      s.steps[0].text += ' Its source spoke on 17 September.';
    });
    const ledger = JSON.parse(realFiles['data/evidence.json'] ?? '{}');
    ledger.sentences['section:south-korea:steps[0].text'].push({
      says: 'Its source spoke on 17 September.',
      reported: [
        {
          report: 'daily-nk',
          passage: 'According to a source in China Daily NK spoke to on Sept. 17',
        },
      ],
    });
    // The Korean and Chinese editions translate the new sentence too: one sentence for one.
    const ko = JSON.parse(realFiles['data/ko/sections/south-korea.json'] ?? '{}');
    ko.steps[0].text += ' 소식통은 9월 17일 데일리NK 취재에 응했다.';
    const zh = JSON.parse(realFiles['data/zh-hans/sections/south-korea.json'] ?? '{}');
    zh.steps[0].text += '其消息人士于9月17日对Daily NK讲述情况。';
    expect(
      errorsOf({
        ...spoke,
        'data/evidence.json': JSON.stringify(ledger),
        'data/ko/sections/south-korea.json': JSON.stringify(ko),
        'data/zh-hans/sections/south-korea.json': JSON.stringify(zh),
      }),
    ).toEqual([]);
    const lede = errorsOf(
      withEdit('data/story.json', (s) => {
        s.lede += ' Since 1 April 2019.';
      }),
    );
    expect(lede.map((e) => e.field)).toEqual(['lede', 'lede', 'lede']);
  });

  it('text that counts reports as confirmations', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[0].text += ' Five sources confirm it.';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: SECTION,
        field: 'steps[0].text',
        problem: 'the text counts reports as confirmations',
      }),
    ]);
  });

  it('a travel link with an unknown id, a duplicate and a loop', () => {
    const file = 'data/travel.json';
    const errors = errorsOf(
      withEdit(file, (t) => {
        t.links.push({
          from: 'ani',
          drewOn: 'the-diplomat',
          evidence: { report: 'ani', passage: 'Daily NK reported' },
        });
        t.links.push({ ...t.links[0] });
        t.links.push({
          from: 'daily-nk-cited',
          drewOn: 'ani',
          evidence: { report: 'ani', passage: 'Daily NK reported' },
        });
      }),
    );
    expect(errors.map((e) => [e.field, e.problem])).toEqual([
      ['links[12].drewOn', 'unknown id "the-diplomat"'],
      ['links[13]', 'the link mint→voa is listed twice'],
      ['links', 'a loop: daily-nk-cited → ani → daily-nk-cited'],
    ]);
    expect(errors.every((e) => e.file === file && e.fix.length > 0)).toBe(true);
  });

  it('a report record without its text', () => {
    const files = { ...realFiles };
    delete files['data/reports/mint.txt'];
    const errors = errorsOf(files);
    expect(errors[0]).toMatchObject({
      file: 'data/reports/mint.json',
      fix: 'add data/reports/mint.txt',
    });
  });

  it('formats errors with file › field, problem and fix', () => {
    const errors = errorsOf(
      withEdit(SECTION, (s) => {
        s.steps[1].sources[0].report = 'the-times';
      }),
    );
    expect(formatContentErrors(errors)).toBe(
      `Content check failed: 1 problem in data/\n\n${SECTION} › steps[1].sources[0].report: ` +
        `unknown report "the-times"\n    Fix: use one of "ani", "ctn-news", "daily-nk", ` +
        `"mint", "voices-against-autocracy"`,
    );
  });
});
