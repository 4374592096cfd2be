/**
 * The social card's text panel, on paper at the left: accent bar, kicker, title, legend and
 * site name, each fitted to its room (smaller type, then fewer lines with an ellipsis).
 * Widths are the fonts' own (card-text.ts): DejaVu's for Latin, the embedded Noto Sans KR's
 * for Hangul, the fonts resvg draws with. Korean breaks only at spaces (CSS
 * `word-break: keep-all`), as English does.
 */
import type { LegendItem } from '../../components/map/legend-items.ts';
import { DOT_PAINT, MAP_COLORS } from '../../geo/map-style.ts';
import { wrapWords } from '../../geo/text-metrics.ts';
import { fontFamily, hasCjk, textRuns } from '../../geo/card-type.ts';
import type { FontKey } from '../../geo/text-metrics.ts';
import { cardTextWidth, cjkTspan } from './card-text.ts';

/** A width in px as the card draws text (card-text.ts), in the card's language. */
type Width = (text: string, size: number, font: FontKey, spacing?: number) => number;

/** The card's size and the band that must survive a 2:1 crop. */
export const SOCIAL_IMAGE = {
  width: 1200,
  height: 630,
  /** Key content lies between these y values (the central 1200×600 band). */
  safeTop: 15,
  safeBottom: 615,
} as const;

/** The text panel's width: the map takes the rest. */
export const PANEL_W = 560;
const H = SOCIAL_IMAGE.height;
const TEXT_X = 64;
const TEXT_W = PANEL_W - TEXT_X - 44;
/** The text block (accent bar, kicker, title, legend) is centred between these. */
const BLOCK_TOP = 58;
const BLOCK_BOTTOM = 516;
const FOOTER_RULE_Y = 540;
const SITE_NAME_Y = 578;

/** The card's palette: the site's, on paper; the map's from the token table. */
export const COLORS = {
  paper: '#fbfaf7',
  ink: '#1c1b19',
  muted: '#4f4c46',
  rule: '#d9d4ca',
  accent: '#9b1c1c',
  primary: MAP_COLORS.primary,
  border: MAP_COLORS.outline,
  route: MAP_COLORS.route,
};

const KICKER = { maxSize: 20, minSize: 15, spacing: 0.1 /* em */, lineHeight: 1.3 };
const TITLE = { maxSize: 64, minSize: 34, lineHeight: 1.1, maxLines: 4 };
const LEGEND = {
  size: 17,
  lineHeight: 22,
  itemGap: 8,
  swatch: 18,
  maxItems: 3,
  maxLinesPerItem: 2,
};

/** What the text panel says. */
export interface TextPanelInput {
  kicker: string;
  title: string;
  siteName: string;
  legend?: readonly LegendItem[];
  /** BCP 47 language of the words: picks the font-family list (see `fontFamily`). */
  lang?: string;
}

