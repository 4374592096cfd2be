import { describe, expect, it } from 'vitest';
import type { Comparison } from './against-floor.ts';
import { floorTable, showRelation, showValue, targetCell } from './floor-table.ts';

const c = (partial: Partial<Comparison>): Comparison => ({
  label: 'x',
  ours: 1,
  floor: 1,
  unit: 'ms',
  relation: 'ratio',
  targets: [],
  ...partial,
});

describe('showRelation', () => {
  it('prints ratios as ×, differences signed in the unit', () => {
    expect(showRelation(c({ ours: 1234, floor: 1000 }))).toBe('×1.23');
    expect(showRelation(c({ ours: 90, floor: 40, relation: 'difference' }))).toBe('+50 ms');
    expect(showRelation(c({ ours: 97, floor: 100, unit: 'score', relation: 'difference' }))).toBe(
      '−3',
    );
    expect(showRelation(c({ ours: 100, floor: 100, unit: 'score', relation: 'difference' }))).toBe(
      '±0',
    );
    expect(
      showRelation(c({ ours: 0.062, floor: 0.01, unit: 'share', relation: 'difference' })),
    ).toBe('+5.2 pp');
    expect(showRelation(c({ ours: null }))).toBe('—');
  });
});

describe('targetCell', () => {
  it('says each target the way the issue does', () => {
    expect(
      targetCell(c({ unit: 'score', targets: [{ kind: 'differenceAtLeast', value: -2 }] })),
    ).toBe('≥ floor − 2');
    expect(targetCell(c({ targets: [{ kind: 'differenceAtMost', value: 50 }] }))).toBe(
      '≤ floor + 50 ms',
    );
    expect(targetCell(c({ targets: [{ kind: 'ratioAtMost', value: 1.2 }] }))).toBe('≤ 1.2 × floor');
    expect(targetCell(c({ unit: 'share', targets: [{ kind: 'oursAtMost', value: 0.05 }] }))).toBe(
      '≤ 5 %',
    );
    expect(targetCell(c({ targets: [{ kind: 'oursAtMost', value: 1200 }] }))).toBe('≤ 1,200 ms');
    expect(targetCell(c({}))).toBe('—');
  });
});

describe('showValue', () => {
  it('formats by unit', () => {
    expect(showValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(showValue(0.031, 'share')).toBe('3.1 %');
    expect(showValue(2.5, 'count')).toBe('2.5');
    expect(showValue(0.0004, 'cls')).toBe('0.000');
    expect(showValue(null, 'ms')).toBe('n/a');
  });
});

describe('floorTable', () => {
  it('prints ours | floor | relation | target | verdict under each group', () => {
    const out = floorTable([
      {
        title: 'Lighthouse /',
        rows: [
          c({
            label: 'Performance score',
            ours: 97,
            floor: 100,
            oursRange: { min: 96, max: 99 },
            unit: 'score',
            relation: 'difference',
            targets: [{ kind: 'differenceAtLeast', value: -2 }],
          }),
          c({ label: 'First Contentful Paint', ours: 900, floor: 800 }),
        ],
      },
    ]);
    const lines = out.split('\n');
    expect(lines[1]?.split(/ +\| +/).map((cell) => cell.replace(/^\| | \|$/g, ''))).toEqual([
      'Against the floor (no scripts)',
      'ours (min–max)',
      'floor (min–max)',
      'ours vs floor',
      'target',
      'verdict',
    ]);
    expect(lines).toContain(lines.find((l) => l.startsWith('| Lighthouse /')));
    const perf = lines.find((l) => l.startsWith('| Performance score')) ?? '';
    expect(perf.split('|').map((s) => s.trim())).toEqual([
      '',
      'Performance score',
      '97 (96–99)',
      '100',
      '−3',
      '≥ floor − 2',
      'MISSED',
      '',
    ]);
    const fcp = lines.find((l) => l.startsWith('| First Contentful Paint')) ?? '';
    expect(fcp.split('|').map((s) => s.trim())).toEqual([
      '',
      'First Contentful Paint',
      '900 ms',
      '800 ms',
      '×1.13',
      '—',
      '',
      '',
    ]);
  });
});
