/**
 * A camera flight as keyframes for the compositor: the whole path sampled once, each camera
 * kept inside the coverage (van Wijk & Nuij zoom out mid-way on a long move, further than
 * either end, and must not show the data's edge either). Pure arithmetic: the map component
 * turns it into a Web Animation of the drawing.
 */
import type { Camera, Coverage, Viewport } from './camera-math.ts';
import type { CameraInterpolator } from './interpolate-camera.ts';

export interface Flight {
  /** Cameras at evenly spaced times, eased, first and last exactly the path's ends. */
  readonly cameras: readonly Camera[];
}

/** Samples `path` at `samples` + 1 eased times. */
export function flightFrames(
  path: CameraInterpolator,
  viewport: Viewport,
  coverage: Coverage,
  ease: (t: number) => number,
  samples = 40,
): Flight {
  const centre = [viewport.width / 2, viewport.height / 2] as const;
  const cameras = Array.from({ length: samples + 1 }, (_, i) =>
    path(ease(i / samples)).keepCovered(viewport, coverage, centre),
  );
  return { cameras };
}
