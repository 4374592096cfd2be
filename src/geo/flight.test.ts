import { describe, expect, it } from 'vitest';
import { Camera } from './camera-math.ts';
import { flightFrames, layerScale, layerTransform } from './flight.ts';
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
  const flight = flightFrames(interpolateCamera(a, b, viewport), viewport, coverage, linear, 20);

  it('starts and ends exactly on the two cameras', () => {
    expect(flight.cameras[0]).toEqual(a);
    expect(flight.cameras[20]).toEqual(b);
  });

  it('bounds everything any frame shows, within the coverage', () => {
    const [[x0, y0], [x1, y1]] = flight.bounds;
    for (const camera of flight.cameras) {
      const [[a0, b0], [a1, b1]] = camera.visibleBounds(viewport);
      expect(a0).toBeGreaterThanOrEqual(x0 - 1e-9);
      expect(b0).toBeGreaterThanOrEqual(y0 - 1e-9);
      expect(a1).toBeLessThanOrEqual(x1 + 1e-9);
      expect(b1).toBeLessThanOrEqual(y1 + 1e-9);
    }
    expect(x0).toBeGreaterThanOrEqual(-500);
    expect(y1).toBeLessThanOrEqual(1500);
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
    ).cameras) {
      const [[x0, y0], [x1, y1]] = camera.visibleBounds(viewport);
      expect(x0).toBeGreaterThanOrEqual(-1e-6);
      expect(y0).toBeGreaterThanOrEqual(-1e-6);
      expect(x1).toBeLessThanOrEqual(1000 + 1e-6);
      expect(y1).toBeLessThanOrEqual(1000 + 1e-6);
    }
  });
});

describe('the flight layer', () => {
  const flight = flightFrames(interpolateCamera(a, b, viewport), viewport, coverage, linear);

  it("is drawn between the ends' zooms (their geometric mean), within a pixel budget", () => {
    const scale = layerScale(flight, viewport, 3);
    const [[x0, y0], [x1, y1]] = flight.bounds;
    expect(scale).toBeLessThanOrEqual(Math.sqrt(0.8 * 3) + 1e-9);
    expect((x1 - x0) * scale * (y1 - y0) * scale).toBeLessThanOrEqual(3 * 400 * 800 + 1e-6);
  });

  it('is placed so its world box lands where the camera shows it', () => {
    // A layer of world box [[100, 50], …] drawn at 2 px per unit, under a camera of k = 4:
    // its top-left corner goes to 100·4 − 30, 50·4 + 10, scaled by 4 / 2.
    expect(
      layerTransform(
        new Camera(4, -30, 10),
        [
          [100, 50],
          [200, 150],
        ],
        2,
      ),
    ).toBe('translate(370px,210px) scale(2)');
  });
});
