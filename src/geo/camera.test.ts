import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import raw from '../../data/geo/region.topo.json';
import { boundsForView, boundsOverlap, Camera, MIN_VIEW_SIZE, type Padding } from './camera.ts';
import { featuresForTargets } from './geography.ts';
import { asRegionTopology } from './load-topology.ts';
import { createBaseProjection } from './projection.ts';
import type { WorldBounds } from './types.ts';

const topology = asRegionTopology(raw);
const projection = createBaseProjection();

function expectInDelta(actual: number, expected: number, delta = 1e-9) {
  expect(Math.abs(actual - expected), `${actual} vs ${expected} ± ${delta}`).toBeLessThanOrEqual(
    delta,
  );
}

/** Where a world box lands on screen. */
function onScreen(camera: Camera, [[x0, y0], [x1, y1]]: WorldBounds) {
  const [left, top] = camera.apply([x0, y0]);
  const [right, bottom] = camera.apply([x1, y1]);
  return { left, top, right, bottom };
}

describe('fitCamera', () => {
  const square = { width: 1000, height: 1000 };

  it('shows the whole world box at k = 1 in a same-size viewport', () => {
    expect(
      Camera.fit(
        [
          [0, 0],
          [1000, 1000],
        ],
        square,
      ),
    ).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('zooms 2× on a half-size box and centres it exactly', () => {
    const camera = Camera.fit(
      [
        [250, 100],
        [750, 600],
      ],
      square,
    );
    expectInDelta(camera.toJSON().k, 2);
    const box = onScreen(camera, [
      [250, 100],
      [750, 600],
    ]);
    expectInDelta(box.left, 0);
    expectInDelta(box.right, 1000);
    expectInDelta((box.top + box.bottom) / 2, 500);
  });

  it('centres the bounds in the padded area and keeps clear of the padding', () => {
    const viewport = { width: 390, height: 844 };
    const padding: Padding = { top: 24, right: 16, bottom: 420, left: 16 };
    const bounds: WorldBounds = [
      [389.7, 365.0],
      [744.5, 697.7],
    ];
    const camera = Camera.fit(bounds, viewport, padding);
    const box = onScreen(camera, bounds);
    expectInDelta(
      (box.left + box.right) / 2,
      padding.left + (viewport.width - padding.left - padding.right) / 2,
      1e-9,
    );
    expectInDelta(
      (box.top + box.bottom) / 2,
      padding.top + (viewport.height - padding.top - padding.bottom) / 2,
      1e-9,
    );
    expect(box.left).toBeGreaterThanOrEqual(padding.left - 1e-9);
    expect(box.right).toBeLessThanOrEqual(viewport.width - padding.right + 1e-9);
    expect(box.top).toBeGreaterThanOrEqual(padding.top - 1e-9);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height - padding.bottom + 1e-9);
    // The limiting axis (here the width) is filled exactly.
    expectInDelta(box.right - box.left, viewport.width - padding.left - padding.right, 1e-9);
  });

  it('clamps k to [minK, maxK] and still centres', () => {
    const tiny: WorldBounds = [
      [500, 500],
      [510, 510],
    ];
    const capped = Camera.fit(tiny, square, undefined, { maxK: 8 });
    expect(capped.toJSON().k).toBe(8);
    // The box's centre (505, 505) lands on the viewport's centre.
    const [cx, cy] = capped.apply([505, 505]);
    expectInDelta(cx, 500);
    expectInDelta(cy, 500);
    expect(
      Camera.fit(
        [
          [0, 0],
          [4000, 4000],
        ],
        square,
        undefined,
        { minK: 0.5 },
      ).toJSON().k,
    ).toBe(0.5);
  });

  it('handles a single point and a padding larger than the viewport without flipping', () => {
    expect(
      Camera.fit(
        [
          [300, 300],
          [300, 300],
        ],
        square,
      ).toJSON().k,
    ).toBe(1);
    expect(
      Camera.fit(
        [
          [300, 300],
          [300, 300],
        ],
        square,
        undefined,
        { maxK: 6 },
      ).toJSON().k,
    ).toBe(6);
    const squeezed = Camera.fit(
      [
        [0, 0],
        [100, 100],
      ],
      { width: 100, height: 100 },
      { top: 80, right: 80, bottom: 80, left: 80 },
    );
    expect(squeezed.toJSON().k).toBeGreaterThan(0);
  });
});

describe('camera helpers', () => {
  it('worldToScreen scales then translates', () => {
    expect(new Camera(3.5, -120.25, 47).apply([100, 10])).toEqual([229.75, 82]);
  });

  it('formats the SVG transform compactly, without -0', () => {
    expect(new Camera(2, -0, 10.123456).toString()).toBe('translate(0,10.123) scale(2)');
  });
});

describe('boundsForView', () => {
  it('unions the projected bounds of the focused regions', () => {
    const bounds = boundsForView(
      { focus: { regions: ['KP', 'CN-LN', 'CN-JL'] } },
      topology,
      projection,
    );
    const path = geoPath(projection);
    const parts = featuresForTargets(topology, ['KP', 'CN-LN', 'CN-JL']).map((f) => path.bounds(f));
    expectInDelta(bounds[0][0], Math.min(...parts.map((b) => b[0][0])));
    expectInDelta(bounds[0][1], Math.min(...parts.map((b) => b[0][1])));
    expectInDelta(bounds[1][0], Math.max(...parts.map((b) => b[1][0])));
    expectInDelta(bounds[1][1], Math.max(...parts.map((b) => b[1][1])));
  });

  it('samples a bbox focus along its edges, catching the bulge of the parallels', () => {
    const bbox = [116, 36, 130, 46] as const; // centred on the central meridian, 123°E
    const bounds = boundsForView({ focus: { bbox } }, topology, projection);
    const corners = [
      projection([bbox[0], bbox[1]])!,
      projection([bbox[2], bbox[1]])!,
      projection([bbox[0], bbox[3]])!,
      projection([bbox[2], bbox[3]])!,
    ];
    // On a conic a parallel is an arc whose lowest point is on the central
    // meridian, below the box's corners: the corners alone would cut it off.
    const southMiddle = projection([(bbox[0] + bbox[2]) / 2, bbox[1]])!;
    expect(southMiddle[1]).toBeGreaterThan(Math.max(...corners.map((c) => c[1])));
    expectInDelta(bounds[1][1], southMiddle[1], 1e-6);
    expectInDelta(bounds[0][0], Math.min(...corners.map((c) => c[0])), 1e-6);
    expectInDelta(bounds[1][0], Math.max(...corners.map((c) => c[0])), 1e-6);
  });

  it('grows a small focus to the minimum size about its centre', () => {
    const one = boundsForView({ focus: { regions: ['KR-11'] } }, topology, projection);
    expect(one[1][0] - one[0][0]).toBeGreaterThanOrEqual(MIN_VIEW_SIZE - 1e-9);
    expect(one[1][1] - one[0][1]).toBeGreaterThanOrEqual(MIN_VIEW_SIZE - 1e-9);
  });

  it('refuses unknown ids and inverted boxes', () => {
    expect(() => boundsForView({ focus: { regions: ['CN-XX'] } }, topology, projection)).toThrow(
      /CN-XX/,
    );
    expect(() =>
      boundsForView({ focus: { bbox: [130, 40, 120, 45] } }, topology, projection),
    ).toThrow(/west, south, east, north/);
  });
});

describe('visibleWorldBounds', () => {
  it('inverts the camera at the viewport corners', () => {
    const camera: Camera = new Camera(2, -100, 50);
    const viewport = { width: 400, height: 800 };
    const [[x0, y0], [x1, y1]] = camera.visibleBounds(viewport);
    expect(camera.apply([x0, y0])).toEqual([0, 0]);
    expect(camera.apply([x1, y1])).toEqual([400, 800]);
  });

  it('widens by a share of the viewport on every side', () => {
    const [[x0, y0], [x1, y1]] = new Camera(1, 0, 0).visibleBounds(
      { width: 100, height: 200 },
      0.1,
    );
    expect([x0, y0, x1, y1]).toEqual([-10, -20, 110, 220]);
  });
});

describe('boundsOverlap', () => {
  const box: WorldBounds = [
    [0, 0],
    [10, 10],
  ];
  it('is true for overlapping and touching boxes, false for apart ones', () => {
    expect(
      boundsOverlap(box, [
        [5, 5],
        [20, 20],
      ]),
    ).toBe(true);
    expect(
      boundsOverlap(box, [
        [10, 0],
        [20, 10],
      ]),
    ).toBe(true);
    expect(
      boundsOverlap(box, [
        [11, 0],
        [20, 10],
      ]),
    ).toBe(false);
    expect(
      boundsOverlap(box, [
        [0, -5],
        [10, -1],
      ]),
    ).toBe(false);
  });
});