/** Escapes text for XML text nodes and double-quoted attributes. */
export function escapeXml(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Control characters other than tab, line feed and carriage return are not allowed in XML.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

/**
 * A line of text as the content of an SVG `<text>`: escaped, and each run of CJK in a `<tspan>`
 * that names the embedded CJK face of the card's language (see card-text.ts). Text without CJK
 * comes out exactly as `escapeXml` gives it.
 */
export function svgText(value: string, lang?: string): string {
  if (!hasCjk(value)) return escapeXml(value);
  return textRuns(value)
    .map((run) =>
      run.cjk ? `${cjkTspan(lang)}${escapeXml(run.text)}</tspan>` : escapeXml(run.text),
    )
    .join('');
}

/** A number for an attribute: at most `digits` decimals, no "-0". */
export function n(value: number, digits = 2): string {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return String(r === 0 ? 0 : r);
}

// ---- Text panel -----------------------------------------------------------------------------

interface TitleLayout {
  size: number;
  lines: string[];
}

interface KickerLayout {
  size: number;
  spacing: number;
  lines: string[];
}

/**
 * The kicker: in capitals and tracked out, for Latin. Hangul has no capitals (toUpperCase
 * leaves it as it is) and is not tracked: a kicker with Hangul in it is set without spacing.
 */
function layoutKicker(kicker: string, textWidth: Width): KickerLayout {
  const text = kicker.trim().toUpperCase();
  const tracking = hasCjk(text) ? 0 : KICKER.spacing;
  for (let size = KICKER.maxSize; size >= KICKER.minSize; size--) {
    const spacing = size * tracking;
    if (textWidth(text, size, 'sans-bold', spacing) <= TEXT_W)
      return { size, spacing, lines: [text] };
  }
  const size = KICKER.minSize;
  const spacing = size * tracking;
  const measure = (l: string) => textWidth(l, size, 'sans-bold', spacing);
  const lines = clampLines(wrapLines(text, TEXT_W, measure, true), 2, measure, TEXT_W);
  return { size, spacing, lines };
}

interface LegendLine {
  kind: LegendItem['kind'];
  lines: string[];
}

function layoutLegend(items: readonly LegendItem[], textWidth: Width): LegendLine[] {
  const textW = TEXT_W - LEGEND.swatch - 10;
  const measure = (l: string) => textWidth(l, LEGEND.size, 'sans');
  return items.slice(0, LEGEND.maxItems).map((item) => ({
    kind: item.kind,
    lines: clampLines(
      wrapLines(item.text, textW, measure, true),
      LEGEND.maxLinesPerItem,
      measure,
      textW,
    ),
  }));
}

function legendHeight(legend: readonly LegendLine[]): number {
  if (legend.length === 0) return 0;
  const lines = legend.reduce((sum, item) => sum + item.lines.length, 0);
  return lines * LEGEND.lineHeight + (legend.length - 1) * LEGEND.itemGap;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * The letters of a word, for cutting it: code points for text without Hangul (as ever), whole
 * grapheme clusters when it has Hangul, so a syllable spelled in conjoining jamo stays whole.
 */
function letters(word: string): string[] {
  return hasCjk(word) ? [...graphemes.segment(word)].map((g) => g.segment) : [...word];
}

/**
 * Greedy line breaking at spaces, and only at spaces: a Korean word (eojeol) is never broken,
 * as CSS `word-break: keep-all` does, and English wraps by words. With `breakLongWords`, a word
 * wider than a whole line is cut between letters (graphemes: a Hangul syllable stays whole) as
 * the last resort, as CSS `overflow-wrap: anywhere` does: the panel never overflows. The map
 * labels' word wrap (text-metrics.ts) already breaks this way, so the panel uses it.
 */
export const wrapLines = wrapWords;

/**
 * Keeps at most `max` lines; when text was cut, the last kept line ends with an ellipsis and
 * is shortened (by words, or letters for one long word) until it fits `maxWidth`.
 */
function clampLines(
  lines: string[],
  max: number,
  measure: (line: string) => number,
  maxWidth: number,
): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last.length > 0 && measure(`${last}\u2026`) > maxWidth) {
    last = last.includes(' ')
      ? last.slice(0, last.lastIndexOf(' '))
      : letters(last).slice(0, -1).join('');
  }
  kept[max - 1] = `${last.replace(/[\s,;:.\u2013\u2014-]+$/, '')}\u2026`;
  return kept;
}

/** The largest title size (in 2 px steps) whose wrapped lines fit the lines and height allowed. */
function layoutTitle(title: string, maxHeight: number, textWidth: Width): TitleLayout {
  const measureAt = (size: number) => (l: string) => textWidth(l, size, 'serif-bold');
  for (let size = TITLE.maxSize; size >= TITLE.minSize; size -= 2) {
    const lines = wrapLines(title, TEXT_W, measureAt(size));
    const widest = Math.max(0, ...lines.map(measureAt(size)));
    if (
      lines.length <= TITLE.maxLines &&
      titleHeight(size, lines.length) <= maxHeight &&
      widest <= TEXT_W
    )
      return { size, lines };
  }
  const size = TITLE.minSize;
  const lines = clampLines(
    wrapLines(title, TEXT_W, measureAt(size), true),
    TITLE.maxLines,
    measureAt(size),
    TEXT_W,
  );
  return { size, lines };
}

function titleHeight(size: number, lines: number): number {
  return lines === 0 ? 0 : size + (lines - 1) * size * TITLE.lineHeight;
}

/**
 * Baseline below the top of a line's box, in em: DejaVu's capitals and ascenders reach about 0.76
 * em.
 */
const ASCENT = 0.76;

