/**
 * An edition's glossary, tried on the real Korean edition with a glossary of its own words: the
 * committed text passes; a ruled-out word, a missing chosen word, or a glossary at odds with
 * itself stops the build, naming the file, the field and the fix.
 */
import { describe, expect, it } from 'vitest';
import { realFiles, withEdit } from './edit-real-content.ts';
import { validateContent, type ContentFiles } from './validate-content.ts';

const GLOSSARY = 'data/ko/glossary.json';
const KO_HIDING = 'data/ko/sections/hiding-in-china.json';
const defector = { en: 'defector', use: '탈북', avoid: ['귀순자'], why: 'the neutral word' };
const withGlossary = (files: ContentFiles, terms: unknown[] = [defector]): ContentFiles => ({
  ...files,
  [GLOSSARY]: JSON.stringify({ terms }),
});
const errorsOf = (files: ContentFiles) => validateContent(files).errors;

describe('an edition glossary', () => {
  it('holds the committed Korean edition to its word for "defector"', () => {
    expect(errorsOf(withGlossary(realFiles))).toEqual([]);
  });

  it('rejects a word the glossary rules out', () => {
    const files = withGlossary(
      withEdit(KO_HIDING, (s) => {
        s.steps[0].text = s.steps[0].text.replace('탈북민', '탈북민(귀순자)');
      }),
    );
    expect(errorsOf(files)).toEqual([
      expect.objectContaining({
        file: KO_HIDING,
        field: 'steps[0].text',
        problem: expect.stringContaining('uses 귀순자'),
        fix: 'write 탈북 instead',
      }),
    ]);
  });

  it('requires the chosen word where the source text says the term', () => {
    const files = withGlossary(
      withEdit(KO_HIDING, (s) => {
        s.steps[0].text = s.steps[0].text.replaceAll('탈북', '북한 이탈 ');
      }),
    );
    expect(errorsOf(files)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: KO_HIDING,
          field: 'steps[0].text',
          problem: 'the source says "defector" here, and the text does not use 탈북',
        }),
      ]),
    );
  });

  it('rejects a glossary that rules out a word it chooses', () => {
    const refugee = { en: 'refugee', use: '난민', avoid: [], why: 'the legal term' };
    const files = withGlossary(realFiles, [{ ...defector, avoid: ['난민'] }, refugee]);
    expect(errorsOf(files)).toEqual([
      expect.objectContaining({ file: GLOSSARY, field: 'terms[0].avoid' }),
    ]);
  });

  it('rejects a malformed glossary by its field', () => {
    const files = withGlossary(realFiles, [{ en: 'defector', use: '' }]);
    expect(errorsOf(files)).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: GLOSSARY })]),
    );
  });
});
