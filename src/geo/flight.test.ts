import { describe, expect, it } from 'vitest';
import { Camera } from './camera-math.ts';
import { flightFrames } from './flight.ts';
import { interpolateCamera } from './interpolate-camera.ts';

const viewport = { width: 400, height: 800 };
/** A coverage that is exactly its rectangle. */
function rectCoverage(rect: readonly [readonly [number, number], readonly [number, number]]) {
  return {
    rect,
    covers: (camera: Camera, viewport: { width: number; height: number }) => {
      const [[x0, y0], [x1, y1]] = camera.visibleBounds(viewport);
      return (
        x0 >= rect[0][0] - 1e-9 &&
        y0 >= rect[0][1] - 1e-9 &&
        x1 <= rect[1][0] + 1e-9 &&
        y1 <= rect[1][1] + 1e-9
      );
    },
  };
}
const coverage = rectCoverage([
  [-500, -500],
  [1500, 1500],
]);
const a: Camera = new Camera(0.8, 200 - 500 * 0.8, 400 - 500 * 0.8);
const b: Camera = new Camera(3, 200 - 700 * 3, 400 - 300 * 3);
const linear = (t: number) => t;

describe('flightFrames', () => {
  const cameras = flightFrames(interpolateCamera(a, b, viewport), viewport, coverage, linear, 20);

  it('starts and ends exactly on the two cameras', () => {
    expect(cameras[0]).toEqual(a);
    expect(cameras[20]).toEqual(b);
  });

  it('never looks past the coverage, even where van Wijk zooms out', () => {
    const tight = rectCoverage([
      [0, 0],
      [1000, 1000],
    ]);
    const far: Camera = new Camera(0.5, 200 - 400 * 0.5, 400 - 800 * 0.5);
    for (const camera of flightFrames(
      interpolateCamera(new Camera(2, 200 - 100 * 2, 400 - 100 * 2), far, viewport),
      viewport,
      tight,
      linear,
    )) {
      const [[x0, y0], [x1, y1]] = camera.visibleBounds(viewport);
      expect(x0).toBeGreaterThanOrEqual(-1e-6);
      expect(y0).toBeGreaterThanOrEqual(-1e-6);
      expect(x1).toBeLessThanOrEqual(1000 + 1e-6);
      expect(y1).toBeLessThanOrEqual(1000 + 1e-6);
    }
  });
});
