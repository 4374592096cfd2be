import { describe, expect, it } from 'vitest';
import { claimGroups, stepReports } from './claim-line.ts';

const outlets: Record<string, string> = {
  dnk: 'daily-nk',
  mint: 'mint',
  ctn: 'ctn-news',
  vaa: 'voices-against-autocracy',
  ani: 'ani',
};
const outletOf = (id: string) => outlets[id];

describe('claimGroups', () => {
  it('groups reports by whom their passage credits, in order of appearance', () => {
    const groups = claimGroups(
      [
        { report: 'mint', credits: 'nk-news' },
        { report: 'ani', credits: 'daily-nk' },
        { report: 'ctn', credits: 'nk-news' },
        { report: 'vaa', credits: 'nk-news' },
      ],
      outletOf,
    );
    expect(groups).toEqual([
      { kind: 'credited', origin: 'nk-news', reports: ['mint', 'ctn', 'vaa'] },
      { kind: 'credited', origin: 'daily-nk', reports: ['ani'] },
    ]);
  });

  it(
    "keeps a report's own unsourced sentences apart, and an original report's own reporting " +
      'alone',
    () => {
      expect(
        claimGroups(
          [
            { report: 'vaa', credits: null },
            { report: 'mint', credits: 'voa' },
            { report: 'dnk', credits: 'daily-nk' },
            { report: 'mint', credits: null },
          ],
          outletOf,
        ),
      ).toEqual([
        { kind: 'uncredited', reports: ['vaa', 'mint'] },
        { kind: 'credited', origin: 'voa', reports: ['mint'] },
        { kind: 'own', report: 'dnk' },
      ]);
    },
  );

  it('never counts a report twice in a group, however often it is listed', () => {
    expect(
      claimGroups(
        [
          { report: 'vaa', credits: 'cnn' },
          { report: 'vaa', credits: 'cnn' },
        ],
        outletOf,
      ),
    ).toEqual([{ kind: 'credited', origin: 'cnn', reports: ['vaa'] }]);
  });
});

describe('stepReports', () => {
  it('lists sources then quotes, once each', () => {
    expect(
      stepReports({
        sources: [{ report: 'mint' }, { report: 'ctn' }, { report: 'mint' }],
        quotes: [{ report: 'ani' }, { report: 'ctn' }],
      }),
    ).toEqual(['mint', 'ctn', 'ani']);
  });
});
