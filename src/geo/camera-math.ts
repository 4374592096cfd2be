/**
 * The camera: the one value that says where the map looks, and all arithmetic on it. No
 * geography (no d3), so the first view's JavaScript does not carry d3-geo.
 */
import { formatNumber } from './format-number.ts';
import type { WorldBounds, WorldPoint } from './types.ts';

/** Size of the map's drawing area in screen pixels. */
export type Viewport = { width: number; height: number };

/** Screen pixels to keep clear on each side (e.g. under the story text). */
export type Padding = { top: number; right: number; bottom: number; left: number };

/** A point on screen, in pixels from the map's top left. */
type ScreenPoint = readonly [number, number];

/** Limits on the zoom factor. */
export interface FitOptions {
  /** Never zoom in further than this (e.g. for a focus on one small city). */
  readonly maxK?: number;
  /** Never zoom out further than this. */
  readonly minK?: number;
}

/** How far the drawn geography reaches, as the camera needs it (see coverage.ts). */
export interface Coverage {
  /** The largest world rectangle inside it: any view within this is covered. */
  readonly rect: WorldBounds;
  /** Whether a camera's whole view lies inside it (the exact test, on the curved outline). */
  readonly covers: (camera: Camera, viewport: Viewport) => boolean;
}

/** No padding. */
export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The transform of the SVG group that holds the pre-projected world: `screen = world × k +
 * [x, y]`. d3-zoom's ZoomTransform, method for method (scale, translate, apply, invert,
 * applyX/Y, invertX/Y, toString), without d3-zoom's selection and transition code; plus the
 * map's own moves. Immutable. Its fields are private: code outside this module asks the camera
 * (apply, invert, screenLength…) rather than doing the arithmetic again.
 */
export class Camera {
  constructor(
    private readonly k: number,
    private readonly x: number,
    private readonly y: number,
  ) {}

  /** d3-zoom's `transform.scale(k)`: zoom multiplied by `k`, the screen origin fixed. */
  scale(k: number): Camera {
    return k === 1 ? this : new Camera(this.k * k, this.x, this.y);
  }

