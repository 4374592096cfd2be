/**
 * Screen-space shapes for label placement, and whether they touch: oriented boxes (a label,
 * turned with its river), segments (the border, a route), discs (place dots). Separating-axis
 * tests, exact for these convex shapes. Pure arithmetic, no d3: d3 has no oriented-box
 * collision (d3-quadtree indexes points, not turned rectangles).
 */

/** A point on screen, in CSS pixels (y down). */
export type ScreenPoint = readonly [x: number, y: number];

/** A rectangle turned by `angle` degrees (clockwise, as SVG rotate) about its centre. */
export interface OrientedBox {
  readonly cx: number;
  readonly cy: number;
  /** Half the width and half the height, before turning. */
  readonly hw: number;
  readonly hh: number;
  readonly angle: number;
}

/** An axis-aligned rectangle in screen pixels. */
export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const RAD = Math.PI / 180;

/** The four corners of a box, clockwise from its top left. */
export function corners(box: OrientedBox): ScreenPoint[] {
  const c = Math.cos(box.angle * RAD);
  const s = Math.sin(box.angle * RAD);
  return (
    [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const
  ).map(
    ([u, v]) =>
      [box.cx + u * box.hw * c - v * box.hh * s, box.cy + u * box.hw * s + v * box.hh * c] as const,
  );
}

/** The smallest axis-aligned rectangle around a box. */
export function boundsOfBox(box: OrientedBox): Rect {
  const points = corners(box);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** An axis-aligned rectangle as a box. */
export function rectBox({ x0, y0, x1, y1 }: Rect): OrientedBox {
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, hw: (x1 - x0) / 2, hh: (y1 - y0) / 2, angle: 0 };
}

export function rectInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1
  );
}

/** The box's two axes (unit vectors along its width and its height). */
function axes(box: OrientedBox): [ScreenPoint, ScreenPoint] {
  const c = Math.cos(box.angle * RAD);
  const s = Math.sin(box.angle * RAD);
  return [
    [c, s],
    [-s, c],
  ];
}

/** Half the extent of a box projected on a unit axis. */
function radiusOn(box: OrientedBox, [ax, ay]: ScreenPoint): number {
  const [u, v] = axes(box);
  return box.hw * Math.abs(u[0] * ax + u[1] * ay) + box.hh * Math.abs(v[0] * ax + v[1] * ay);
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: OrientedBox, b: OrientedBox): boolean {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  for (const axis of [...axes(a), ...axes(b)]) {
    if (Math.abs(dx * axis[0] + dy * axis[1]) >= radiusOn(a, axis) + radiusOn(b, axis))
      return false;
  }
  return true;
}

/** Whether a box and a segment come within `pad` pixels of each other. */
export function boxTouchesSegment(
  box: OrientedBox,
  p: ScreenPoint,
  q: ScreenPoint,
  pad = 0,
): boolean {
  const grown = { ...box, hw: box.hw + pad, hh: box.hh + pad };
  const [u, v] = axes(grown);
  const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
  const normals: ScreenPoint[] =
    length > 0 ? [u, v, [-(q[1] - p[1]) / length, (q[0] - p[0]) / length]] : [u, v];
  for (const axis of normals) {
    const centre = grown.cx * axis[0] + grown.cy * axis[1];
    const r = radiusOn(grown, axis);
    const a = p[0] * axis[0] + p[1] * axis[1];
    const b = q[0] * axis[0] + q[1] * axis[1];
    if (Math.max(a, b) <= centre - r || Math.min(a, b) >= centre + r) return false;
  }
  return true;
}

/** Whether a box and a disc overlap. */
export function boxTouchesDisc(box: OrientedBox, [x, y]: ScreenPoint, r: number): boolean {
  const [u, v] = axes(box);
  const dx = x - box.cx;
  const dy = y - box.cy;
  const lu = Math.max(-box.hw, Math.min(box.hw, dx * u[0] + dy * u[1]));
  const lv = Math.max(-box.hh, Math.min(box.hh, dx * v[0] + dy * v[1]));
  const nx = box.cx + lu * u[0] + lv * v[0];
  const ny = box.cy + lu * u[1] + lv * v[1];
  return Math.hypot(x - nx, y - ny) < r;
}

/** Whether a box touches a polyline (within `pad`), skipping segments far from it. */
export function boxTouchesLine(box: OrientedBox, line: readonly ScreenPoint[], pad = 0): boolean {
  const b = boundsOfBox(box);
  for (let i = 1; i < line.length; i++) {
    const p = line[i - 1] as ScreenPoint;
    const q = line[i] as ScreenPoint;
    if (Math.max(p[0], q[0]) < b.x0 - pad || Math.min(p[0], q[0]) > b.x1 + pad) continue;
    if (Math.max(p[1], q[1]) < b.y0 - pad || Math.min(p[1], q[1]) > b.y1 + pad) continue;
    if (boxTouchesSegment(box, p, q, pad)) return true;
  }
  return false;
}

/** Whether a point lies inside a ring (even–odd rule). */
export function pointInRing([x, y]: ScreenPoint, ring: readonly ScreenPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as ScreenPoint;
    const [xj, yj] = ring[j] as ScreenPoint;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
