import { geoDistance, geoLength } from 'd3-geo';
import type { LineString, Position } from 'geojson';
import { chinaNorthKoreaBorder } from './geography.ts';
import type { LonLat, RegionTopology } from './types.ts';

/**
 * Mount Paektu (Changbai): the Yalu rises on its south-west side and flows
 * west to the Yellow Sea, the Tumen on its east side and flows east to the
 * Sea of Japan. The border's nearest vertex to it splits the two rivers.
 */
export const PAEKTU: LonLat = [128.06, 42.0];

/** The two rivers that make up the China–North Korea border, west to east. */
export const RIVER_IDS = ['yalu', 'tumen'] as const;
export type RiverId = (typeof RIVER_IDS)[number];

/** One of the two rivers that make up the China–North Korea border. */
export interface BorderRiver {
  readonly id: RiverId;
  /** The river's stretch of the border, in lon/lat, from Mount Paektu downstream. */
  readonly line: LineString;
}

/** The border split into its two rivers. */
export interface BorderRivers {
  readonly yalu: BorderRiver;
  readonly tumen: BorderRiver;
}

const cache = new WeakMap<RegionTopology, BorderRivers>();

/**
 * The China–North Korea border split at Mount Paektu into the Yalu (west)
 * and the Tumen (east). Their names are words, so they live in data/ui.json.
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
  const length = (line: Position[]) => geoLength({ type: 'LineString', coordinates: line });
  for (const line of lines) if (!main || length(line) > length(main)) main = line;
  if (!main || main.length < 3) throw new Error('no China–North Korea border in the topology');

  // Orient west → east so index 0 is the Yalu mouth.
  const first = main[0];
  const last = main[main.length - 1];
  const westToEast =
    first && last && (first[0] ?? 0) <= (last[0] ?? 0) ? main : [...main].reverse();

  let split = 1;
  let best = Infinity;
  westToEast.forEach((p, i) => {
    const d = geoDistance([p[0] ?? 0, p[1] ?? 0], [...PAEKTU]);
    if (i > 0 && i < westToEast.length - 1 && d < best) {
      best = d;
      split = i;
    }
  });

  // Both rivers run from Paektu downstream (the Yalu is reversed).
  const yaluCoordinates = westToEast.slice(0, split + 1).reverse();
  const tumenCoordinates = westToEast.slice(split);
  const rivers: BorderRivers = {
    yalu: { id: 'yalu', line: { type: 'LineString', coordinates: yaluCoordinates } },
    tumen: { id: 'tumen', line: { type: 'LineString', coordinates: tumenCoordinates } },
  };
  cache.set(topology, rivers);
  return rivers;
}
