/**
 * "How the story travelled" as a layered graph: each piece of reporting sits one column to the
 * right of everything it drew on, so arrows always run left to right, from the reporting to
 * those who repeated it. Pure layout (no DOM, no React): positions in a fixed coordinate box.
 */
import { linkHorizontal } from 'd3-shape';

export interface TravelNode {
  id: string;
  /** Outlet name shown on the node. */
  name: string;
  /** Date as the record gives it, or null. */
  when: string | null;
  /** True for the five reports; false for reporting they name but we do not have. */
  isReport: boolean;
  drewOn: readonly string[];
}

export interface PlacedNode extends TravelNode {
  column: number;
  x: number;
  y: number;
}

export interface TravelLayout {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  nodes: PlacedNode[];
  links: { from: string; to: string; d: string }[];
}

const NODE_W = 200;
const NODE_H = 46;
const COLUMN_GAP = 70;
const ROW_GAP = 18;

/**
 * Column of each node: 0 for reporting that drew on nothing we know of, else 1 + the furthest
 * source.
 */
export function travelColumns(nodes: readonly TravelNode[]): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const columns = new Map<string, number>();
  const columnOf = (id: string, seen: ReadonlySet<string>): number => {
    const known = columns.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) throw new Error(`travel graph: a loop through "${id}"`);
    const sources = (byId.get(id)?.drewOn ?? []).filter((s) => byId.has(s));
    const column =
      sources.length === 0
        ? 0
        : 1 + Math.max(...sources.map((s) => columnOf(s, new Set([...seen, id]))));
    columns.set(id, column);
    return column;
  };
  for (const n of nodes) columnOf(n.id, new Set());
  return columns;
}

export function layoutTravel(nodes: readonly TravelNode[]): TravelLayout {
  const columns = travelColumns(nodes);
  const columnCount = Math.max(0, ...columns.values()) + 1;
  const perColumn: TravelNode[][] = Array.from({ length: columnCount }, () => []);
  for (const n of nodes) perColumn[columns.get(n.id) ?? 0]?.push(n);
  // Order each column by the average row of what its nodes drew on, so links cross less.
  const row = new Map<string, number>();
  perColumn.forEach((column, c) => {
    if (c > 0) {
      const mean = (n: TravelNode) => {
        const rows = n.drewOn.flatMap((s) => (row.has(s) ? [row.get(s) as number] : []));
        return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : 0;
      };
      column.sort((a, b) => mean(a) - mean(b) || a.id.localeCompare(b.id));
    }
    column.forEach((n, r) => row.set(n.id, r));
  });
  const rows = Math.max(1, ...perColumn.map((c) => c.length));
  const height = rows * NODE_H + (rows - 1) * ROW_GAP;
  const placed: PlacedNode[] = perColumn.flatMap((column, c) => {
    // Centre each column vertically, so short columns sit level with the middle of tall ones.
    const top = (height - (column.length * NODE_H + (column.length - 1) * ROW_GAP)) / 2;
    return column.map((n, r) => ({
      ...n,
      column: c,
      x: c * (NODE_W + COLUMN_GAP),
      y: top + r * (NODE_H + ROW_GAP),
    }));
  });
  const at = new Map(placed.map((n) => [n.id, n]));
  const link = linkHorizontal<
    { source: [number, number]; target: [number, number] },
    [number, number]
  >();
  const links = placed.flatMap((to) =>
    to.drewOn.flatMap((fromId) => {
      const from = at.get(fromId);
      if (!from) return [];
      const d =
        link({
          source: [from.x + NODE_W, from.y + NODE_H / 2],
          target: [to.x - 6, to.y + NODE_H / 2],
        }) ?? '';
      return [{ from: fromId, to: to.id, d }];
    }),
  );
  return {
    width: columnCount * NODE_W + (columnCount - 1) * COLUMN_GAP,
    height,
    nodeWidth: NODE_W,
    nodeHeight: NODE_H,
    nodes: placed,
    links,
  };
}
