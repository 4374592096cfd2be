/**
 * The site's own voice, held to the texts sentence by sentence: each rule tried by breaking the
 * real data the way a writer or translator might. Each test asserts the exact error it expects,
 * and that the unbroken data gives none of it.
 */
import { describe, expect, it } from 'vitest';
import { realFiles, withEdit } from './edit-real-content.ts';
import { validateContent, type ContentFiles } from './validate-content.ts';
import type { ContentError } from './content-error.ts';

const errorsOf = (files: ContentFiles) => validateContent(files).errors;
const LEDGER = 'data/evidence.json';
const HIDING = 'data/sections/hiding-in-china.json';
const ARRESTED = 'data/sections/arrested-on-the-way-out.json';
const KO_LEFT = 'data/ko/sections/left-to-the-provinces.json';
const KO_HIDING = 'data/ko/sections/hiding-in-china.json';

/**
 * Edits a data file and the ledger together, as an author changing a sentence and its evidence
 * would.
 */
function withEdits(edits: Record<string, (json: any) => void>): ContentFiles {
  let files = { ...realFiles };
  for (const [file, edit] of Object.entries(edits)) {
    const next = withEdit(file, edit);
    files = { ...files, [file]: next[file] ?? '' };
  }
  return files;
}
const has = (
  errors: ContentError[],
  match: Omit<Partial<ContentError>, 'problem'> & { problem?: RegExp | string },
) =>
  expect(errors).toContainEqual(
    expect.objectContaining({
      ...match,
      problem:
        typeof match.problem === 'string'
          ? match.problem
          : expect.stringMatching(match.problem ?? /./),
    }),
  );