  /** d3-zoom's `transform.translate(x, y)`: moved by `x`, `y` world units. */
  translate(x: number, y: number): Camera {
    return x === 0 && y === 0 ? this : new Camera(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  /**
   * The screen-space move that turns a picture drawn at `drawn` into this camera's view: as a CSS
   * transform (origin 0 0) on that picture, it shows what this camera would draw.
   */
  relativeTo(drawn: Camera): Camera {
    const k = this.k / drawn.k;
    return new Camera(k, this.x - k * drawn.x, this.y - k * drawn.y);
  }

  /** Where a world point appears on screen. */
  apply([x, y]: WorldPoint): [number, number] {
    return [this.applyX(x), this.applyY(y)];
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  applyY(y: number): number {
    return y * this.k + this.y;
  }

  /** The world point shown at a screen point. */
  invert([x, y]: ScreenPoint): [number, number] {
    return [this.invertX(x), this.invertY(y)];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  /** How long `worldLength` world units are on screen, in pixels. */
  screenLength(worldLength: number): number {
    return worldLength * this.k;
  }

  /** How many world units `pixels` screen pixels span (a stroke width drawn in world space). */
  worldLength(pixels: number): number {
    return pixels / this.k;
  }

  equals(other: Camera): boolean {
    return this.k === other.k && this.x === other.x && this.y === other.y;
  }

  /**
   * The SVG `transform` value, as d3-zoom writes it: `translate(x,y) scale(k)`, with x and y
   * to 3 decimals and k to 5 (enough for a thousandth of a pixel across the map).
   */
  toString(): string {
    return (
      `translate(${formatNumber(this.x, 3)},${formatNumber(this.y, 3)}) ` +
      `scale(${formatNumber(this.k, 5)})`
    );
  }

  /** The CSS `transform` value: to a hundredth of a pixel, k to 5 decimals. */
  toCss(): string {
    const [x, y, k] = [formatNumber(this.x), formatNumber(this.y), formatNumber(this.k, 5)];
    return `translate(${x}px,${y}px) scale(${k})`;
  }

  /** The fields, for tests and logs. */
  toJSON(): { k: number; x: number; y: number } {
    return { k: this.k, x: this.x, y: this.y };
  }

  /**
   * The part of the world shown in a viewport, widened by `margin` (a share of the viewport
   * on every side) so shapes just outside the frame still count as visible.
   */
  visibleBounds(viewport: Viewport, margin = 0): WorldBounds {
    const mx = viewport.width * margin;
    const my = viewport.height * margin;
    return [this.invert([-mx, -my]), this.invert([viewport.width + mx, viewport.height + my])];
  }

  /** The camera at zoom `k` that keeps the world point under screen point `about` in place. */
  zoomAbout(k: number, [ax, ay]: ScreenPoint): Camera {
    return new Camera(k, ax - this.invertX(ax) * k, ay - this.invertY(ay) * k);
  }

  /**
   * Slid back inside `rect` (a world box) on each axis where the view fits in it; an axis
   * where it does not is left alone.
   */
  slideInto(viewport: Viewport, [[x0, y0], [x1, y1]]: WorldBounds): Camera {
    const { k } = this;
    const x =
      viewport.width / k <= x1 - x0
        ? Math.min(-x0 * k, Math.max(viewport.width - x1 * k, this.x))
        : this.x;
    const y =
      viewport.height / k <= y1 - y0
        ? Math.min(-y0 * k, Math.max(viewport.height - y1 * k, this.y))
        : this.y;
    return new Camera(k, x, y);
  }

  /**
   * Changed as little as it takes for the view to stay inside `extent` (a world box): zoomed
   * in about `about` until the view fits, then slid back in. d3-zoom's constrain with a
   * translateExtent, as arithmetic alone.
   */
  constrain(
    viewport: Viewport,
    [[ex0, ey0], [ex1, ey1]]: WorldBounds,
    about: ScreenPoint = [viewport.width / 2, viewport.height / 2],
  ): Camera {
    const k = Math.max(this.k, viewport.width / (ex1 - ex0), viewport.height / (ey1 - ey0));
    const zoomed = this.zoomAbout(k, about);
    return new Camera(
      k,
      Math.min(-ex0 * k, Math.max(viewport.width - ex1 * k, zoomed.x)),
      Math.min(-ey0 * k, Math.max(viewport.height - ey1 * k, zoomed.y)),
    );
  }

  /**
   * Zoomed in about `about` just enough for the view to be covered, giving up as little as it
   * can: sliding where the inner rectangle leaves room (bisection on the zoom, between this one
   * and the one that fits the inner rectangle, which is always covered).
   */
  keepCovered(viewport: Viewport, coverage: Coverage, about: ScreenPoint): Camera {
    if (coverage.covers(this, viewport)) return this;
    const safe = this.constrain(viewport, coverage.rect, about);
    const at = (k: number) => this.zoomAbout(k, about).slideInto(viewport, coverage.rect);
    let lo = this.k;
    let hi = safe.k;
    for (let i = 0; i < 14 && hi - lo > 1e-4 * hi; i++) {
      const mid = (lo + hi) / 2;
      if (coverage.covers(at(mid), viewport)) hi = mid;
      else lo = mid;
    }
    const best = at(hi);
    return coverage.covers(best, viewport) ? best : safe;
  }

  /**
   * The view as d3's interpolateZoom takes it, `[cx, cy, w]`: the world point at the
   * viewport's centre and the world width the viewport's longer side spans (as d3-zoom does,
   * so the same two cameras give the same path whatever the orientation).
   */
  zoomView(viewport: Viewport): [number, number, number] {
    const [cx, cy] = this.invert([viewport.width / 2, viewport.height / 2]);
    return [cx, cy, longerSide(viewport) / this.k];
  }

  /** The camera of a `zoomView`. */
  static fromZoomView([cx, cy, w]: readonly number[], viewport: Viewport): Camera {
    const k = longerSide(viewport) / (w ?? 1);
    return new Camera(k, viewport.width / 2 - (cx ?? 0) * k, viewport.height / 2 - (cy ?? 0) * k);
  }

  /**
   * The camera that shows `worldBounds` as large as possible inside the viewport less its
   * padding, centred in that padded area. The zoom is the largest at which the bounds fit on
   * both axes, then clamped to [minK, maxK]; clamping keeps the bounds centred (they then
   * overflow or underfill the area evenly). A box with no width or height (a single point) gets
   * `maxK`, or 1 without one.
   */
  static fit(
    [[x0, y0], [x1, y1]]: WorldBounds,
    viewport: Viewport,
    padding: Padding = NO_PADDING,
    opts: FitOptions = {},
  ): Camera {
    // A padding larger than the viewport leaves a 1 px area rather than a negative one, which
    // would flip the map.
    const areaWidth = Math.max(1, viewport.width - padding.left - padding.right);
    const areaHeight = Math.max(1, viewport.height - padding.top - padding.bottom);
    const kx = x1 > x0 ? areaWidth / (x1 - x0) : Infinity;
    const ky = y1 > y0 ? areaHeight / (y1 - y0) : Infinity;
    let k = Math.min(kx, ky);
    if (!Number.isFinite(k)) k = opts.maxK ?? 1;
    if (opts.maxK !== undefined) k = Math.min(k, opts.maxK);
    if (opts.minK !== undefined) k = Math.max(k, opts.minK);
    return new Camera(
      k,
      padding.left + areaWidth / 2 - k * ((x0 + x1) / 2),
      padding.top + areaHeight / 2 - k * ((y0 + y1) / 2),
    );
  }

  /** d3-zoom's zoomIdentity. */
  static readonly identity = new Camera(1, 0, 0);
}

function longerSide(viewport: Viewport): number {
  return Math.max(viewport.width, viewport.height, 1);
}

/** Whether two boxes overlap (touching counts). */
export function boundsOverlap(
  [[ax0, ay0], [ax1, ay1]]: WorldBounds,
  [[bx0, by0], [bx1, by1]]: WorldBounds,
): boolean {
  return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;
}
