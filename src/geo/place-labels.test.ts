import { describe, expect, it } from 'vitest';
import { besidePoint, overArea } from './label-spots.ts';
import {
  labelHalfSize,
  LABEL_PAD,
  placeLabels,
  type LabelRequest,
  type TextMeasure,
} from './place-labels.ts';

/** Every character 10 px wide, in any font: sizes are then easy to reason about. */
const measure: TextMeasure = (text) => text.length * 10;
const font = { font: 'sans' as const, size: 10 };
const area = { x0: 0, y0: 0, x1: 400, y1: 300 };
const at = (id: string, text: string, priority: number, x: number, y: number): LabelRequest => ({
  id,
  text,
  font,
  priority,
  spots: overArea([[x, y]]),
});

describe('labelHalfSize', () => {
  it('is half the measured text plus the halo, less trailing letter spacing', () => {
    expect(labelHalfSize('abcd', font, measure)).toEqual({ hw: 20 + LABEL_PAD, hh: 5 + LABEL_PAD });
    expect(
      labelHalfSize(
        'abcd',
        { ...font, letterSpacing: 2 },
        (t, f) => t.length * (10 + (f.letterSpacing ?? 0)),
      ).hw,
    ).toBe(23 + LABEL_PAD);
  });
});

describe('placeLabels', () => {
  it('places the more important label first and moves the other out of its way', () => {
    const { placed, dropped } = placeLabels(
      [at('minor', 'Minor', 2, 200, 150), at('major', 'Major', 1, 200, 150)],
      {},
      area,
      measure,
    );
    expect(dropped).toEqual([]);
    const major = placed.find((p) => p.id === 'major')!;
    const minor = placed.find((p) => p.id === 'minor')!;
    expect([major.box.cx, major.box.cy]).toEqual([200, 150]);
    expect(minor.box.cy).not.toBe(150);
  });

  it('drops the least important when there is no room, never overlapping', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => at(`l${i}`, 'Crowded label', i, 200, 150));
    const { placed, dropped } = placeLabels(
      crowd,
      {},
      { x0: 100, y0: 100, x1: 300, y1: 200 },
      measure,
    );
    expect(placed.length).toBeGreaterThan(0);
    expect(dropped.length).toBe(40 - placed.length);
    // The kept ones are the most important.
    expect(placed.map((p) => p.id)).toEqual(crowd.slice(0, placed.length).map((l) => l.id));
  });

  it('keeps off dots, lines and keep-out boxes, and inside the area', () => {
    const dot = { at: [200, 150] as const, r: 4 };
    const { placed } = placeLabels(
      [{ id: 'p', text: 'Place', font, priority: 1, spots: besidePoint([200, 150], 6) }],
      { discs: [dot], rects: [{ x0: 205, y0: 100, x1: 400, y1: 200 }] },
      area,
      measure,
    );
    // Right of the dot is kept out: it goes left.
    expect(placed[0]!.box.cx).toBeLessThan(200);
    const line = placeLabels(
      [at('a', 'Across', 1, 200, 150)],
      {
        lines: [
          {
            points: [
              [0, 150],
              [400, 150],
            ],
            clear: 2,
          },
        ],
      },
      area,
      measure,
    );
    expect(Math.abs(line.placed[0]!.box.cy - 150)).toBeGreaterThan(line.placed[0]!.box.hh);
    expect(
      placeLabels([at('edge', 'Edge', 1, 2, 150)], {}, area, measure).placed[0]!.box.cx,
    ).toBeGreaterThan(2);
  });

  it("honours a label's own test (a sea's name on water only)", () => {
    const { placed, dropped } = placeLabels(
      [{ ...at('sea', 'Sea', 1, 200, 150), fits: () => false }],
      {},
      area,
      measure,
    );
    expect(placed).toEqual([]);
    expect(dropped).toEqual(['sea']);
  });
});
