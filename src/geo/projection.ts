import { geoConicConformal, type GeoConicProjection } from 'd3-geo';
import { boxOutline, MAP_FRAME, type LonLatBox } from './frame.ts';
import type { WorldBounds } from './types.ts';

/** Side of the square world box the base projection fits the map into. */
export const WORLD_SIZE = 1000;

/** The world box: everything the map draws lies inside it. */
export const WORLD_EXTENT: WorldBounds = [
  [0, 0],
  [WORLD_SIZE, WORLD_SIZE],
];

/**
 * Standard parallels of the conic: by the one-sixth rule for the frame's
 * 30°N–55°N span, which keeps scale distortion within about ±1 % over it.
 */
export const PROJECTION_PARALLELS: readonly [number, number] = [34, 51];

/**
 * Central meridian 123°E (the frame's middle, 110°E–136°E), so north is
 * straight up along the China–North Korea border and the map is symmetric.
 */
export const PROJECTION_ROTATE: readonly [number, number] = [-123, 0];

/**
 * Resampling tolerance in world units. d3's default (0.5) is meant for
 * pixels; the world box is later scaled up several times when the camera
 * zooms in, so resample more finely.
 */
const PRECISION = 0.1;

/**
 * The map's one fixed projection: conic conformal for north-east Asia,
 * fitted so that the map frame (the box the geography build clips the
 * topology to, i.e. the topology's full extent) fills WORLD_EXTENT.
 *
 * All geometry is projected once with it into world coordinates; moving
 * between story steps only changes the SVG group transform (see camera.ts),
 * which is what keeps scrolling at 60 fps on phones.
 *
 * Deterministic, and fitted to the frame rather than to the features, so
 * world coordinates do not shift when the geography is rebuilt with other
 * simplification settings. Takes no data: any caller gets the same
 * projection.
 *
 * @param frame The lon/lat box to fit; only tests should need another.
 */
export function createBaseProjection(frame: LonLatBox = MAP_FRAME): GeoConicProjection {
  return geoConicConformal()
    .parallels([PROJECTION_PARALLELS[0], PROJECTION_PARALLELS[1]])
    .rotate([PROJECTION_ROTATE[0], PROJECTION_ROTATE[1]])
    .precision(PRECISION)
    .fitExtent(
      [
        [WORLD_EXTENT[0][0], WORLD_EXTENT[0][1]],
        [WORLD_EXTENT[1][0], WORLD_EXTENT[1][1]],
      ],
      { type: 'MultiPoint', coordinates: boxOutline(frame, 0.25).map(([lon, lat]) => [lon, lat]) },
    );
}