describe('every own-voice sentence carries its kind and evidence', () => {
  it("the real data passes; every edition gets each text's sentences with their evidence", () => {
    const { errors, editions } = validateContent(realFiles);
    expect(errors).toEqual([]);
    const [en, ko] = editions ?? [];
    const key = 'section:hiding-in-china:steps[0].text';
    expect(en?.evidence[key]?.map((s) => s.kind)).toEqual(['reported', 'reported']);
    expect(en?.evidence[key]?.[0]?.passages.map((p) => p.report)).toContain('mint');
    // The Korean sentence inherits its English counterpart's kind and passages, in its own words.
    expect(ko?.evidence[key]?.map((s) => s.kind)).toEqual(['reported', 'reported']);
    expect(ko?.evidence[key]?.[0]?.passages).toEqual(en?.evidence[key]?.[0]?.passages);
    expect(ko?.evidence[key]?.[0]?.text).toMatch(/\p{Script=Hangul}/u);
  });

  it('rejects an unmarked own-voice sentence', () => {
    const errors = errorsOf(
      withEdit(LEDGER, (l) => {
        delete l.sentences['section:hiding-in-china:description'];
      }),
    );
    has(errors, { file: HIDING, field: 'description', problem: /no kind or evidence/ });
  });

  it(
    'rejects a new sentence the ledger does not list, and a changed one until its evidence is ' +
      'checked again',
    () => {
      const added = errorsOf(
        withEdit(HIDING, (s) => {
          s.steps[1].text += ' They are all caught in the end.';
        }),
      );
      has(added, {
        file: LEDGER,
        field: 'sentences["section:hiding-in-china:steps[1].text"]',
        problem: /lists 1 sentence\(s\) where .* has 2/,
      });
      const changed = errorsOf(
        withEdit(HIDING, (s) => {
          s.steps[1].text = s.steps[1].text.replace('hide from', 'are hunted by');
        }),
      );
      has(changed, {
        file: LEDGER,
        field: 'sentences["section:hiding-in-china:steps[1].text"][0].says',
        problem: /now reads "With no protection from China, defectors are hunted by/,
      });
    },
  );

  it('rejects a reported sentence whose passage is missing or not verbatim', () => {
    const key = 'section:arrested-on-the-way-out:steps[0].text';
    const altered = errorsOf(
      withEdit(LEDGER, (l) => {
        l.sentences[key][0].reported[0].passage = l.sentences[key][0].reported[0].passage.replace(
          'Several',
          'Dozens of',
        );
      }),
    );
    has(altered, {
      file: LEDGER,
      field: `sentences["${key}"][0].reported[0].passage`,
      problem: /passage .*not found|passage .*differs|passage/,
    });
    const foreign = errorsOf(
      withEdit(LEDGER, (l) => {
        l.sentences['section:hiding-in-china:steps[1].text'][0].reported = ['daily-nk'];
      }),
    );
    has(foreign, {
      file: LEDGER,
      field: 'sentences["section:hiding-in-china:steps[1].text"][0].reported[0]',
      problem: /no passage of "daily-nk" belongs to this text's step/,
    });
  });

  it('rejects a sentence stronger than its passages: a dropped hedge, a bigger quantity', () => {
    const key = 'section:arrested-on-the-way-out:steps[1].text';
    const sure =
      'Those sent back face torture, sexual violence, forced labour, imprisonment in ' +
      're-education or political camps, or execution, three of the reports say.';
    const errors = errorsOf(
      withEdits({
        [ARRESTED]: (s) => {
          s.steps[1].text = sure;
        },
        [LEDGER]: (l) => {
          l.sentences[key][0].says = sure;
        },
      }),
    );
    has(errors, {
      file: LEDGER,
      field: `sentences["${key}"][0]`,
      problem:
        /every passage that carries it hedges \("possible", "risk"\), but the sentence does not/,
    });
    const most =
      'Most defectors were arrested by Chinese police while trying to go to South Korea and ' +
      'are now in prison, a source told Daily NK.';
    const counted = errorsOf(
      withEdits({
        [ARRESTED]: (s) => {
          s.steps[0].text = s.steps[0].text.replace(
            /^Several defectors were arrested[^.]*\./,
            most,
          );
        },
        [LEDGER]: (l) => {
          l.sentences['section:arrested-on-the-way-out:steps[0].text'][0].says = most;
        },
      }),
    );
    has(counted, {
      file: LEDGER,
      field: 'sentences["section:arrested-on-the-way-out:steps[0].text"][0]',
      problem: /says "most", but none of its passages gives that quantity/i,
    });
  });

  it("rejects a year or date a text does not print, in a sentence and in a report's date", () => {
    const key = 'section:hiding-in-china:steps[1].text';
    const dated =
      'With no protection from China, defectors hide from the police who would send them ' +
      'back, the same three reports said in early 2023.';
    const errors = errorsOf(
      withEdits({
        [HIDING]: (s) => {
          s.steps[1].text = dated;
        },
        [LEDGER]: (l) => {
          l.sentences[key][0].says = dated;
        },
      }),
    );
    // Mint prints 2023; CTN News and Voices Against Autocracy print no date: the year is Mint's
    // alone.
    has(errors, {
      file: HIDING,
      field: 'steps[1].text',
      problem: /"2023" is printed only by mint, but the sentence speaks for 3 reports/,
    });
    const march =
      'With no protection from China, defectors hide from the police who would send them ' +
      'back, the same three reports said on 3 March.';
    const invented = errorsOf(
      withEdits({
        [HIDING]: (s) => {
          s.steps[1].text = march;
        },
        [LEDGER]: (l) => {
          l.sentences[key][0].says = march;
        },
      }),
    );
    has(invented, {
      file: HIDING,
      field: 'steps[1].text',
      problem: /the date "3 March\.?" is printed by none of these reports/,
    });
    // ANI's text prints "February 5" and no year: a whole date is refused.
    const ani = errorsOf(
      withEdit('data/reports/ani.json', (r) => {
        r.date = { precision: 'day', value: '2023-02-05' };
      }),
    );
    has(ani, {
      file: 'data/reports/ani.json',
      field: 'date',
      problem: '"2023" is not printed in the text',
    });
    // An undated text stays undated: no day the text does not print.
    const ctn = errorsOf(
      withEdit('data/reports/ctn-news.json', (r) => {
        r.date = { precision: 'day-month', month: 1, day: 25 };
      }),
    );
    has(ctn, {
      file: 'data/reports/ctn-news.json',
      field: 'date',
      problem: 'the day 25 of month 1 is not printed in the text',
    });
    // A year in a report's id would be in every /sources/ address: CTN News's text prints none.
    const {
      'data/reports/ctn-news.json': record = '',
      'data/reports/ctn-news.txt': text = '',
      ...rest
    } = realFiles;
    const renamed = errorsOf({
      ...rest,
      'data/reports/ctn-news-2023.json': record,
      'data/reports/ctn-news-2023.txt': text,
    });
    has(renamed, {
      file: 'data/reports/ctn-news-2023.json',
      field: '(file name)',
      problem: /the report's id "ctn-news-2023" shows "2023"/,
    });
  });

  it('rejects an "about the texts" sentence the texts contradict', () => {
    // "None mentions a river" is false: Daily NK's photo caption names the Tumen River.
    const errors = errorsOf(
      withEdit(LEDGER, (l) => {
        l.sentences['section:crossing-the-river:steps[0].text'][1].about.absent.push('river');
      }),
    );
    has(errors, {
      file: LEDGER,
      field: 'sentences["section:crossing-the-river:steps[0].text"][1].about.absent',
      problem: 'says no text prints "river", but data/reports/daily-nk.txt does',
    });
  });

  it('rejects an orientation sentence outside a map that is not marked as such', () => {
    const key = 'section:hiding-in-china:steps[1].text';
    const errors = errorsOf(
      withEdit(LEDGER, (l) => {
        l.sentences[key][0] = { says: l.sentences[key][0].says, orientation: 'background' };
      }),
    );
    has(errors, {
      file: HIDING,
      field: 'steps[1].text',
      problem: /is orientation \(no report carries it\) but is not marked as such/,
    });
  });
});

