/**
 * The one way numbers are written into SVG and CSS: rounded to `digits` decimals, as short as
 * JavaScript writes them, never "-0" (an attribute that flips between "0" and "-0" would change
 * the page's bytes for nothing).
 */
export function formatNumber(value: number, digits = 2): string {
  const f = 10 ** digits;
  const rounded = Math.round(value * f) / f;
  return String(rounded === 0 ? 0 : rounded);
}
