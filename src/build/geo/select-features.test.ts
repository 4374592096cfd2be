import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LonLatBox } from './build-config.ts';
import type { ContextRow, ProvinceRow } from './region-table.ts';
import {
  boundsOf,
  planarCentroid,
  selectContext,
  selectProvinces,
  type SourceFeature,
} from './select-features.ts';

type Props = Record<string, unknown>;

/** A lon/lat square centred on (lon, lat), wound counter-clockwise like RFC 7946. */
function square(lon: number, lat: number, half = 0.5): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
      ],
    ],
  };
}

function unit(props: Props, geometry: Polygon): Feature<Polygon, Props> {
  return { type: 'Feature', properties: props, geometry };
}

const BOX: LonLatBox = [110, 30, 136, 55];

const ROWS: ProvinceRow[] = [
  {
    id: 'KP-05',
    name: 'South Hwanghae',
    country: 'KP',
    adm1Code: 'PRK-1',
    sourceName: 'South Hwanghae',
    packageCode: 'KP-WN',
    centroid: [125.4, 38.2],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-06',
    name: 'North Hwanghae',
    country: 'KP',
    adm1Code: 'PRK-2',
    sourceName: 'North Hwanghae',
    packageCode: 'KP-WK',
    centroid: [126.3, 38.6],
    tolerance: 0.6,
    detail: 'fine',
  },
];

function admin1(
  ...features: Feature<Polygon, Props>[]
): FeatureCollection<Polygon | MultiPolygon, Props> {
  return { type: 'FeatureCollection', features };
}

const south = () =>
  unit(
    { adm1_code: 'PRK-1', iso_a2: 'KP', name_en: 'South Hwanghae', region_code: 'KP-WN' },
    square(125.4, 38.2, 0.3),
  );
const north = () =>
  unit(
    { adm1_code: 'PRK-2', iso_a2: 'KP', name_en: 'North Hwanghae', region_code: 'KP-WK' },
    square(126.3, 38.6, 0.3),
  );

describe('planarCentroid', () => {
  it('is the centre of a square whatever its winding', () => {
    const ccw = square(10, 20, 1);
    const cw: Polygon = {
      type: 'Polygon',
      coordinates: [[...(ccw.coordinates[0] ?? [])].reverse()],
    };
    expect(planarCentroid(ccw)[0]).toBeCloseTo(10, 12);
    expect(planarCentroid(ccw)[1]).toBeCloseTo(20, 12);
    expect(planarCentroid(cw)).toEqual(planarCentroid(ccw));
  });

  it('weights the parts of a multipolygon by area and subtracts holes', () => {
    const big = square(0, 0, 2).coordinates; // area 16
    const small = square(10, 0, 1).coordinates; // area 4
    const [x] = planarCentroid({ type: 'MultiPolygon', coordinates: [big, small] });
    expect(x).toBeCloseTo((0 * 16 + 10 * 4) / 20, 12);

    const outer = square(0, 0, 2).coordinates[0]!;
    const hole = square(1, 0, 1).coordinates[0]!; // area 4, centred at x = 1
    const [hx] = planarCentroid({ type: 'Polygon', coordinates: [outer, hole] });
    expect(hx).toBeCloseTo((0 * 16 - 1 * 4) / 12, 12);
  });
});

describe('boundsOf', () => {
  it('spans all vertices', () => {
    expect(boundsOf(square(120, 40, 1))).toEqual([119, 39, 121, 41]);
  });
});

describe('selectProvinces', () => {
  it('returns checked inputs in table order, with the tier tolerance as detail', () => {
    const inputs = selectProvinces(admin1(north(), south()), ROWS, BOX);
    expect(inputs.map((i) => i.properties.id)).toEqual(['KP-05', 'KP-06']);
    expect(inputs[0]?.properties).toEqual({ layer: 'provinces', id: 'KP-05', detail: 1200 });
  });

  it('rejects a pair whose names were swapped in the source', () => {
    const swappedNames = [
      unit({ ...south().properties, name_en: 'North Hwanghae' }, south().geometry),
      unit({ ...north().properties, name_en: 'South Hwanghae' }, north().geometry),
    ];
    expect(() => selectProvinces(admin1(...swappedNames), ROWS, BOX)).toThrow(
      /name_en is "North Hwanghae", expected "South Hwanghae"/,
    );
  });

  it('rejects a unit whose shape is somewhere else than its row expects', () => {
    const moved = unit(south().properties, square(126.2, 38.6, 0.3)); // sits on North Hwanghae
    expect(() => selectProvinces(admin1(moved, north()), ROWS, BOX)).toThrow(
      /KP-05 South Hwanghae: centroid .* nearer to KP-06/,
    );
  });

  it('rejects a changed package code, a missing unit and the wrong country', () => {
    const recoded = unit({ ...south().properties, region_code: 'KP-XX' }, south().geometry);
    expect(() => selectProvinces(admin1(recoded, north()), ROWS, BOX)).toThrow(
      /region_code is "KP-XX"/,
    );
    expect(() => selectProvinces(admin1(north()), ROWS, BOX)).toThrow(
      /no source feature with adm1_code PRK-1/,
    );
    const wrongCountry = unit({ ...south().properties, iso_a2: 'KR' }, south().geometry);
    expect(() => selectProvinces(admin1(wrongCountry, north()), ROWS, BOX)).toThrow(
      /iso_a2 is "KR"/,
    );
  });

  it('insists that every province-country unit reaching into the frame is mapped', () => {
    const stray = unit(
      { adm1_code: 'PRK-9', iso_a2: 'KP', name_en: 'Nampo' },
      square(125.3, 38.8, 0.1),
    );
    expect(() => selectProvinces(admin1(south(), north(), stray), ROWS, BOX)).toThrow(
      /unmapped KP unit PRK-9 \(Nampo\)/,
    );
    // Outside the frame, or of another country, it does not matter.
    const far = unit(
      { adm1_code: 'CHN-9', iso_a2: 'CN', name_en: 'Hainan' },
      square(109.8, 19.2, 1),
    );
    const russian = unit(
      { adm1_code: 'RUS-9', iso_a2: 'RU', name_en: 'Primorye' },
      square(133, 45, 1),
    );
    expect(() => selectProvinces(admin1(south(), north(), far, russian), ROWS, BOX)).not.toThrow();
  });
});

describe('selectContext', () => {
  const rows: ContextRow[] = [{ id: 'MN', name: 'Mongolia', alpha3: 'MNG', detail: 'far' }];
  const outline = (a2: string, a3: string): SourceFeature => ({
    type: 'Feature',
    properties: { country_a2: a2, country_a3: a3 },
    geometry: square(103, 47, 5),
  });

  it('accepts the right country and tags it as context', () => {
    const [input] = selectContext(new Map([['MN', outline('MN', 'MNG')]]), rows);
    expect(input?.properties).toEqual({ layer: 'context', id: 'MN', detail: 16000 });
  });

  it('rejects a file for another country, or none', () => {
    expect(() => selectContext(new Map([['MN', outline('RU', 'RUS')]]), rows)).toThrow(
      /MN: outline is for RU\/RUS/,
    );
    expect(() => selectContext(new Map(), rows)).toThrow(/MN: no country outline/);
  });
});