describe('maps by the same rule', () => {
  it('rejects a region shaded where no passage on the step names it', () => {
    const errors = errorsOf(
      withEdit(HIDING, (s) => {
        s.steps[0].map.highlight = [{ regions: ['CN-HL', 'CN-JL', 'CN-LN'], tone: 'secondary' }];
      }),
    );
    has(errors, {
      file: HIDING,
      field: 'steps[0].map.highlight[0].regions[0]',
      problem: 'Heilongjiang is shaded, but no passage on this step names it',
    });
  });

  it('rejects a line no passage places', () => {
    const errors = errorsOf(
      withEdits({
        'data/routes.json': (r) => {
          r.routes.push({
            id: 'toward-south-korea',
            kind: 'gesture',
            label: 'Toward South Korea',
            note: 'A direction.',
            from: [123.6, 42.3],
            to: [126.8, 37.2],
          });
        },
        [ARRESTED]: (s) => {
          s.steps[0].map.route = 'toward-south-korea';
        },
      }),
    );
    has(errors, {
      file: ARRESTED,
      field: 'steps[0].map.route',
      problem: '"toward-south-korea" is a gesture: a line no passage places',
    });
  });
});

describe("a translation inherits each sentence's kind and evidence", () => {
  it('rejects a Korean text whose sentences no longer line up with the English', () => {
    const errors = errorsOf(
      withEdit(KO_HIDING, (s) => {
        s.steps[1].text += ' 모두 결국 붙잡힌다.';
      }),
    );
    has(errors, {
      file: KO_HIDING,
      field: 'steps[1].text',
      problem: /2 sentence\(s\) where the source text has 1/,
    });
  });

  it('rejects a dropped hedge', () => {
    const errors = errorsOf(
      withEdit('data/ko/sections/arrested-on-the-way-out.json', (s) => {
        s.steps[1].text =
          '송환된 사람들은 고문, 성폭력, 강제 노동, 교화소나 정치범 수용소 수감, 처형을 당한다고 기사 3건은 전한다.';
      }),
    );
    has(errors, {
      file: 'data/ko/sections/arrested-on-the-way-out.json',
      field: 'steps[1].text',
      problem: /drops the hedge of "Those sent back may face torture/,
    });
  });

  it('rejects a place word the English does not carry: 국내 for "in the country" (China)', () => {
    const errors = errorsOf(
      withEdit(KO_LEFT, (s) => {
        s.steps[3].text = s.steps[3].text.replace('중국', '국내');
      }),
    );
    has(errors, {
      file: KO_LEFT,
      field: 'steps[3].text',
      problem: /says "국내" \(in a Korean publication, South Korea\)/,
    });
  });
});
