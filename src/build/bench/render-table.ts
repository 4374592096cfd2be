/** Plain-text tables for the benchmark's printout (print-table.ts, floor-table.ts). */

export type TableRow = { section: string } | { cells: string[] };

/** Renders rows under a header; section rows span the table. Pure, for tests. */
export function renderTable(header: readonly string[], rows: readonly TableRow[]): string {
  const widths = header.map((h) => h.length);
  for (const row of rows) {
    if ('cells' in row)
      row.cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  }
  // Widen the last column if a section title would not fit.
  const longestSection = Math.max(0, ...rows.map((r) => ('section' in r ? r.section.length : 0)));
  const innerWidth = () => widths.reduce((sum, w) => sum + w, 0) + 3 * (widths.length - 1);
  if (longestSection > innerWidth())
    widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + longestSection - innerWidth();
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const inner = rule.length - 4;
  const out = [rule, line(header), rule];
  for (const row of rows) {
    if ('section' in row) {
      if (out[out.length - 1] !== rule) out.push(rule);
      out.push(`| ${row.section.padEnd(inner)} |`);
    } else out.push(line(row.cells));
  }
  out.push(rule);
  return out.join('\n');
}
