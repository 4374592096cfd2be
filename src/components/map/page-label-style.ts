/**
 * The page's map type, as the label engine needs it: these mirror the `.label` rules in
 * global.css (sizes, weights, capitals, letter spacing), measured with DejaVu's widths, which
 * run wider than most system-ui fonts, so a box is never smaller than its text.
 */
import type { LabelFont, TextMeasure } from '../../geo/place-labels.ts';
import { textWidth } from '../../geo/text-metrics.ts';
import type { LabelKind, LabelStyle } from '../../geo/view-labels.ts';

const fonts: Record<LabelKind, LabelFont> = {
  place: { font: 'sans-bold', size: 13 },
  'region-primary': { font: 'sans-bold', size: 14 },
  'region-secondary': { font: 'sans-bold', size: 13 },
  'orientation-place': { font: 'sans', size: 12 },
  river: { font: 'serif-bold', size: 12 },
  country: { font: 'sans-bold', size: 11, uppercase: true, letterSpacing: 1.3 },
  neighbour: { font: 'sans-bold', size: 10, uppercase: true, letterSpacing: 1.4 },
  sea: { font: 'sans', size: 11, letterSpacing: 0.4 },
};

export const PAGE_LABEL_STYLE: LabelStyle = {
  fonts,
  dotRadius: 5,
  dotGap: 8,
  lineClear: 3,
  riverGap: 4,
  headClear: 8,
  edge: 6,
};

export const measurePageText: TextMeasure = (text, font) =>
  textWidth(text, font.size, font.font, font.letterSpacing ?? 0);
