import { describe, expect, it } from 'vitest';
import { CONTEXT, PROVINCES } from './region-table.ts';

describe('region table', () => {
  it('has unique ids, names and Natural Earth keys, sorted by id', () => {
    const ids = PROVINCES.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(PROVINCES.map((row) => row.adm1Code)).size).toBe(PROVINCES.length);
    expect(new Set(PROVINCES.map((row) => `${row.country}:${row.name}`)).size).toBe(
      PROVINCES.length,
    );
    expect(ids).toEqual([...ids].sort());
    expect(CONTEXT.map((row) => row.id)).toEqual([
      'BD',
      'BT',
      'HK',
      'IN',
      'JP',
      'KZ',
      'LA',
      'MM',
      'MN',
      'NP',
      'PH',
      'RU',
      'TH',
      'TW',
      'VN',
    ]);
  });

  it('uses ISO 3166-2 code shapes: letters for China, numbers for the Koreas', () => {
    for (const row of PROVINCES) {
      expect(row.id.startsWith(`${row.country}-`)).toBe(true);
      expect(row.id).toMatch(row.country === 'CN' ? /^CN-[A-Z]{2}$/ : /^K[PR]-\d{2}$/);
    }
  });

  it('maps the package codes that differ from ISO, the known pitfalls', () => {
    const byPackage = (code: string) =>
      PROVINCES.filter((row) => row.packageCode === code).map((row) => row.id);
    expect(byPackage('CN-HB')).toEqual(['CN-HE']); // the package's CN-HB is Hebei
    expect(byPackage('CN-HE')).toEqual(['CN-HA']); // …and its CN-HE is Henan
    expect(byPackage('CN-HU')).toEqual(['CN-HB']); // Hubei
    expect(byPackage('CN-SA')).toEqual(['CN-SN']); // Shaanxi
    // One HASC code, two ISO subdivisions: city and surrounding province.
    expect(byPackage('KR-KJ')).toEqual(['KR-29', 'KR-46']);
    expect(byPackage('KR-TG')).toEqual(['KR-27', 'KR-47']);
  });

  it('covers the story provinces and every North Korean province Natural Earth has', () => {
    const ids = new Set(PROVINCES.map((row) => row.id));
    for (const id of [
      'CN-JL',
      'CN-LN',
      'CN-HL',
      'CN-BJ',
      'CN-TJ',
      'CN-HE',
      'CN-NM',
      'CN-SD',
      'CN-SX',
    ])
      expect(ids.has(id)).toBe(true);
    expect(PROVINCES.filter((row) => row.country === 'KP').map((row) => row.id)).toEqual([
      'KP-01',
      'KP-02',
      'KP-03',
      'KP-04',
      'KP-05',
      'KP-06',
      'KP-07',
      'KP-08',
      'KP-09',
      'KP-10',
      'KP-13',
    ]);
    expect(PROVINCES.filter((row) => row.country === 'KR')).toHaveLength(17);
  });

  it('has expected centroids that keep neighbours apart', () => {
    // selectProvinces also requires each unit to be nearest its own row, so
    // two rows closer together than their tolerances would be ambiguous.
    for (const a of PROVINCES) {
      for (const b of PROVINCES) {
        if (a === b) continue;
        const d = Math.hypot(a.centroid[0] - b.centroid[0], a.centroid[1] - b.centroid[1]);
        expect(d, `${a.id}–${b.id}`).toBeGreaterThan(0.1);
      }
    }
  });
});
