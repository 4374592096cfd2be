import { Camera, type Coverage, type Padding, type Viewport } from './camera-math.ts';
import type { MapFocus } from './camera.ts';
import type { WorldBounds } from './types.ts';

/** Never zoom in further than this: a small focus (one city-province) stays in its setting. */
export const MAX_ZOOM = 6;

/**
 * What a step's camera frames: its focus and every region it shades (a shading that ran off
 * the screen, or under the caption, would be a claim the reader cannot see).
 */
export function subjectBounds(
  world: { viewBounds: (focus: MapFocus) => WorldBounds },
  view: {
    readonly focus: MapFocus;
    readonly highlight: readonly { readonly regions: readonly string[] }[];
  },
): WorldBounds {
  const shaded = view.highlight.flatMap((h) => h.regions);
  const [[a0, b0], [a1, b1]] = world.viewBounds(view.focus);
  if (shaded.length === 0)
    return [
      [a0, b0],
      [a1, b1],
    ];
  const [[c0, d0], [c1, d1]] = world.viewBounds({ regions: shaded });
  return [
    [Math.min(a0, c0), Math.min(b0, d0)],
    [Math.max(a1, c1), Math.max(b1, d1)],
  ];
}

/**
 * The camera a step's map lands on: its focus fitted into the viewport less the padding, then
 * kept inside the drawn geography, so no screen shape (a tall phone, an ultra-wide monitor)
 * sees past the data's edge. Where the two disagree, coverage wins, giving up as little as it
 * can: the view zooms in about the padded area's centre, sliding where the inner rectangle
 * leaves room, just until the whole of it is covered (Camera.keepCovered).
 */
export function cameraForView(
  focus: WorldBounds,
  viewport: Viewport,
  padding: Padding,
  coverage: Coverage,
): Camera {
  return Camera.fit(focus, viewport, padding, { maxK: MAX_ZOOM }).keepCovered(viewport, coverage, [
    padding.left + (viewport.width - padding.left - padding.right) / 2,
    padding.top + (viewport.height - padding.top - padding.bottom) / 2,
  ]);
}
