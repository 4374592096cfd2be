import { describe, expect, it } from 'vitest';
import { boundsOfPoints, boundsWithin, expandToMinSize, unionBounds } from './world-bounds.ts';

describe('world bounds', () => {
  it('bounds points and unions boxes', () => {
    expect(
      boundsOfPoints([
        [3, 4],
        [1, 9],
        [5, 2],
      ]),
    ).toEqual([
      [1, 2],
      [5, 9],
    ]);
    expect(
      unionBounds([
        [
          [0, 0],
          [1, 1],
        ],
        [
          [-2, 0.5],
          [0.5, 3],
        ],
      ]),
    ).toEqual([
      [-2, 0],
      [1, 3],
    ]);
  });

  it('tells a box wholly inside another, edges included, from one that reaches out', () => {
    const outer: [[number, number], [number, number]] = [
      [0, 0],
      [10, 10],
    ];
    expect(
      boundsWithin(
        [
          [0, 2],
          [10, 3],
        ],
        outer,
      ),
    ).toBe(true);
    expect(
      boundsWithin(
        [
          [-0.1, 2],
          [5, 3],
        ],
        outer,
      ),
    ).toBe(false);
    expect(
      boundsWithin(
        [
          [1, 1],
          [5, 10.1],
        ],
        outer,
      ),
    ).toBe(false);
  });

  it('refuses to bound nothing', () => {
    expect(() => boundsOfPoints([])).toThrow();
    expect(() => unionBounds([])).toThrow();
    expect(() => boundsOfPoints([[Number.NaN, 1]])).toThrow();
  });

  it('grows a box about its centre to a minimum size, leaving larger sides alone', () => {
    expect(
      expandToMinSize(
        [
          [10, 10],
          [10, 10],
        ],
        6,
      ),
    ).toEqual([
      [7, 7],
      [13, 13],
    ]);
    expect(
      expandToMinSize(
        [
          [0, 0],
          [100, 2],
        ],
        10,
      ),
    ).toEqual([
      [0, -4],
      [100, 6],
    ]);
    expect(
      expandToMinSize(
        [
          [0, 0],
          [100, 50],
        ],
        10,
      ),
    ).toEqual([
      [0, 0],
      [100, 50],
    ]);
  });
});
