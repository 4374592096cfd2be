import { describe, expect, it } from 'vitest';
import { layoutTravel, travelColumns, type TravelNode } from './travel-graph.ts';

const node = (id: string, drewOn: string[] = []): TravelNode => ({
  id,
  name: id,
  when: null,
  isReport: true,
  drewOn,
});

describe('travel graph layout', () => {
  const nodes = [
    node('mint', ['voa', 'nk']),
    node('dnk'),
    node('voa', ['dnk']),
    node('nk', ['dnk']),
    node('ani', ['dnk']),
  ];

  it('puts each node one column right of the furthest thing it drew on', () => {
    expect(Object.fromEntries(travelColumns(nodes))).toEqual({
      dnk: 0,
      voa: 1,
      nk: 1,
      ani: 1,
      mint: 2,
    });
  });

  it('draws every link left to right, from the source to the one that repeated it', () => {
    const layout = layoutTravel(nodes);
    expect(layout.links.map((l) => `${l.from}>${l.to}`).sort()).toEqual([
      'dnk>ani',
      'dnk>nk',
      'dnk>voa',
      'nk>mint',
      'voa>mint',
    ]);
    const x = new Map(layout.nodes.map((n) => [n.id, n.x]));
    for (const l of layout.links) expect(x.get(l.from)!).toBeLessThan(x.get(l.to)!);
    for (const l of layout.links) expect(l.d).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  it('keeps nodes inside the box and apart', () => {
    const layout = layoutTravel(nodes);
    for (const n of layout.nodes) {
      expect(n.x + layout.nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y + layout.nodeHeight).toBeLessThanOrEqual(layout.height);
    }
    const column1 = layout.nodes
      .filter((n) => n.column === 1)
      .map((n) => n.y)
      .sort((a, b) => a - b);
    for (let i = 1; i < column1.length; i++)
      expect(column1[i]! - column1[i - 1]!).toBeGreaterThanOrEqual(layout.nodeHeight);
  });

  it('refuses a loop', () => {
    expect(() => travelColumns([node('a', ['b']), node('b', ['a'])])).toThrow(/loop/);
  });
});
