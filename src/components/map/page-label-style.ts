/**
 * The page's map type, as the label engine needs it: the token table's (src/geo/map-style.ts),
 * which writes the `.label` rules the browser draws with too, measured with DejaVu's widths,
 * which run wider than most system-ui fonts, so a box is never smaller than its text.
 */
import type { LabelFont, TextMeasure } from '../../geo/place-labels.ts';
import { textWidth } from '../../geo/text-metrics.ts';
import { labelFont } from '../../geo/map-style.ts';
import { LABEL_KINDS, type LabelKind, type LabelStyle } from '../../geo/view-labels.ts';

const fonts = Object.fromEntries(
  LABEL_KINDS.map((kind) => [kind, labelFont(kind, 'page')]),
) as Record<LabelKind, LabelFont>;

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
