import type { Camera, Viewport } from './camera-math.ts';

/** A camera path: call it with t in [0, 1]. */
export interface CameraInterpolator {
  (t: number): Camera;
  /**
   * Suggested duration in milliseconds: proportional to the path's length
   * in van Wijk & Nuij's metric (so a long pan across the map takes longer
   * than a small nudge), clamped to [minDuration, maxDuration]; 0 when the
   * two cameras are the same.
   */
  readonly duration: number;
}

/** Options of {@link interpolateCamera}. */
export interface InterpolateCameraOptions {
  /**
   * Trade-off between zooming and panning (van Wijk & Nuij's ρ). Larger
   * values zoom out further on long moves. Default √2, as d3.interpolateZoom.
   */
  readonly rho?: number;
  /** Lower clamp of `duration` in ms (default 400). */
  readonly minDuration?: number;
  /** Upper clamp of `duration` in ms (default 1800). */
  readonly maxDuration?: number;
}

const EPSILON2 = 1e-12;

/**
 * Smooth, "optimal" zoom-and-pan between two cameras (J. J. van Wijk and
 * W. A. A. Nuij, "Smooth and efficient zooming and panning", 2003): the
 * path zooms out on a long move so the motion on screen stays steady, as
 * d3.interpolateZoom does. Implemented here on the Camera directly so the
 * map needs no d3-interpolate.
 *
 * The formula works on views `[cx, cy, w]`: the world point at the
 * viewport's centre and the world width that the viewport spans. `w` uses
 * the viewport's longer side, as d3-zoom does, so the same two cameras give
 * the same path whatever the orientation.
 *
 * Returns exactly `a` for t ≤ 0 and exactly `b` for t ≥ 1 (no floating-point
 * drift at the ends, so a finished transition lands on the step's camera).
 */
export function interpolateCamera(
  a: Camera,
  b: Camera,
  viewport: Viewport,
  opts: InterpolateCameraOptions = {},
): CameraInterpolator {
  const rho = opts.rho ?? Math.SQRT2;
  const rho2 = rho * rho;
  const rho4 = rho2 * rho2;
  const size = Math.max(viewport.width, viewport.height, 1);
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;

  // Camera → view: centre in world space and world width across the viewport.
  const ux0 = (cx - a.x) / a.k;
  const uy0 = (cy - a.y) / a.k;
  const w0 = size / a.k;
  const ux1 = (cx - b.x) / b.k;
  const uy1 = (cy - b.y) / b.k;
  const w1 = size / b.k;

  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;

  let S: number;
  let view: (t: number) => [number, number, number];
  if (d2 < EPSILON2 * w0 * w0) {
    // Same centre: a pure exponential zoom.
    S = Math.log(w1 / w0) / rho;
    view = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / rho;
    const coshr0 = Math.cosh(r0);
    const sinhr0 = Math.sinh(r0);
    view = (t) => {
      const s = t * S;
      const u = (w0 / (rho2 * d1)) * (coshr0 * Math.tanh(rho * s + r0) - sinhr0);
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / Math.cosh(rho * s + r0)];
    };
  }

  const interpolator = (t: number): Camera => {
    if (!(t > 0)) return { ...a }; // also catches NaN
    if (t >= 1) return { ...b };
    const [ux, uy, w] = view(t);
    const k = size / w;
    return { k, x: cx - ux * k, y: cy - uy * k };
  };
  // d3's rule: 1000 ms per unit of path length, scaled by ρ/√2.
  const raw = (Math.abs(S) * 1000 * rho) / Math.SQRT2;
  // Nothing to animate between identical cameras.
  const duration = raw === 0 ? 0 : Math.min(opts.maxDuration ?? 1800, Math.max(opts.minDuration ?? 400, raw));
  return Object.assign(interpolator, { duration });
}
