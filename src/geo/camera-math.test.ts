import { ZoomTransform, zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { Camera } from './camera-math.ts';

/** d3-zoom's own transform, the reference the camera claims to equal. */
const d3 = (c: Camera) => {
  const { k, x, y } = c.toJSON();
  return new ZoomTransform(k, x, y);
};
const fields = (t: ZoomTransform) => ({ k: t.k, x: t.x, y: t.y });

describe('Camera is d3-zoom’s ZoomTransform', () => {
  const cameras = [
    Camera.identity,
    new Camera(2.5, -120.25, 47),
    new Camera(0.31, 900, -12.5),
    new Camera(6, 0.001, 1e6),
  ];

  it('starts from the same identity', () => {
    expect(Camera.identity.toJSON()).toEqual(fields(zoomIdentity));
  });

  it.each(cameras)('scale, translate, apply and invert give d3’s numbers (%s)', (camera) => {
    const ref = d3(camera);
    expect(camera.scale(1.7).toJSON()).toEqual(fields(ref.scale(1.7)));
    expect(camera.translate(-33.5, 12).toJSON()).toEqual(fields(ref.translate(-33.5, 12)));
    expect(camera.translate(4, 9).scale(0.5).toJSON()).toEqual(
      fields(ref.translate(4, 9).scale(0.5)),
    );
    for (const p of [
      [0, 0],
      [123.4, -56.7],
      [1e4, 3],
    ] as const) {
      expect(camera.apply(p)).toEqual(ref.apply([...p]));
      expect(camera.invert(p)).toEqual(ref.invert([...p]));
      expect(camera.applyX(p[0])).toBe(ref.applyX(p[0]));
      expect(camera.invertY(p[1])).toBe(ref.invertY(p[1]));
    }
  });

  it('writes the same transform as d3, rounded for attributes', () => {
    const camera = new Camera(2, -0, 10.123456);
    expect(d3(camera).toString()).toBe('translate(0,10.123456) scale(2)');
    expect(camera.toString()).toBe('translate(0,10.123) scale(2)');
  });
});

describe('the camera’s own moves', () => {
  const viewport = { width: 400, height: 800 };

  it('relativeTo moves a picture drawn at one camera to show what another draws', () => {
    const drawn = new Camera(2, 30, -40);
    const next = new Camera(5, -120, 75);
    const move = next.relativeTo(drawn);
    for (const world of [
      [0, 0],
      [13.5, -7],
      [400, 250],
    ] as const) {
      const [sx, sy] = drawn.apply(world);
      const [mx, my] = move.apply([sx, sy]);
      const [ex, ey] = next.apply(world);
      expect(mx).toBeCloseTo(ex, 9);
      expect(my).toBeCloseTo(ey, 9);
    }
    expect(drawn.relativeTo(drawn).equals(Camera.identity)).toBe(true);
  });

  it('zoomAbout keeps the world point under the screen point', () => {
    const camera = new Camera(1.5, -40, 30);
    const about = [120, 640] as const;
    const zoomed = camera.zoomAbout(4, about);
    expect(zoomed.invert(about)[0]).toBeCloseTo(camera.invert(about)[0], 9);
    expect(zoomed.invert(about)[1]).toBeCloseTo(camera.invert(about)[1], 9);
    expect(zoomed.screenLength(1)).toBe(4);
  });

  it('zoomView and fromZoomView round-trip', () => {
    const camera = new Camera(3.2, -812, 455);
    const back = Camera.fromZoomView(camera.zoomView(viewport), viewport).toJSON();
    expect(back.k).toBeCloseTo(3.2, 12);
    expect(back.x).toBeCloseTo(-812, 9);
    expect(back.y).toBeCloseTo(455, 9);
  });

  it('toCss puts a layer where the camera shows it', () => {
    // A layer drawn at 2 px per unit from world (10, 20): its pixel (0, 0) is world (10, 20).
    const layer = new Camera(3, 5, -7).translate(10, 20).scale(1 / 2);
    expect(layer.toCss()).toBe('translate(35px,53px) scale(1.5)');
  });
});
