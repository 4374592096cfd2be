import type { GeoProjection } from 'd3-geo';
import type { LineString, Position } from 'geojson';
import { chinaNorthKoreaBorder } from './geography.ts';
import type { LonLat, RegionTopology } from './types.ts';

/**
 * Mount Paektu (Changbai): the Yalu rises on its south-west side and flows
 * west to the Yellow Sea, the Tumen on its east side and flows east to the
 * Sea of Japan. The border's nearest vertex to it splits the two rivers.
 */
export const PAEKTU: LonLat = [128.06, 42.0];

/** One of the two rivers that make up the China–North Korea border. */
export interface BorderRiver {
  readonly id: 'yalu' | 'tumen';
  /** English label text. */
  readonly name: string;
  /** The river's stretch of the border, in lon/lat, from Mount Paektu downstream. */
  readonly line: LineString;
  /** Where to put the label: the point halfway along `line`. */
  readonly anchor: LonLat;
}

/** The border split into its two rivers. */
export interface BorderRivers {
  readonly yalu: BorderRiver;
  readonly tumen: BorderRiver;
}

const cache = new WeakMap<RegionTopology, BorderRivers>();

/**
 * The China–North Korea border split at Mount Paektu into the Yalu (west)
 * and the Tumen (east), each with a label anchor halfway along it.
 *
 * The border mesh normally comes out as one line; if the data ever yields
 * several, the longest is used (the others would be slivers around river
 * islands).
 *
 * @throws Error if the topology has no China–North Korea border.
 */
export function borderRivers(topology: RegionTopology): BorderRivers {
  const cached = cache.get(topology);
  if (cached) return cached;

  const lines = chinaNorthKoreaBorder(topology).coordinates;
  let main: Position[] | undefined;
  for (const line of lines) if (!main || lineLength(line) > lineLength(main)) main = line;
  if (!main || main.length < 3) throw new Error('no China–North Korea border in the topology');

  // Orient west → east so index 0 is the Yalu mouth.
  const first = main[0];
  const last = main[main.length - 1];
  const westToEast = first && last && (first[0] ?? 0) <= (last[0] ?? 0) ? main : [...main].reverse();

  let split = 1;
  let best = Infinity;
  westToEast.forEach((p, i) => {
    const d = groundDistance(p, PAEKTU);
    if (i > 0 && i < westToEast.length - 1 && d < best) {
      best = d;
      split = i;
    }
  });

  // Both rivers run from Paektu downstream (the Yalu is reversed).
  const yaluCoordinates = westToEast.slice(0, split + 1).reverse();
  const tumenCoordinates = westToEast.slice(split);
  const rivers: BorderRivers = {
    yalu: river('yalu', 'Yalu River', yaluCoordinates),
    tumen: river('tumen', 'Tumen River', tumenCoordinates),
  };
  cache.set(topology, rivers);
  return rivers;
}

function river(id: BorderRiver['id'], name: string, coordinates: Position[]): BorderRiver {
  return { id, name, line: { type: 'LineString', coordinates }, anchor: pointAlong(coordinates, 0.5) };
}

/**
 * Distance in degrees of latitude with longitude shrunk by cos(latitude):
 * plenty for comparing and measuring short stretches at 40–43°N.
 */
function groundDistance(a: Position | LonLat, b: Position | LonLat): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const k = Math.cos((((ay + by) / 2) * Math.PI) / 180);
  return Math.hypot((ax - bx) * k, ay - by);
}

function lineLength(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (a && b) total += groundDistance(a, b);
  }
  return total;
}

/** The point `fraction` (0–1) of the way along a line, by ground distance. */
export function pointAlong(line: readonly Position[], fraction: number): LonLat {
  const target = lineLength(line) * Math.min(1, Math.max(0, fraction));
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (!a || !b) continue;
    const step = groundDistance(a, b);
    if (walked + step >= target && step > 0) {
      const t = (target - walked) / step;
      const [ax = 0, ay = 0] = a;
      const [bx = 0, by = 0] = b;
      return [ax + (bx - ax) * t, ay + (by - ay) * t];
    }
    walked += step;
  }
  const end = line[line.length - 1];
  if (!end) throw new Error('pointAlong: empty line');
  return [end[0] ?? 0, end[1] ?? 0];
}

/** A label position in world space, turned to follow the river. */
export interface RiverLabel {
  readonly x: number;
  readonly y: number;
  /**
   * Rotation in degrees (SVG `rotate()`, clockwise positive) of the river's
   * local direction at the anchor, kept within ±90° so text never reads
   * upside down.
   */
  readonly angle: number;
}

/**
 * Project a river's label anchor into world space, with the angle of the
 * river's overall course there: the chord from a quarter to three quarters
 * of the way along it. (The local direction at the anchor swings with every
 * meander, which would tilt a label that spans many of them.)
 *
 * @throws Error if the projection cannot project the anchor.
 */
export function riverLabel(river: BorderRiver, projection: GeoProjection): RiverLabel {
  const coordinates = river.line.coordinates;
  const at = projection([river.anchor[0], river.anchor[1]]);
  const before = pointAlong(coordinates, 0.25);
  const after = pointAlong(coordinates, 0.75);
  const p = projection([before[0], before[1]]);
  const q = projection([after[0], after[1]]);
  if (!at || !p || !q) throw new Error(`cannot project the ${river.name} label`);
  let angle = (Math.atan2(q[1] - p[1], q[0] - p[0]) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return { x: at[0], y: at[1], angle };
}
