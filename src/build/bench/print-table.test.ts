import { describe, expect, it } from 'vitest';
import { renderTable } from './render-table.ts';

describe('renderTable', () => {
  it('pads columns to the widest cell and lets section rows span the table', () => {
    const out = renderTable(
      ['Measure', '/'],
      [{ section: 'LIGHTHOUSE' }, { cells: ['FCP', '1,359 ms'] }, { cells: ['CLS', '0.000'] }],
    );
    expect(out.split('\n')).toEqual([
      '+---------+----------+',
      '| Measure | /        |',
      '+---------+----------+',
      '| LIGHTHOUSE         |',
      '| FCP     | 1,359 ms |',
      '| CLS     | 0.000    |',
      '+---------+----------+',
    ]);
  });
  it('separates consecutive sections with a rule', () => {
    const lines = renderTable(
      ['a'],
      [{ section: 'ONE' }, { cells: ['x'] }, { section: 'TWO' }],
    ).split('\n');
    expect(lines.filter((l) => l.startsWith('+')).length).toBe(4);
  });
});

describe('renderTable with a long section title', () => {
  it('widens the table instead of cutting the title', () => {
    const lines = renderTable(
      ['a', 'b'],
      [{ section: 'A LONG SECTION TITLE' }, { cells: ['x', 'y'] }],
    ).split('\n');
    expect(lines).toContain('| A LONG SECTION TITLE |');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
