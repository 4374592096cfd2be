/**
 * The printed comparison with the floor: a row per figure with ours, the floor's, how far apart
 * (×ratio or ±difference), the target and whether it is met. Pure, for tests.
 */
import {
  relationValue,
  verdict,
  type Comparison,
  type ComparisonGroup,
  type Target,
  type Unit,
} from './against-floor.ts';
import { ms, percent, plain } from './format-units.ts';
import { renderTable, type TableRow } from './render-table.ts';
import type { Spread } from './stats.ts';

const DASH = '—';
const MINUS = '−';

function countDigits(v: number): number {
  return Number.isInteger(v) ? 0 : 1;
}

export function showValue(v: number | null, unit: Unit, digits = 0): string {
  if (v === null) return 'n/a';
  switch (unit) {
    case 'score':
      return plain(v);
    case 'ms':
      return ms(v, digits);
    case 'share':
      return percent(v);
    case 'count':
      return plain(v, countDigits(v));
    case 'cls':
      return plain(v, 3);
  }
}

function showRange(r: Spread | null | undefined, unit: Unit, digits = 0): string {
  if (!r || r.min === r.max) return '';
  const bare = (v: number) => showValue(v, unit, digits).replace(/ (ms|%)$/, '');
  return ` (${bare(r.min)}–${bare(r.max)})`;
}

function signed(text: string, negative: boolean, zero: boolean): string {
  return `${zero ? '±' : negative ? MINUS : '+'}${text}`;
}

/** "×1.23", "+30 ms", "−3", "+1.2 pp". */
export function showRelation(c: Pick<Comparison, 'ours' | 'floor' | 'relation' | 'unit'>): string {
  const v = relationValue(c);
  if (v === null) return DASH;
  if (c.relation === 'ratio') return `×${v.toFixed(2)}`;
  const a = Math.abs(v);
  switch (c.unit) {
    case 'ms':
      return signed(ms(a), v < 0, Math.round(a) === 0);
    case 'share':
      return signed(`${(a * 100).toFixed(1)} pp`, v < 0, Math.round(a * 1000) === 0);
    case 'cls':
      return signed(plain(a, 3), v < 0, Math.round(a * 1000) === 0);
    case 'score':
    case 'count':
      return signed(plain(a, countDigits(a)), v < 0, a === 0);
  }
}

function showTarget(t: Target, unit: Unit): string {
  const amount = (v: number) =>
    unit === 'ms' ? ms(v) : unit === 'share' ? percent(v, 0) : plain(Math.abs(v));
  switch (t.kind) {
    case 'differenceAtLeast':
      return t.value < 0 ? `≥ floor ${MINUS} ${amount(-t.value)}` : `≥ floor + ${amount(t.value)}`;
    case 'differenceAtMost':
      return `≤ floor + ${amount(t.value)}`;
    case 'ratioAtMost':
      return `≤ ${t.value} × floor`;
    case 'oursAtMost':
      return `≤ ${amount(t.value)}`;
  }
}

export function targetCell(c: Comparison): string {
  return c.targets.length ? c.targets.map((t) => showTarget(t, c.unit)).join(' and ') : DASH;
}

function verdictCell(c: Comparison): string {
  const v = verdict(c);
  return v === null ? '' : v === 'missed' ? 'MISSED' : v;
}

export const FLOOR_HEADER = [
  'Against the floor (no scripts)',
  'ours (min–max)',
  'floor (min–max)',
  'ours vs floor',
  'target',
  'verdict',
];

export function floorRows(groups: readonly ComparisonGroup[]): TableRow[] {
  return groups.flatMap((g): TableRow[] => [
    { section: g.title },
    ...g.rows.map((c) => ({
      cells: [
        c.label,
        `${showValue(c.ours, c.unit, c.digits)}${showRange(c.oursRange, c.unit, c.digits)}`,
        `${showValue(c.floor, c.unit, c.digits)}${showRange(c.floorRange, c.unit, c.digits)}`,
        showRelation(c),
        targetCell(c),
        verdictCell(c),
      ],
    })),
  ]);
}

export function floorTable(groups: readonly ComparisonGroup[]): string {
  return renderTable(FLOOR_HEADER, floorRows(groups));
}
