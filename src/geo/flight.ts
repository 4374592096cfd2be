/**
 * A camera flight as keyframes for the compositor: the whole path sampled once, each camera
 * kept inside the coverage (van Wijk & Nuij zoom out mid-way on a long move, further than
 * either end, and must not show the data's edge either). Pure arithmetic: the map component
 * turns it into a Web Animation of the drawing.
 */
import type { Camera, Coverage, Viewport } from './camera-math.ts';
import type { CameraInterpolator } from './interpolate-camera.ts';

/**
 * Samples `path` at `samples` + 1 eased times: cameras at evenly spaced times, first and last
 * exactly the path's ends.
 */
export function flightFrames(
  path: CameraInterpolator,
  viewport: Viewport,
  coverage: Coverage,
  ease: (t: number) => number,
  samples = 40,
): readonly Camera[] {
  const centre = [viewport.width / 2, viewport.height / 2] as const;
  return Array.from({ length: samples + 1 }, (_, i) =>
    path(ease(i / samples)).keepCovered(viewport, coverage, centre),
  );
}
