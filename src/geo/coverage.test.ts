import { describe, expect, it } from 'vitest';
import { Camera } from './camera-math.ts';
import { coverageRect, uncoveredPoints } from './coverage.ts';
import { MAP_COVERAGE, MAP_FRAME } from './frame.ts';
import { createBaseProjection } from './projection.ts';
import { cameraForView } from './view-camera.ts';

const projection = createBaseProjection();
const rect = coverageRect(MAP_COVERAGE, projection);
const coverage = {
  rect,
  covers: (c: Parameters<typeof uncoveredPoints>[0], v: Parameters<typeof uncoveredPoints>[1]) =>
    uncoveredPoints(c, v, MAP_COVERAGE, projection, 40).length === 0,
};

describe('coverageRect', () => {
  it("is a rectangle inside the projected box, reaching well beyond the story's frame", () => {
    const [[x0, y0], [x1, y1]] = rect;
    for (const [x, y] of [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
      [(x0 + x1) / 2, y0],
      [(x0 + x1) / 2, y1],
    ] as const) {
      const [lon, lat] = projection.invert!([x, y])!;
      expect(lon).toBeGreaterThanOrEqual(MAP_COVERAGE[0]);
      expect(lon).toBeLessThanOrEqual(MAP_COVERAGE[2]);
      expect(lat).toBeGreaterThanOrEqual(MAP_COVERAGE[1]);
      expect(lat).toBeLessThanOrEqual(MAP_COVERAGE[3]);
    }
    // The frame fills the world box 0–1000; the coverage goes hundreds of units past it.
    expect(x0).toBeLessThan(-150);
    expect(y0).toBeLessThan(-300);
    expect(x1).toBeGreaterThan(1150);
    expect(y1).toBeGreaterThan(1300);
  });

  it('refuses a box with no room inside', () => {
    expect(() => coverageRect([120, 40, 120.001, 40.001], projection)).toThrow(
      /no inner rectangle/,
    );
  });
});

describe('uncoveredPoints', () => {
  const viewport = { width: 400, height: 800 };
  it('finds none in a view inside the box, and the edge of one that looks past it', () => {
    expect(uncoveredPoints(new Camera(1, 0, 0), viewport, MAP_COVERAGE, projection)).toEqual([]);
    const far = uncoveredPoints(new Camera(0.1, 0, 0), viewport, MAP_COVERAGE, projection);
    expect(far.length).toBeGreaterThan(10);
    expect(
      uncoveredPoints(new Camera(1, 0, 0), { width: 1000, height: 1000 }, MAP_FRAME, projection)
        .length,
    ).toBeGreaterThan(0); // the frame's curved corners
  });
});

describe('the inner rectangle', () => {
  it('holds only covered views, so a view inside it skips the exact test', () => {
    // Cameras whose view lies inside the rectangle, at its corners and across zooms and shapes:
    // the exact test (the outline turned back into degrees) finds nothing uncovered in any.
    const [[x0, y0], [x1, y1]] = rect;
    let checked = 0;
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ])
      for (const k of [0.3, 0.5, 1, 4])
        for (const [fx, fy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
          [0.5, 0.5],
        ] as const) {
          const w = viewport.width / k;
          const h = viewport.height / k;
          if (w > x1 - x0 || h > y1 - y0) continue;
          const left = x0 + fx * (x1 - x0 - w);
          const top = y0 + fy * (y1 - y0 - h);
          const camera = new Camera(k, -left * k, -top * k);
          expect(uncoveredPoints(camera, viewport, MAP_COVERAGE, projection, 10)).toEqual([]);
          checked++;
        }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('constrainCamera and keepCovered', () => {
  const viewport = { width: 2000, height: 1000 };
  it('zoom in just enough, about the given point, and slide back inside', () => {
    const wide = new Camera(0.5, 1000 - 500 * 0.5, 500 - 500 * 0.5);
    const safe = wide.constrain(viewport, rect);
    const [[x0, y0], [x1, y1]] = safe.visibleBounds(viewport);
    expect(x0).toBeGreaterThanOrEqual(rect[0][0] - 1e-9);
    expect(y0).toBeGreaterThanOrEqual(rect[0][1] - 1e-9);
    expect(x1).toBeLessThanOrEqual(rect[1][0] + 1e-9);
    expect(y1).toBeLessThanOrEqual(rect[1][1] + 1e-9);
    // The exact test gives up less zoom than the inner rectangle does, and is still covered.
    const kept = wide.keepCovered(viewport, coverage, [1000, 500]);
    expect(kept.toJSON().k).toBeLessThanOrEqual(safe.toJSON().k + 1e-9);
    expect(kept.toJSON().k).toBeGreaterThan(wide.toJSON().k);
    expect(coverage.covers(kept, viewport)).toBe(true);
  });

  it('leave a covered camera alone', () => {
    const camera = cameraForView(
      [
        [300, 300],
        [700, 700],
      ],
      { width: 800, height: 800 },
      { top: 0, right: 0, bottom: 0, left: 0 },
      coverage,
    );
    expect(camera).toEqual({ k: 2, x: -600, y: -600 });
  });
});
