/**
 * The Simplified Chinese edition (data/zh-hans/) validates as every edition does, its glossary
 * included, and the glossary stops the build on a word it rules out or a chosen word left out.
 */
import { describe, expect, it } from 'vitest';
import { realFiles } from './edit-real-content.ts';
import { validateContent, type ContentFiles } from './validate-content.ts';

const HIDING = 'data/zh-hans/sections/hiding-in-china.json';

/** The real content with `edit` applied to one of its files. */
function withChinese(edit?: [file: string, change: (json: any) => void]): ContentFiles {
  const files: ContentFiles = { ...realFiles };
  if (edit) {
    const json = JSON.parse(files[edit[0]]!);
    edit[1](json);
    files[edit[0]] = JSON.stringify(json);
  }
  return files;
}

describe('the Simplified Chinese edition (data/zh-hans/)', () => {
  it('is listed, validates, and is read as its own edition in Han', () => {
    const { errors, editions } = validateContent(withChinese());
    expect(errors).toEqual([]);
    expect(editions?.map((e) => e.locale.id)).toEqual(['en', 'ko', 'zh-hans']);
    expect(editions?.[2]?.sections[0]?.title).toMatch(/\p{Script=Han}/u);
  });

  /** The errors when the hiding-in-china section's first step is rewritten by `change`. */
  const errorsFor = (change: (text: string) => string) =>
    validateContent(withChinese([HIDING, (s) => (s.steps[0].text = change(s.steps[0].text))]))
      .errors;
  const atFirstStep = (problem: unknown, more: Record<string, unknown> = {}) =>
    expect.arrayContaining([
      expect.objectContaining({ file: HIDING, field: 'steps[0].text', problem, ...more }),
    ]);

  it('stops on a word its glossary rules out', () => {
    expect(errorsFor((text) => text.replace('脱北者', '叛逃者'))).toEqual(
      atFirstStep(expect.stringContaining('uses 叛逃者'), { fix: 'write 脱北者 instead' }),
    );
  });

  it('stops where the English says "defector" and the Chinese does not say 脱北者', () => {
    expect(errorsFor((text) => text.replaceAll('脱北者', '朝鲜人'))).toEqual(
      atFirstStep('the source says "defector" here, and the text does not use 脱北者'),
    );
  });
});

describe('the Chinese map names', () => {
  it('say whose name 东海 is beside the Sea of Japan, since 东海 alone is the East China Sea', () => {
    const file = 'data/zh-hans/orientation.json';
    const { errors } = validateContent(
      withChinese([file, (o) => (o.names['sea-of-japan'] = '日本海（东海）')]),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file,
          field: 'names.sea-of-japan',
          problem: 'the source says "East Sea" here, and the text does not use 韩国称东海',
        }),
      ]),
    );
  });
});
