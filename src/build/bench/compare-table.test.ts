import { describe, expect, it } from 'vitest';
import {
  relationValue,
  renderTable,
  showRelation,
  showTarget,
  summarize,
  targetVerdicts,
  verdict,
  type Row,
  type Target,
} from './compare-table.ts';

const fig = (median: number | null, min = median, max = median) => ({ median, min, max });
const row = (ours: number | null, floor: number | null, extra: Partial<Row> = {}): Row => ({
  label: 'LCP',
  unit: 'ms',
  relation: 'ratio',
  ours: fig(ours),
  floor: fig(floor),
  ...extra,
});
const target = (t: Target) => ({ target: t });

describe('summarize', () => {
  it('takes the median and the extent of the numbers, skipping missing runs', () => {
    expect(summarize([3, null, 1, 2, undefined, NaN])).toEqual({ median: 2, min: 1, max: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
  it('gives null, not NaN or 0, for nothing measured', () => {
    expect(summarize([null])).toEqual({ median: null, min: null, max: null });
  });
});

describe('relation and verdict', () => {
  it('compares as a ratio or as a difference', () => {
    expect(relationValue(row(1500, 1000))).toBe(1.5);
    expect(relationValue(row(97, 99, { relation: 'difference' }))).toBe(-2);
    expect(relationValue(row(10, 0))).toBeNull();
    expect(relationValue(row(null, 10))).toBeNull();
  });

  it('holds each kind of target at its bound and misses it just past', () => {
    const ratio = target({ kind: 'floorTimesAtMost', value: 1.2 });
    expect(verdict(row(1200, 1000, ratio))).toBe('met');
    expect(verdict(row(1201, 1000, ratio))).toBe('MISSED');
    const score = target({ kind: 'floorPlusAtLeast', value: -2 });
    expect(verdict(row(97, 99, { unit: 'score', ...score }))).toBe('met');
    expect(verdict(row(96, 99, { unit: 'score', ...score }))).toBe('MISSED');
    const tbt = target({ kind: 'floorPlusAtMost', value: 50 });
    expect(verdict(row(150, 100, tbt))).toBe('met');
    expect(verdict(row(151, 100, tbt))).toBe('MISSED');
    const share = target({ kind: 'atMost', value: 0.05 });
    expect(verdict(row(0.05, null, share))).toBe('met');
    expect(verdict(row(0.06, 0, share))).toBe('MISSED');
  });

  it('says "not measured" when a figure the target needs is missing', () => {
    const ratio = target({ kind: 'floorTimesAtMost', value: 1.2 });
    expect(verdict(row(null, 1000, ratio))).toBe('not measured');
    expect(verdict(row(1000, null, ratio))).toBe('not measured');
    expect(verdict(row(0, 0, ratio))).toBe('met');
    expect(verdict(row(1, 0, ratio))).toBe('MISSED');
    expect(verdict(row(1, 2))).toBeNull();
  });
});

describe('the printed table', () => {
  it('shows ratios, signed differences and targets in the row’s unit', () => {
    expect(showRelation(row(1234, 1000))).toBe('×1.23');
    expect(showRelation(row(97, 99, { unit: 'score', relation: 'difference' }))).toBe('−2');
    expect(showRelation(row(180, 100, { relation: 'difference' }))).toBe('+80 ms');
    expect(showRelation(row(0.071, 0.05, { unit: 'share', relation: 'difference' }))).toBe(
      '+2.1 pp',
    );
    expect(showRelation(row(0, 0, { unit: 'cls', relation: 'difference' }))).toBe('±0.000');
    expect(
      showTarget(row(1, 1, { unit: 'score', ...target({ kind: 'floorPlusAtLeast', value: -2 }) })),
    ).toBe('≥ floor − 2');
    expect(
      showTarget(row(1, 1, { unit: 'share', ...target({ kind: 'atMost', value: 0.05 }) })),
    ).toBe('≤ 5.0 %');
  });

  it('lines up every row under the header, with ranges, the second figure and verdicts', () => {
    const groups = [
      {
        title: '/ — Lighthouse, median of 3',
        name: '/',
        rows: [
          row(1500, 1000, {
            ours: fig(1500, 1400, 1600),
            ...target({ kind: 'floorTimesAtMost', value: 1.2 }),
          }),
          row(2048, 1024, { label: 'HTML', unit: 'bytes', ours: { ...fig(2048), also: 1024 } }),
        ],
        notes: ['LCP element: ours h1; floor h1'],
      },
    ];
    const lines = renderTable(groups).split('\n');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    const lcp = lines.find((l) => l.startsWith('| LCP'));
    expect(lcp).toMatch(
      /1,500 ms \(1,400–1,600\) \| 1,000 ms +\| ×1\.50 +\| ≤ 1\.2 × floor \| MISSED/,
    );
    expect(lines.find((l) => l.startsWith('| HTML'))).toContain('2.0 / 1.0 KiB');
    expect(lines).toContain(lines.find((l) => l.includes('LCP element: ours h1; floor h1')));
    expect(targetVerdicts(groups)).toEqual([{ target: '/: LCP', verdict: 'MISSED' }]);
  });
});
