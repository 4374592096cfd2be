import { describe, expect, it } from 'vitest';
import { LABEL_TYPES, MAP_COLORS } from './map-style.ts';

/** WCAG 2.2's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.2's contrast ratio of two colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const LAND = { ...MAP_COLORS.land, context: MAP_COLORS.context };

describe('contrast of the map tokens (WCAG 2.2)', () => {
  it('measures as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('the sea and the land fills alone do not tell land from sea', () => {
    // Why the coastline exists: the fills are too close to carry the coast by themselves.
    expect(contrast(MAP_COLORS.sea, MAP_COLORS.land.CN!)).toBeLessThan(3);
  });

  it('the coastline stands 3:1 from the sea and from every land fill it runs along', () => {
    expect(contrast(MAP_COLORS.coast, MAP_COLORS.sea)).toBeGreaterThanOrEqual(3);
    for (const [land, fill] of Object.entries(LAND))
      expect(contrast(MAP_COLORS.coast, fill), land).toBeGreaterThanOrEqual(3);
  });

  it("the sea's names stand 4.5:1 from the sea they are written on", () => {
    const sea = LABEL_TYPES.sea;
    expect(sea.halo).toBe(MAP_COLORS.sea);
    expect(contrast(sea.fill, MAP_COLORS.sea)).toBeGreaterThanOrEqual(4.5);
  });
});
