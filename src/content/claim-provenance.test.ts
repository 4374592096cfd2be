import { describe, expect, it } from 'vitest';
import { claimProvenance } from './claim-provenance.ts';

const reports = {
  'dnk': { outlet: 'daily-nk' },
  'mint': { outlet: 'mint' },
  'ctn': { outlet: 'ctn-news' },
  'vaa': { outlet: 'voices-against-autocracy' },
  'ani': { outlet: 'ani' },
};

describe('claimProvenance', () => {
  it('counts four retellings of Daily NK as one origin repeated four times, not five sources', () => {
    const p = claimProvenance({ claimFrom: ['daily-nk'], reports: ['dnk', 'mint', 'ctn', 'vaa', 'ani'] }, reports);
    expect(p.origins).toEqual(['daily-nk']);
    expect(p.originReports).toEqual(['dnk']);
    expect(p.repeats).toEqual(['mint', 'ctn', 'vaa', 'ani']);
  });

  it('has no origin report when the origin is not among the reports (Voice of America)', () => {
    expect(claimProvenance({ claimFrom: ['voa'], reports: ['mint', 'ctn'] }, reports)).toEqual({ origins: ['voa'], originReports: [], repeats: ['mint', 'ctn'] });
  });

  it('never counts a report or an origin twice', () => {
    const p = claimProvenance({ claimFrom: ['daily-nk', 'daily-nk'], reports: ['mint', 'mint', 'dnk'] }, reports);
    expect(p).toEqual({ origins: ['daily-nk'], originReports: ['dnk'], repeats: ['mint'] });
  });

  it('treats an outlet writing in its own name as the origin', () => {
    expect(claimProvenance({ claimFrom: ['voices-against-autocracy'], reports: ['vaa'] }, reports)).toEqual({ origins: ['voices-against-autocracy'], originReports: ['vaa'], repeats: [] });
  });
});
