import { geoPath, type GeoPath, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';

/** Snapping steps that divide a unit into exact decimals, so numbers stay short. */
export type SnapScale = 1 | 2 | 5 | 10;

/**
 * The coarsest snapping (1, 1/2, 1/5 or 1/10 of a world unit) that puts every vertex within half
 * a screen pixel of its place at zoom `k`: steps of at most a pixel, each point rounded to the
 * nearest. (Steps of half a pixel would push a Korean page's first map frame past its first 14 KB.)
 */
export const snapScaleFor = (k: number): SnapScale =>
  ([1, 2, 5] as const).find((scale) => scale >= k) ?? 10;

/**
 * A d3-geo path generator whose SVG path data is as short as the map can afford: points are
 * snapped to 1/`scale` of a world unit and every point after a ring's first is written as a
 * relative move ("l-2.6 1.7 .4-3"). The prerendered map is most of a page's first bytes, and
 * relative steps are about half the length of absolute coordinates (and gzip better).
 *
 * Steps are taken between snapped points (integers of 1/scale), so rounding never drifts
 * along a ring: every vertex lands within half a step of its true position.
 */
export function createCompactPath(
  projection: GeoProjection | GeoStreamWrapper,
  scale: SnapScale = 10,
): (object: Parameters<GeoPath>[0]) => string {
  const context = new CompactContext(scale);
  const path = geoPath(projection, context);
  return (object) => {
    context.reset();
    path(object);
    return context.result();
  };
}

/**
 * Formats integer tenths (or other 1/scale units) as the shortest decimal: 5 → ".5", -12 → "-1.2".
 */
function formatUnits(units: number, scale: number): string {
  const text = String(units / scale);
  return text.replace(/^(-?)0\./, '$1.');
}

class CompactContext {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private open = false;

  constructor(private readonly scale: SnapScale) {}

  reset(): void {
    this.parts = [];
    this.open = false;
  }

  result(): string {
    return this.parts.join('');
  }

  moveTo(x: number, y: number): void {
    this.x = Math.round(x * this.scale);
    this.y = Math.round(y * this.scale);
    this.parts.push(`M${formatUnits(this.x, this.scale)},${formatUnits(this.y, this.scale)}`);
    this.open = false;
  }

  lineTo(x: number, y: number): void {
    const nx = Math.round(x * this.scale);
    const ny = Math.round(y * this.scale);
    const dx = nx - this.x;
    const dy = ny - this.y;
    if (dx === 0 && dy === 0) return; // a step smaller than the snapping draws nothing
    this.x = nx;
    this.y = ny;
    const sx = formatUnits(dx, this.scale);
    const sy = formatUnits(dy, this.scale);
    // After "l", further pairs repeat it; a pair needs a separator unless its sign is one.
    const lead = this.open ? (sx.startsWith('-') ? '' : ' ') : 'l';
    this.parts.push(`${lead}${sx}${sy.startsWith('-') ? '' : ','}${sy}`);
    this.open = true;
  }

  closePath(): void {
    this.parts.push('Z');
    this.open = false;
  }

  beginPath(): void {}

  arc(): void {
    // Only points are drawn as arcs, and the map draws no GeoJSON points.
  }
}

/**
 * `d` (a compact path, as createCompactPath writes it) without the subpaths whose box is smaller
 * than `min` world units both ways: a speck of coastline a few pixels across around an islet says
 * nothing a reader can see, and the prerendered frame must fit its page's first 14 KB.
 */
export function withoutSpecks(d: string, min: number): string {
  return d
    .split(/(?=M)/)
    .filter((sub) => {
      const numbers = (sub.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      let [x = 0, y = 0] = numbers;
      let [x0, x1, y0, y1] = [x, x, y, y];
      for (let i = 2; i + 1 < numbers.length; i += 2) {
        x += numbers[i]!;
        y += numbers[i + 1]!;
        [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
      }
      return x1 - x0 >= min || y1 - y0 >= min;
    })
    .join('');
}
