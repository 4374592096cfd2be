/**
 * How far the drawn geography reaches, in world space. The topology records the box it was
 * clipped to (its `bbox`); inside that box, no land means sea. A camera whose view stays inside
 * it never shows the data's edge (see constrainCamera).
 */
import type { GeoProjection } from 'd3-geo';
import type { Camera, Viewport } from './camera-math.ts';
import type { LonLatBox } from './frame.ts';
import type { WorldBounds } from './types.ts';

/**
 * The largest axis-aligned world rectangle inside the projected box. On the conic projection
 * the box's meridians lean in towards the pole and its parallels are arcs, so the rectangle
 * takes the innermost of each edge, sampled every `stepDeg`.
 */
export function coverageRect(
  [west, south, east, north]: LonLatBox,
  projection: GeoProjection,
  stepDeg = 0.25,
): WorldBounds {
  const at = (lon: number, lat: number) => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`cannot project ${lon}, ${lat}`);
    return p;
  };
  let x0 = -Infinity;
  let x1 = Infinity;
  for (let lat = south; lat <= north + 1e-9; lat += stepDeg) {
    x0 = Math.max(x0, at(west, lat)[0]);
    x1 = Math.min(x1, at(east, lat)[0]);
  }
  let y0 = -Infinity;
  let y1 = Infinity;
  for (let lon = west; lon <= east + 1e-9; lon += stepDeg / 4) {
    const top = at(lon, north);
    const bottom = at(lon, south);
    if (top[0] >= x0 && top[0] <= x1) y0 = Math.max(y0, top[1]);
    if (bottom[0] >= x0 && bottom[0] <= x1) y1 = Math.min(y1, bottom[1]);
  }
  // Between samples the arcs run a little beyond them: give up a world unit on each side.
  const inset = 1;
  if (!(x0 + inset < x1 - inset && y0 + inset < y1 - inset))
    throw new Error(`the box ${JSON.stringify([west, south, east, north])} has no inner rectangle`);
  return [
    [x0 + inset, y0 + inset],
    [x1 - inset, y1 - inset],
  ];
}

/**
 * Points of the viewport's outline (every `stepPx`) that fall outside the box once turned back
 * into degrees: where the reader would see past the data's edge. Empty when the view is covered.
 */
export function uncoveredPoints(
  camera: Camera,
  viewport: Viewport,
  box: LonLatBox,
  projection: GeoProjection,
  stepPx = 20,
): [number, number][] {
  const [west, south, east, north] = box;
  const out: [number, number][] = [];
  const nx = Math.max(1, Math.ceil(viewport.width / stepPx));
  const ny = Math.max(1, Math.ceil(viewport.height / stepPx));
  const edge: [number, number][] = [];
  for (let i = 0; i <= nx; i++)
    edge.push([(viewport.width * i) / nx, 0], [(viewport.width * i) / nx, viewport.height]);
  for (let j = 1; j < ny; j++)
    edge.push([0, (viewport.height * j) / ny], [viewport.width, (viewport.height * j) / ny]);
  for (const [sx, sy] of edge) {
    const lonLat = projection.invert?.(camera.invert([sx, sy]));
    const eps = 1e-6;
    if (
      !lonLat ||
      lonLat[0] < west - eps ||
      lonLat[0] > east + eps ||
      lonLat[1] < south - eps ||
      lonLat[1] > north + eps
    )
      out.push([sx, sy]);
  }
  return out;
}
