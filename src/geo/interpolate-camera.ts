import { interpolateZoom } from 'd3-interpolate';
import { Camera, type Viewport } from './camera-math.ts';

/** A camera path: call it with t in [0, 1]. */
export interface CameraInterpolator {
  (t: number): Camera;
  /**
   * Suggested duration in milliseconds: d3's, proportional to the path's length in van Wijk &
   * Nuij's metric (a long pan takes longer than a small nudge), clamped to [minDuration,
   * maxDuration]; 0 when the two cameras are the same.
   */
  readonly duration: number;
}

/** Options of {@link interpolateCamera}. */
export interface InterpolateCameraOptions {
  /** Lower clamp of `duration` in ms (default 400). */
  readonly minDuration?: number;
  /** Upper clamp of `duration` in ms (default 1800). */
  readonly maxDuration?: number;
}

/**
 * Smooth, "optimal" zoom-and-pan between two cameras (van Wijk & Nuij, 2003): d3-interpolate's
 * interpolateZoom, on the views `[cx, cy, w]` it expects: the world point at the viewport's
 * centre and the world width the viewport's longer side spans (as d3-zoom uses it, so the same
 * two cameras give the same path whatever the orientation).
 *
 * Returns exactly `a` for t ≤ 0 and exactly `b` for t ≥ 1 (no floating-point drift at the
 * ends, so a finished flight lands on the step's camera).
 */
export function interpolateCamera(
  a: Camera,
  b: Camera,
  viewport: Viewport,
  opts: InterpolateCameraOptions = {},
): CameraInterpolator {
  // d3's default ρ = √2: the trade-off between zooming and panning van Wijk & Nuij recommend.
  const zoom = interpolateZoom(a.zoomView(viewport), b.zoomView(viewport));
  const interpolator = (t: number): Camera => {
    if (!(t > 0)) return a; // also catches NaN
    if (t >= 1) return b;
    return Camera.fromZoomView(zoom(t), viewport);
  };
  const duration = a.equals(b)
    ? 0
    : Math.min(opts.maxDuration ?? 1800, Math.max(opts.minDuration ?? 400, zoom.duration));
  return Object.assign(interpolator, { duration });
}
