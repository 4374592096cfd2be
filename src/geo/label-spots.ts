/**
 * Candidate spots for the three kinds of label a map has: beside a point (a place's dot),
 * over an area (a province, a country, a sea), along a line (a river). Each returns spots best
 * first, as the placement engine (place-labels.ts) takes them.
 */
import type { ScreenPoint } from './label-geometry.ts';
import type { LabelSpot } from './place-labels.ts';

type HalfSize = { hw: number; hh: number };

/**
 * Beside a dot, `gap` px clear of its centre: right (the cartographer's first choice for a
 * place name), left, above, below, then the four diagonals.
 */
export function besidePoint([x, y]: ScreenPoint, gap: number): (size: HalfSize) => LabelSpot[] {
  return ({ hw, hh }) => {
    const d = gap * Math.SQRT1_2;
    return [
      { x: x + gap + hw, y },
      { x: x - gap - hw, y },
      { x, y: y - gap - hh },
      { x, y: y + gap + hh },
      { x: x + d + hw, y: y - d - hh },
      { x: x - d - hw, y: y - d - hh },
      { x: x + d + hw, y: y + d + hh },
      { x: x - d - hw, y: y + d + hh },
    ];
  };
}

/**
 * Over an area, at each of its anchors in turn: on the anchor, then nudged up and down by a
 * line, then sideways by half the label.
 */
export function overArea(anchors: readonly ScreenPoint[]): (size: HalfSize) => LabelSpot[] {
  return ({ hw, hh }) =>
    anchors.flatMap(([x, y]) => [
      { x, y },
      { x, y: y - 2.4 * hh },
      { x, y: y + 2.4 * hh },
      { x: x + hw, y },
      { x: x - hw, y },
      { x, y: y - 4.8 * hh },
      { x, y: y + 4.8 * hh },
    ]);
}

/** Fractions of a line's length tried for a label along it, middle first. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/**
 * Along a line, `gap` px off it (or a little further) on either side, turned with the line's course
 * over the label's own length (a chord, so one meander does not tilt it), never upside down. Only
 * the stretch inside `view` counts, so the name lands where the reader sees the river.
 */
export function alongLine(
  line: readonly ScreenPoint[],
  gap: number,
  view: { x0: number; y0: number; x1: number; y1: number },
): (size: HalfSize) => LabelSpot[] {
  const inside = line.filter(
    ([x, y]) => x >= view.x0 && x <= view.x1 && y >= view.y0 && y <= view.y1,
  );
  const cumulative: number[] = [0];
  for (let i = 1; i < inside.length; i++) {
    const a = inside[i - 1] as ScreenPoint;
    const b = inside[i] as ScreenPoint;
    cumulative.push((cumulative[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const total = cumulative[cumulative.length - 1] ?? 0;
  const at = (s: number): ScreenPoint => {
    const d = Math.max(0, Math.min(total, s));
    let i = 1;
    while (i < inside.length - 1 && (cumulative[i] ?? 0) < d) i++;
    const a = inside[i - 1] as ScreenPoint;
    const b = inside[i] as ScreenPoint;
    const span = (cumulative[i] ?? 0) - (cumulative[i - 1] ?? 0);
    const t = span > 0 ? (d - (cumulative[i - 1] ?? 0)) / span : 0;
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  };
  return ({ hw, hh }) => {
    if (inside.length < 2 || total < 2 * hw) return [];
    return ALONG.flatMap((fraction) => {
      const s = Math.max(hw, Math.min(total - hw, fraction * total));
      const [px, py] = at(s);
      const p = at(s - hw);
      const q = at(s + hw);
      let angle = (Math.atan2(q[1] - p[1], q[0] - p[0]) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      const rad = (angle * Math.PI) / 180;
      // The box's own "down", perpendicular to the text.
      const nx = -Math.sin(rad);
      const ny = Math.cos(rad);
      // Close to the river first; further off where a meander bulges into the box.
      return [gap, gap + 0.6 * hh, gap + 1.2 * hh].flatMap((g) => [
        { x: px - nx * (g + hh), y: py - ny * (g + hh), angle },
        { x: px + nx * (g + hh), y: py + ny * (g + hh), angle },
      ]);
    });
  };
}
