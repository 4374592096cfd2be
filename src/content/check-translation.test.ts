/**
 * A translation translates; it never adds. Each rule tried by breaking the real Korean edition
 * the way a translator might: an added date, number or outlet, a quote whose English original is
 * not the report's, wording that counts reports as confirmations, a lost placeholder.
 */
import { describe, expect, it } from 'vitest';
import { realFiles, withEdit } from './edit-real-content.ts';
import { validateContent, type ContentFiles } from './validate-content.ts';

const errorsOf = (files: ContentFiles) => validateContent(files).errors;
const KO_CROSSING = 'data/ko/sections/crossing-the-river.json';
const KO_SOUTH = 'data/ko/sections/south-korea.json';
/** Adds a clause to a text's last sentence (a new sentence would also break the sentence count). */
const addClause = (text: string, clause: string) => text.replace(/\.$/, `, ${clause}.`);

describe('the Korean edition (data/ko/)', () => {
  it('is valid as committed, and is read as its own edition', () => {
    const { errors, editions } = validateContent(realFiles);
    expect(errors).toEqual([]);
    expect(editions?.map((e) => e.locale.id)).toEqual(['en', 'ko', 'zh-hans']);
    const ko = editions?.[1];
    expect(ko?.sections[0]?.title).toMatch(/\p{Script=Hangul}/u);
    // Structure is the source's: the same sources and passages, the same map views.
    expect(
      ko?.sections.map((s) => s.steps.map((st) => [st.sources, st.map.focus, st.map.places])),
    ).toEqual(
      editions?.[0]?.sections.map((s) =>
        s.steps.map((st) => [st.sources, st.map.focus, st.map.places]),
      ),
    );
  });

  it('rejects a date the reports do not give, read the way Korean writes it', () => {
    const errors = errorsOf(
      withEdit(KO_CROSSING, (s) => {
        s.steps[1].text = addClause(s.steps[1].text, '사진은 2021년 3월 2일에 찍혔다');
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: KO_CROSSING,
          field: 'steps[1].text',
          problem: expect.stringContaining('"2021년 3월"'),
        }),
      ]),
    );
    expect(errors.every((e) => e.file === KO_CROSSING)).toBe(true);
  });

  it('accepts a date the report gives, however Korean spells it', () => {
    // The Daily NK report gives "Sept. 17".
    expect(
      errorsOf(
        withEdit(KO_SOUTH, (s) => {
          s.steps[0].text = addClause(s.steps[0].text, '소식통은 9월 17일 데일리NK에 말했다');
        }),
      ),
    ).toEqual([]);
  });

  it('rejects a number its English counterpart does not have', () => {
    const errors = errorsOf(
      withEdit(KO_CROSSING, (s) => {
        s.steps[1].text = addClause(s.steps[1].text, '탈북 여성 300명이 산다');
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: KO_CROSSING,
        field: 'steps[1].text',
        problem: expect.stringContaining('the number 300'),
      }),
    ]);
  });

  it('rejects an outlet its English counterpart does not name, particles and all', () => {
    const errors = errorsOf(
      withEdit(KO_CROSSING, (s) => {
        s.steps[1].text = addClause(s.steps[1].text, 'CNN은 이를 전했다');
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: KO_CROSSING,
        field: 'steps[1].text',
        problem: 'names CNN, which the source text does not name',
      }),
    ]);
  });

  it('rejects wording that counts the reports as confirmations', () => {
    const errors = errorsOf(
      withEdit(KO_SOUTH, (s) => {
        s.steps[0].text = addClause(s.steps[0].text, '여러 매체가 이를 확인했다');
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: KO_SOUTH,
        field: 'steps[0].text',
        problem: 'the text counts reports as confirmations',
      }),
    ]);
  });

  it('ties every translated quote to the English quote verbatim in its report', () => {
    const changed = errorsOf(
      withEdit(KO_SOUTH, (s) => {
        s.steps[0].quotes[0].original =
          'South Korea has stated that foreigners will not be arrested.';
      }),
    );
    expect(changed).toEqual([
      expect.objectContaining({
        file: KO_SOUTH,
        field: 'steps[0].quotes[0].original',
        problem: "is not the source edition's quote, word for word",
      }),
    ]);
    const missing = errorsOf(
      withEdit(KO_SOUTH, (s) => {
        s.steps[0].quotes = [];
      }),
    );
    expect(missing).toEqual([
      expect.objectContaining({
        file: KO_SOUTH,
        field: 'steps[0].quotes',
        problem: '0 quote(s) where the source edition has 1',
      }),
    ]);
    const noOriginal = errorsOf(
      withEdit(KO_SOUTH, (s) => {
        delete s.steps[0].quotes[0].original;
      }),
    );
    expect(noOriginal).toEqual([
      expect.objectContaining({ file: KO_SOUTH, field: 'steps[0].quotes[0].original' }),
    ]);
  });

  it('carries words only: a translation cannot add sources, places or steps', () => {
    const sources = errorsOf(
      withEdit(KO_SOUTH, (s) => {
        s.steps[0].sources = [];
      }),
    );
    expect(sources).toEqual([
      expect.objectContaining({
        file: KO_SOUTH,
        field: 'steps[0]',
        fix: expect.stringContaining('remove "sources"'),
      }),
    ]);
    const step = errorsOf(
      withEdit(KO_SOUTH, (s) => {
        s.steps.push(s.steps[0]);
      }),
    );
    expect(step).toEqual([
      expect.objectContaining({
        file: KO_SOUTH,
        field: 'steps',
        problem: expect.stringContaining('where the source edition has'),
      }),
    ]);
    const place = errorsOf(
      withEdit('data/ko/places.json', (p) => {
        p.names.pyongyang2 = '평양';
      }),
    );
    expect(place).toEqual([
      expect.objectContaining({
        file: 'data/ko/places.json',
        field: 'names.pyongyang2',
        problem: '"pyongyang2" is not in the source edition',
      }),
    ]);
  });

  it("keeps each interface message's placeholders", () => {
    const errors = errorsOf(
      withEdit('data/ko/ui.json', (u) => {
        u.goToStep = '다음 단계로 이동';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'data/ko/ui.json',
        field: 'goToStep',
        fix: 'keep every {placeholder} of the source message, and add none',
      }),
    ]);
  });

  it('names a border river on a map only where the translated step names it', () => {
    const errors = errorsOf(
      withEdit(KO_CROSSING, (s) => {
        s.steps[1].text = s.steps[1].text.replace('두만강', '강');
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: KO_CROSSING,
        field: 'steps[1].text',
        problem: expect.stringContaining('두만강'),
      }),
    ]);
  });

  it('names a missing translation by its file', () => {
    const files = { ...realFiles };
    delete files['data/ko/sections/south-korea.json'];
    expect(errorsOf(files)).toEqual([
      expect.objectContaining({
        file: 'data/ko/sections/south-korea.json',
        field: '(file)',
        problem: 'file is missing',
      }),
    ]);
  });
});
