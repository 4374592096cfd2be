import { describe, expect, it } from 'vitest';
import { Camera } from './camera.ts';
import { interpolateCamera } from './interpolate-camera.ts';

const viewport = { width: 400, height: 800 };

/** The world point at the viewport's centre under a camera. */
function centre(c: Camera): [number, number] {
  return c.invert([viewport.width / 2, viewport.height / 2]);
}

/** Camera with world point (cx, cy) at the viewport's centre, at zoom k. */
function cameraAt(cx: number, cy: number, k: number): Camera {
  return new Camera(k, viewport.width / 2 - cx * k, viewport.height / 2 - cy * k);
}

const samples = (n: number) => Array.from({ length: n + 1 }, (_, i) => i / n);

describe('interpolateCamera', () => {
  const a = cameraAt(500, 500, 0.8);
  const b = cameraAt(620, 470, 3.2);
  const path = interpolateCamera(a, b, viewport);

  it('returns exactly a at t = 0 and exactly b at t = 1 (and clamps outside)', () => {
    // The very cameras given (cameras are immutable): a landed flight equals its target.
    expect(path(0)).toBe(a);
    expect(path(1)).toBe(b);
    expect(path(-0.5)).toBe(a);
    expect(path(1.5)).toBe(b);
    expect(path(Number.NaN)).toBe(a);
  });

  it('is continuous: small steps in t make small steps on screen', () => {
    let previous = path(0);
    for (const t of samples(200).slice(1)) {
      const c = path(t);
      expect(Math.abs(Math.log(c.toJSON().k / previous.toJSON().k))).toBeLessThan(0.05);
      const [px, py] = centre(previous);
      const [x, y] = centre(c);
      // Movement of the centre in screen pixels at the current zoom.
      expect(Math.hypot(x - px, y - py) * c.toJSON().k).toBeLessThan(40);
      previous = c;
    }
  });

  it('zooms monotonically when only the zoom changes', () => {
    const zoomIn = interpolateCamera(cameraAt(500, 500, 1), cameraAt(500, 500, 6), viewport);
    let k = 0;
    for (const t of samples(50)) {
      const c = zoomIn(t);
      expect(c.toJSON().k).toBeGreaterThanOrEqual(k);
      k = c.toJSON().k;
      const [x, y] = centre(c);
      expect(Math.abs(x - 500) + Math.abs(y - 500)).toBeLessThan(1e-9);
    }
    // Exponential zoom: halfway in t is the geometric mean of the scales.
    expect(zoomIn(0.5).toJSON().k).toBeCloseTo(Math.sqrt(6), 9);
  });

  it('moves the centre monotonically along the straight line from a to b', () => {
    const [ax, ay] = centre(a);
    const [bx, by] = centre(b);
    let progress = -1e-9;
    for (const t of samples(50)) {
      const [x, y] = centre(path(t));
      const along =
        ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2);
      const across =
        Math.abs((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / Math.hypot(bx - ax, by - ay);
      expect(along).toBeGreaterThanOrEqual(progress);
      expect(across).toBeLessThan(1e-6);
      progress = along;
    }
  });

  it('zooms out in the middle of a long pan at a constant zoom, then back in', () => {
    const pan = interpolateCamera(cameraAt(200, 500, 4), cameraAt(800, 500, 4), viewport);
    expect(pan(0.5).toJSON().k).toBeLessThan(4);
    expect(pan(0.25).toJSON().k).toBeGreaterThan(pan(0.5).toJSON().k);
    expect(pan(0.5).toJSON().k).toBeLessThan(pan(0.75).toJSON().k);
    expect(pan(0.25).toJSON().k).toBeCloseTo(pan(0.75).toJSON().k, 9);
  });

  it('suggests a duration that grows with the move, within its clamps', () => {
    const nudge = interpolateCamera(cameraAt(500, 500, 2), cameraAt(505, 500, 2), viewport);
    const far = interpolateCamera(cameraAt(100, 100, 6), cameraAt(900, 900, 6), viewport);
    const mid = interpolateCamera(cameraAt(400, 400, 2), cameraAt(600, 550, 3), viewport);
    expect(nudge.duration).toBe(400);
    expect(far.duration).toBe(1800);
    expect(mid.duration).toBeGreaterThan(400);
    expect(mid.duration).toBeLessThan(1800);
    expect(interpolateCamera(a, a, viewport).duration).toBe(0);
    expect(
      interpolateCamera(a, b, viewport, { minDuration: 0, maxDuration: 1e9 }).duration,
    ).toBeGreaterThan(0);
  });
});
