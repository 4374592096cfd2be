/**
 * Our pages against the floor, as one plain-text table: each figure's median for ours and the
 * floor (with the runs' min–max), how far apart they are (ours/floor, or ours − floor where a
 * ratio says nothing: scores, TBT, shares), the target and whether it holds. Pure, for tests.
 */
import { extent, median } from 'd3-array';

export type Unit = 'score' | 'ms' | 'frameMs' | 'share' | 'cls' | 'bytes';

export type Target =
  /** ours − floor ≥ value (a score may fall this far below the floor's). */
  | { kind: 'floorPlusAtLeast'; value: number }
  /** ours − floor ≤ value */
  | { kind: 'floorPlusAtMost'; value: number }
  /** ours / floor ≤ value */
  | { kind: 'floorTimesAtMost'; value: number }
  /** ours ≤ value, whatever the floor */
  | { kind: 'atMost'; value: number };

/** The median of repeated runs and their lowest and highest value; null where none. */
export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
}

export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const [min = null, max = null] = extent(known);
  return { median: median(known) ?? null, min, max };
}

export interface Figure extends Summary {
  /** A second figure shown after the first (bytes: brotli after gzip); no verdict reads it. */
  also?: number | null;
}

export interface Row {
  label: string;
  unit: Unit;
  /** By default a difference for scores and shares, a ratio for times and bytes. */
  relation?: 'ratio' | 'difference';
  target?: Target;
  ours: Figure;
  floor: Figure;
}

export interface Group {
  title: string;
  /** Names the group in the list of targets (default: the title). */
  name?: string;
  rows: Row[];
  notes?: string[];
}

export type Verdict = 'met' | 'MISSED' | 'not measured';

const relationOf = (row: Row) =>
  row.relation ?? (['score', 'share', 'cls'].includes(row.unit) ? 'difference' : 'ratio');

export function relationValue(row: Row): number | null {
  const { median: ours } = row.ours;
  const { median: floor } = row.floor;
  if (ours === null || floor === null) return null;
  if (relationOf(row) === 'difference') return ours - floor;
  return floor === 0 ? null : ours / floor;
}

/** Null for a row without a target. */
export function verdict(row: Row): Verdict | null {
  const t = row.target;
  if (!t) return null;
  const ours = row.ours.median;
  const floor = row.floor.median;
  if (ours === null || (t.kind !== 'atMost' && floor === null)) return 'not measured';
  const f = floor ?? 0;
  const holds =
    t.kind === 'atMost'
      ? ours <= t.value
      : t.kind === 'floorPlusAtLeast'
        ? ours - f >= t.value
        : t.kind === 'floorPlusAtMost'
          ? ours - f <= t.value
          : f === 0
            ? ours === 0 // over a zero floor, only zero keeps a ratio
            : ours / f <= t.value;
  return holds ? 'met' : 'MISSED';
}

const grouped = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A value without its unit, and the unit. */
function parts(v: number, unit: Unit): [string, string] {
  switch (unit) {
    case 'score':
      return [grouped(v), ''];
    case 'ms':
      return [grouped(v), ' ms'];
    case 'frameMs':
      return [grouped(v, 1), ' ms'];
    case 'share':
      return [(v * 100).toFixed(1), ' %'];
    case 'cls':
      return [v.toFixed(3), ''];
    case 'bytes':
      return [grouped(v / 1024, 1), ' KiB'];
  }
}

function showValue(v: number | null, unit: Unit): string {
  return v === null ? 'n/a' : parts(v, unit).join('');
}

function showFigure(f: Figure, unit: Unit): string {
  if (f.median === null) return 'n/a';
  const [value, suffix] = parts(f.median, unit);
  const also = f.also === undefined || f.also === null ? '' : ` / ${parts(f.also, unit)[0]}`;
  const range =
    f.min !== null && f.max !== null && f.min !== f.max
      ? ` (${parts(f.min, unit)[0]}–${parts(f.max, unit)[0]})`
      : '';
  return `${value}${also}${suffix}${range}`;
}

/** "×1.23", "+30 ms", "−3", "+1.2 pp", "±0". */
export function showRelation(row: Row): string {
  const v = relationValue(row);
  if (v === null) return '—';
  if (relationOf(row) === 'ratio') return `×${v.toFixed(2)}`;
  const [amount, unit] =
    row.unit === 'share' ? [(Math.abs(v) * 100).toFixed(1), ' pp'] : parts(Math.abs(v), row.unit);
  const sign = Number(amount.replace(/,/g, '')) === 0 ? '±' : v < 0 ? '−' : '+';
  return `${sign}${amount}${unit}`;
}

export function showTarget(row: Row): string {
  const t = row.target;
  if (!t) return '—';
  const amount = showValue(Math.abs(t.value), row.unit);
  switch (t.kind) {
    case 'atMost':
      return `≤ ${amount}`;
    case 'floorTimesAtMost':
      return `≤ ${t.value} × floor`;
    case 'floorPlusAtMost':
      return `≤ floor + ${amount}`;
    case 'floorPlusAtLeast':
      return `≥ floor ${t.value < 0 ? '−' : '+'} ${amount}`;
  }
}

const HEADER = [
  'figure',
  'ours (min–max)',
  'floor (min–max)',
  'ours vs floor',
  'target',
  'verdict',
];

export function renderTable(groups: readonly Group[]): string {
  const cells = groups.map((g) =>
    g.rows.map((r) => [
      r.label,
      showFigure(r.ours, r.unit),
      showFigure(r.floor, r.unit),
      showRelation(r),
      showTarget(r),
      verdict(r) ?? '',
    ]),
  );
  const widths = HEADER.map((h, i) =>
    Math.max(h.length, ...cells.flat().map((c) => (c[i] ?? '').length)),
  );
  const line = (c: readonly string[]) =>
    `| ${widths.map((w, i) => (c[i] ?? '').padEnd(w)).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const span = (text: string) => `| ${text.padEnd(rule.length - 4)} |`;
  const out = [rule, line(HEADER)];
  groups.forEach((g, i) => {
    out.push(rule, span(g.title), ...(cells[i] ?? []).map(line), ...(g.notes ?? []).map(span));
  });
  out.push(rule);
  return out.join('\n');
}

/** Every targeted row as "group: label" with its verdict. */
export function targetVerdicts(groups: readonly Group[]): { target: string; verdict: Verdict }[] {
  return groups.flatMap((g) =>
    g.rows.flatMap((r) => {
      const v = verdict(r);
      return v ? [{ target: `${g.name ?? g.title}: ${r.label.trim()}`, verdict: v }] : [];
    }),
  );
}