export function textPanel(input: TextPanelInput): string {
  const width: Width = (text, size, font, spacing = 0) =>
    cardTextWidth(text, size, font, spacing, input.lang);
  const svgLine = (text: string) => svgText(text, input.lang);
  const sans = fontFamily('sans', input.lang);
  const serif = fontFamily('serif', input.lang);
  const kicker = layoutKicker(input.kicker, width);
  const legend = layoutLegend(input.legend ?? [], width);
  const barH = 6;
  const barGap = 22;
  const kickerH = kicker.size + (kicker.lines.length - 1) * kicker.size * KICKER.lineHeight;
  const kickerGap = 26;
  const legendH = legendHeight(legend);
  const legendGap = legendH > 0 ? 34 : 0;
  const available = BLOCK_BOTTOM - BLOCK_TOP;
  const title = layoutTitle(
    input.title,
    available - (barH + barGap + kickerH + kickerGap + legendGap + legendH),
    width,
  );
  const titleH = titleHeight(title.size, title.lines.length);
  const blockH = barH + barGap + kickerH + kickerGap + titleH + legendGap + legendH;
  let y = Math.max(BLOCK_TOP, Math.round((BLOCK_TOP + BLOCK_BOTTOM) / 2 - blockH / 2));

  const out: string[] = [];
  out.push(`<rect x="0" y="0" width="${PANEL_W}" height="${H}" fill="${COLORS.paper}"/>`);
  out.push(`<rect x="${TEXT_X}" y="${y}" width="56" height="${barH}" fill="${COLORS.accent}"/>`);
  y += barH + barGap;

  kicker.lines.forEach((line, i) => {
    const baseline = y + kicker.size * ASCENT + i * kicker.size * KICKER.lineHeight;
    out.push(
      `<text class="kicker" x="${TEXT_X}" y="${n(baseline)}" font-family="${sans}" ` +
        `font-weight="700" font-size="${kicker.size}" letter-spacing="${n(kicker.spacing)}" ` +
        `fill="${COLORS.accent}">${svgLine(line)}</text>`,
    );
  });
  y += kickerH + kickerGap;

  title.lines.forEach((line, i) => {
    const baseline = y + title.size * ASCENT + i * title.size * TITLE.lineHeight;
    out.push(
      `<text class="title-line" x="${TEXT_X}" y="${n(baseline)}" font-family="${serif}" ` +
        `font-weight="700" font-size="${title.size}" ` +
        `fill="${COLORS.ink}">${svgLine(line)}</text>`,
    );
  });
  y += titleH + legendGap;

  for (const item of legend) {
    out.push(legendSwatch(item.kind, TEXT_X, y + 2));
    item.lines.forEach((line, i) => {
      const baseline = y + LEGEND.size * ASCENT + i * LEGEND.lineHeight;
      out.push(
        `<text class="legend" x="${TEXT_X + LEGEND.swatch + 10}" y="${n(baseline)}" ` +
          `font-family="${sans}" font-size="${LEGEND.size}" ` +
          `fill="${COLORS.muted}">${svgLine(line)}</text>`,
      );
    });
    y += item.lines.length * LEGEND.lineHeight + LEGEND.itemGap;
  }

  out.push(
    `<rect x="${TEXT_X}" y="${FOOTER_RULE_Y}" width="${TEXT_W}" height="1" fill="${COLORS.rule}"/>`,
  );
  const site = layoutSiteName(input.siteName, width);
  out.push(
    `<text class="site-name" x="${TEXT_X}" y="${SITE_NAME_Y}" font-family="${serif}" ` +
      `font-weight="700" font-size="${site.size}" ` +
      `fill="${COLORS.ink}">${svgLine(site.text)}</text>`,
  );
  return out.join('\n');
}

/** The site name on one line: 22 px, smaller if need be, cut short as a last resort. */
function layoutSiteName(siteName: string, textWidth: Width): { size: number; text: string } {
  const text = siteName.trim();
  for (let size = 22; size >= 15; size--)
    if (textWidth(text, size, 'serif-bold') <= TEXT_W) return { size, text };
  const measure = (l: string) => textWidth(l, 15, 'serif-bold');
  return {
    size: 15,
    text: clampLines(wrapLines(text, TEXT_W, measure, true), 1, measure, TEXT_W)[0] ?? '',
  };
}

function legendSwatch(kind: LegendItem['kind'], x: number, y: number): string {
  const s = LEGEND.swatch;
  switch (kind) {
    case 'primary':
      return (
        `<rect x="${x + 0.5}" y="${y + 0.5}" width="${s - 1}" height="${s - 1}" ` +
        `fill="${COLORS.primary}" stroke="${COLORS.ink}" stroke-width="1"/>`
      );
    case 'secondary':
      return (
        `<rect x="${x + 0.5}" y="${y + 0.5}" width="${s - 1}" height="${s - 1}" ` +
        `fill="url(#hatch-legend)" stroke="${COLORS.ink}" stroke-width="1"/>`
      );
    case 'border':
      return (
        `<rect x="${x}" y="${y + s / 2 - 1.5}" width="${s}" height="3" ` +
        `fill="${COLORS.border}"/>`
      );
    case 'route':
      return (
        `<rect x="${x}" y="${y + s / 2 - 2}" width="${s}" height="4" rx="2" ` +
        `fill="${COLORS.route}"/>`
      );
    case 'gesture':
      return (
        `<path d="M${x},${y + s / 2}H${x + s}" stroke="${COLORS.route}" stroke-width="4" ` +
        `stroke-dasharray="6 4"/>`
      );
    case 'orientation':
      return (
        `<circle cx="${x + s / 2}" cy="${y + s / 2}" r="${s / 2 - 3}" ` +
        `fill="${DOT_PAINT.orientation.fill}" stroke="${DOT_PAINT.orientation.stroke}" ` +
        `stroke-width="2.2"/>`
      );
  }
}
