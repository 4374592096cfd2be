/**
 * The link-preview card of a story section (or of the whole story) as a 1200×630 SVG: the
 * section's map on the right, kicker, title, legend and site name on paper on the left.
 *
 * Pure: everything it draws comes in as input, so it renders the same bytes every time.
 * Self-contained: no external resources, no web fonts (resvg renders it with the system's
 * DejaVu fonts). Everything that matters (title, kicker, the map's focus) lies inside the
 * central 1200×600 band, so the 2:1 crops some platforms make lose only decoration.
 */
import type { LegendItem } from '../../components/map/legend-items.ts';
import type { MapView } from '../../content/schema.ts';
import { fitCamera, worldToScreen, type Camera } from '../../geo/camera.ts';
import type { RiverLabel } from '../../geo/border-rivers.ts';
import { MAP_FRAME } from '../../geo/frame.ts';
import { createBaseProjection } from '../../geo/projection.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import type { WorldPoint } from '../../geo/types.ts';
import { textWidth, wrapWords } from './text-metrics.ts';

/** The card's size and the band that must survive a 2:1 crop. */
export const SOCIAL_IMAGE = {
  width: 1200,
  height: 630,
  /** Key content lies between these y values (the central 1200×600 band). */
  safeTop: 15,
  safeBottom: 615,
} as const;

/** Names the card writes on the map. */
export interface SocialMapNames {
  /** Region name by id ("KP" → "North Korea"). */
  regions: Readonly<Record<string, string>>;
  /** Place name by id. */
  places: Readonly<Record<string, string>>;
  /** Labels of the two border rivers, drawn when the view draws the border. */
  rivers?: { yalu: string; tumen: string };
}

export interface SocialImageInput {
  /** Small line above the title (written in capitals). */
  kicker: string;
  title: string;
  /** Written small at the bottom of the text panel. */
  siteName: string;
  /** The map view to draw (a section's first step, usually). */
  view: MapView;
  /** The projected world (see `buildWorldGeometry`). */
  world: WorldGeometry;
  names: SocialMapNames;
  /** Optional key under the title: swatches and words, as the page's map legend shows. */
  legend?: readonly LegendItem[];
}

// ---- Layout ---------------------------------------------------------------------------------

const W = SOCIAL_IMAGE.width;
const H = SOCIAL_IMAGE.height;
/** Text panel on the left, map on the right. */
const PANEL_W = 560;
const MAP_X = PANEL_W;
const MAP_W = W - PANEL_W;
const TEXT_X = 64;
const TEXT_W = PANEL_W - TEXT_X - 44;
/** The text block (accent bar, kicker, title, legend) is centred between these. */
const BLOCK_TOP = 58;
const BLOCK_BOTTOM = 516;
const FOOTER_RULE_Y = 540;
const SITE_NAME_Y = 578;

const COLORS = {
  paper: '#fbfaf7',
  ink: '#1c1b19',
  muted: '#4f4c46',
  rule: '#d9d4ca',
  accent: '#9b1c1c',
  sea: '#dfe8ec',
  offFrame: '#f3f0e9',
  frame: '#a39a8a',
  land: { CN: '#ebe4d6', KP: '#d6cbb8', KR: '#e6dfd0' } as Record<string, string>,
  landOther: '#ebe4d6',
  context: '#f1eee7',
  contextStroke: '#b9b2a4',
  primary: '#a4161a',
  primaryHalo: '#5c0d0f',
  hatchBg: '#efe3c8',
  hatchLine: '#7a5b24',
  border: '#1c1b19',
  route: '#1d4e89',
  river: '#123a66',
};

const SERIF = 'DejaVu Serif';
const SANS = 'DejaVu Sans';

const KICKER = { maxSize: 20, minSize: 15, spacing: 0.1 /* em */, lineHeight: 1.3 };
const TITLE = { maxSize: 64, minSize: 34, lineHeight: 1.1, maxLines: 4 };
const LEGEND = { size: 17, lineHeight: 22, itemGap: 8, swatch: 18, maxItems: 3, maxLinesPerItem: 2 };

/** Screen padding of the map's focus inside the map area: keeps it well inside the safe band. */
const MAP_PADDING = { top: 44, right: 40, bottom: 44, left: 44 };
const MAP_MAX_K = 6;

/**
 * The camera the card's map uses, in card pixels (the map area starts at x = 560): the view's
 * focus fitted into the map area less padding.
 */
export function socialMapCamera(world: WorldGeometry, view: MapView): Camera {
  const local = fitCamera(world.viewBounds(view.focus), { width: MAP_W, height: H }, MAP_PADDING, { maxK: MAP_MAX_K });
  return { k: local.k, x: local.x + MAP_X, y: local.y };
}

// ---- Output helpers -------------------------------------------------------------------------

/** Escapes text for XML text nodes and double-quoted attributes. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Control characters other than tab, line feed and carriage return are not allowed in XML.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** A number for an attribute: at most `digits` decimals, no "-0". */
function n(value: number, digits = 2): string {
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

function layoutKicker(kicker: string): KickerLayout {
  const text = kicker.trim().toUpperCase();
  for (let size = KICKER.maxSize; size >= KICKER.minSize; size--) {
    const spacing = size * KICKER.spacing;
    if (textWidth(text, size, 'sans-bold', spacing) <= TEXT_W) return { size, spacing, lines: [text] };
  }
  const size = KICKER.minSize;
  const spacing = size * KICKER.spacing;
  const measure = (l: string) => textWidth(l, size, 'sans-bold', spacing);
  const lines = clampLines(wrapWords(text, TEXT_W, measure, true), 2, measure, TEXT_W);
  return { size, spacing, lines };
}

interface LegendLine {
  kind: LegendItem['kind'];
  lines: string[];
}

function layoutLegend(items: readonly LegendItem[]): LegendLine[] {
  const textW = TEXT_W - LEGEND.swatch - 10;
  const measure = (l: string) => textWidth(l, LEGEND.size, 'sans');
  return items.slice(0, LEGEND.maxItems).map((item) => ({
    kind: item.kind,
    lines: clampLines(wrapWords(item.text, textW, measure, true), LEGEND.maxLinesPerItem, measure, textW),
  }));
}

function legendHeight(legend: readonly LegendLine[]): number {
  if (legend.length === 0) return 0;
  const lines = legend.reduce((sum, item) => sum + item.lines.length, 0);
  return lines * LEGEND.lineHeight + (legend.length - 1) * LEGEND.itemGap;
}

/**
 * Keeps at most `max` lines; when text was cut, the last kept line ends with an ellipsis and
 * is shortened (by words, or letters for one long word) until it fits `maxWidth`.
 */
function clampLines(lines: string[], max: number, measure: (line: string) => number, maxWidth: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last.length > 0 && measure(`${last}\u2026`) > maxWidth) {
    last = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : [...last].slice(0, -1).join('');
  }
  kept[max - 1] = `${last.replace(/[\s,;:.\u2013\u2014-]+$/, '')}\u2026`;
  return kept;
}

/** The largest title size (in 2 px steps) whose wrapped lines fit the lines and height allowed. */
function layoutTitle(title: string, maxHeight: number): TitleLayout {
  const measureAt = (size: number) => (l: string) => textWidth(l, size, 'serif-bold');
  for (let size = TITLE.maxSize; size >= TITLE.minSize; size -= 2) {
    const lines = wrapWords(title, TEXT_W, measureAt(size));
    const widest = Math.max(0, ...lines.map(measureAt(size)));
    if (lines.length <= TITLE.maxLines && titleHeight(size, lines.length) <= maxHeight && widest <= TEXT_W) return { size, lines };
  }
  const size = TITLE.minSize;
  const lines = clampLines(wrapWords(title, TEXT_W, measureAt(size), true), TITLE.maxLines, measureAt(size), TEXT_W);
  return { size, lines };
}

function titleHeight(size: number, lines: number): number {
  return lines === 0 ? 0 : size + (lines - 1) * size * TITLE.lineHeight;
}

/** Baseline below the top of a line's box, in em: DejaVu's capitals and ascenders reach about 0.76 em. */
const ASCENT = 0.76;

function textPanel(input: SocialImageInput): string {
  const kicker = layoutKicker(input.kicker);
  const legend = layoutLegend(input.legend ?? []);
  const barH = 6;
  const barGap = 22;
  const kickerH = kicker.size + (kicker.lines.length - 1) * kicker.size * KICKER.lineHeight;
  const kickerGap = 26;
  const legendH = legendHeight(legend);
  const legendGap = legendH > 0 ? 34 : 0;
  const available = BLOCK_BOTTOM - BLOCK_TOP;
  const title = layoutTitle(input.title, available - (barH + barGap + kickerH + kickerGap + legendGap + legendH));
  const titleH = titleHeight(title.size, title.lines.length);
  const blockH = barH + barGap + kickerH + kickerGap + titleH + legendGap + legendH;
  let y = Math.max(BLOCK_TOP, Math.round((BLOCK_TOP + BLOCK_BOTTOM) / 2 - blockH / 2));

  const out: string[] = [];
  out.push(`<rect x="0" y="0" width="${PANEL_W}" height="${H}" fill="${COLORS.paper}"/>`);
  out.push(`<rect x="${TEXT_X}" y="${y}" width="56" height="${barH}" fill="${COLORS.accent}"/>`);
  y += barH + barGap;

  kicker.lines.forEach((line, i) => {
    const baseline = y + kicker.size * ASCENT + i * kicker.size * KICKER.lineHeight;
    out.push(`<text class="kicker" x="${TEXT_X}" y="${n(baseline)}" font-family="${SANS}" font-weight="700" font-size="${kicker.size}" letter-spacing="${n(kicker.spacing)}" fill="${COLORS.accent}">${escapeXml(line)}</text>`);
  });
  y += kickerH + kickerGap;

  title.lines.forEach((line, i) => {
    const baseline = y + title.size * ASCENT + i * title.size * TITLE.lineHeight;
    out.push(`<text class="title-line" x="${TEXT_X}" y="${n(baseline)}" font-family="${SERIF}" font-weight="700" font-size="${title.size}" fill="${COLORS.ink}">${escapeXml(line)}</text>`);
  });
  y += titleH + legendGap;

  for (const item of legend) {
    out.push(legendSwatch(item.kind, TEXT_X, y + 2));
    item.lines.forEach((line, i) => {
      const baseline = y + LEGEND.size * ASCENT + i * LEGEND.lineHeight;
      out.push(`<text class="legend" x="${TEXT_X + LEGEND.swatch + 10}" y="${n(baseline)}" font-family="${SANS}" font-size="${LEGEND.size}" fill="${COLORS.muted}">${escapeXml(line)}</text>`);
    });
    y += item.lines.length * LEGEND.lineHeight + LEGEND.itemGap;
  }

  out.push(`<rect x="${TEXT_X}" y="${FOOTER_RULE_Y}" width="${TEXT_W}" height="1" fill="${COLORS.rule}"/>`);
  const site = layoutSiteName(input.siteName);
  out.push(`<text class="site-name" x="${TEXT_X}" y="${SITE_NAME_Y}" font-family="${SERIF}" font-weight="700" font-size="${site.size}" fill="${COLORS.ink}">${escapeXml(site.text)}</text>`);
  return out.join('\n');
}

/** The site name on one line: 22 px, smaller if need be, cut short as a last resort. */
function layoutSiteName(siteName: string): { size: number; text: string } {
  const text = siteName.trim();
  for (let size = 22; size >= 15; size--) if (textWidth(text, size, 'serif-bold') <= TEXT_W) return { size, text };
  const measure = (l: string) => textWidth(l, 15, 'serif-bold');
  return { size: 15, text: clampLines(wrapWords(text, TEXT_W, measure, true), 1, measure, TEXT_W)[0] ?? '' };
}

function legendSwatch(kind: LegendItem['kind'], x: number, y: number): string {
  const s = LEGEND.swatch;
  switch (kind) {
    case 'primary':
      return `<rect x="${x + 0.5}" y="${y + 0.5}" width="${s - 1}" height="${s - 1}" fill="${COLORS.primary}" stroke="${COLORS.ink}" stroke-width="1"/>`;
    case 'secondary':
      return `<rect x="${x + 0.5}" y="${y + 0.5}" width="${s - 1}" height="${s - 1}" fill="url(#hatch-legend)" stroke="${COLORS.ink}" stroke-width="1"/>`;
    case 'border':
      return `<rect x="${x}" y="${y + s / 2 - 1.5}" width="${s}" height="3" fill="${COLORS.border}"/>`;
    case 'route':
      return `<rect x="${x}" y="${y + s / 2 - 2}" width="${s}" height="4" rx="2" fill="${COLORS.route}"/>`;
    case 'gesture':
      return `<path d="M${x},${y + s / 2}H${x + s}" stroke="${COLORS.route}" stroke-width="4" stroke-dasharray="6 4"/>`;
    case 'orientation':
      return `<circle cx="${x + s / 2}" cy="${y + s / 2}" r="${s / 2 - 3}" fill="#ffffff" stroke="#6b675f" stroke-width="2.2"/>`;
  }
}

// ---- Map ------------------------------------------------------------------------------------


/** The map frame's outline in world space: the edge of the data, curved by the conic projection. */
function frameOutline(): string {
  const projection = createBaseProjection();
  const [west, south, east, north] = MAP_FRAME;
  const step = 0.25;
  const ring: [number, number][] = [];
  for (let lon = west; lon < east; lon += step) ring.push([lon, south]);
  for (let lat = south; lat < north; lat += step) ring.push([east, lat]);
  for (let lon = east; lon > west; lon -= step) ring.push([lon, north]);
  for (let lat = north; lat > south; lat -= step) ring.push([west, lat]);
  const points = ring.map((p) => projection(p)).filter((p): p is [number, number] => p !== null);
  return `M${points.map(([x, y]) => `${n(x, 3)},${n(y, 3)}`).join('L')}Z`;
}

function provincesOf(world: WorldGeometry, regionId: string): string[] {
  if (regionId.includes('-')) return [regionId];
  return world.provinces.filter((p) => p.country === regionId).map((p) => p.id);
}

function mapPanel(input: SocialImageInput): string {
  const { world, view } = input;
  const camera = socialMapCamera(world, view);
  const k = camera.k;
  /** A stroke width of `px` screen pixels, in world units. */
  const px = (value: number) => n(value / k, 4);

  const tones = new Map<string, 'primary' | 'secondary'>();
  // Earlier groups win: the first listed is the step's subject.
  for (const group of [...view.highlight].reverse()) for (const r of group.regions) for (const p of provincesOf(world, r)) tones.set(p, group.tone);

  const out: string[] = [];
  // Outside the map's frame there is no data: paper, so a wide view reads as a map sheet
  // (with the conic projection's curved edges) rather than land cut off in the sea.
  out.push(`<rect x="${MAP_X}" y="0" width="${MAP_W}" height="${H}" fill="${COLORS.offFrame}"/>`);
  out.push(`<g clip-path="url(#map-clip)">`);
  out.push(`<g transform="translate(${n(camera.x, 3)},${n(camera.y, 3)}) scale(${n(k, 5)})">`);
  const frame = frameOutline();
  out.push(`<path d="${frame}" fill="${COLORS.sea}"/>`);
  out.push(`<g fill="${COLORS.context}" stroke="${COLORS.contextStroke}" stroke-width="${px(0.8)}" stroke-linejoin="round">`);
  for (const c of world.context) out.push(`<path d="${c.d}"/>`);
  out.push('</g>');
  out.push(`<g stroke="#ffffff" stroke-width="${px(0.9)}" stroke-linejoin="round">`);
  for (const p of world.provinces) out.push(`<path d="${p.d}" fill="${COLORS.land[p.country] ?? COLORS.landOther}"/>`);
  out.push('</g>');
  const highlighted = world.provinces.filter((p) => tones.has(p.id));
  if (highlighted.length > 0) {
    out.push(`<g stroke="${COLORS.ink}" stroke-width="${px(1.2)}" stroke-linejoin="round">`);
    for (const p of highlighted) out.push(`<path d="${p.d}" fill="${tones.get(p.id) === 'primary' ? COLORS.primary : 'url(#hatch-map)'}"/>`);
    out.push('</g>');
  }
  if (view.border && world.border) {
    out.push(`<path d="${world.border}" fill="none" stroke="${COLORS.border}" stroke-width="${px(3.4)}" stroke-linejoin="round" stroke-linecap="round"/>`);
  }
  const route = view.route ? world.routes[view.route] : undefined;
  if (route) {
    out.push(`<path d="${route.d}" fill="none" stroke="#ffffff" stroke-opacity="0.85" stroke-width="${px(8)}" stroke-linejoin="round" stroke-linecap="round"/>`);
    // A gesture (a direction no report describes as a way) is dashed, as on the page.
    const dash = route.head ? ` stroke-dasharray="${px(12)} ${px(9)}"` : '';
    out.push(`<path d="${route.d}" fill="none" stroke="${COLORS.route}" stroke-width="${px(4.5)}" stroke-linejoin="round" stroke-linecap="round"${dash}/>`);
  }
  out.push(`<path d="${frame}" fill="none" stroke="${COLORS.frame}" stroke-width="${px(1.2)}"/>`);
  out.push('</g>');

  out.push(mapLabels(input, camera));
  out.push('</g>');
  // A hairline between paper and sea.
  out.push(`<rect x="${MAP_X}" y="0" width="1" height="${H}" fill="#c9c2b4"/>`);
  return out.join('\n');
}

// ---- Map labels -----------------------------------------------------------------------------
//
// Drawn in screen space, so their size does not depend on the zoom. The card is small on
// screen and has room for few words, so labels are placed in order of importance (place
// markers, highlighted regions, rivers, country names), each at the first of a few candidate
// positions that overlaps nothing placed before it, or not at all.

/** An axis-aligned box in card pixels. */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One way to draw a label: its SVG and the boxes it covers. */
interface Placement {
  svg: string;
  boxes: Box[];
}

/** Labels stay inside this box: off the map area's edges, and so inside the safe band. */
const LABEL_AREA: Box = { x0: MAP_X + 12, y0: 40, x1: W - 12, y1: H - 40 };

const HALO = 'stroke="#ffffff" stroke-linejoin="round" paint-order="stroke"';
const LABEL_SIZE = { place: 19, region: 19, country: 15, river: 17 };
const COUNTRY_SPACING = 2;

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(a: Box, area: Box): boolean {
  return a.x0 >= area.x0 && a.x1 <= area.x1 && a.y0 >= area.y0 && a.y1 <= area.y1;
}

/** The box of a line of text with its halo, from its baseline and anchor. */
function textBox(x: number, baseline: number, width: number, size: number, anchor: 'start' | 'middle' | 'end', pad = 3): Box {
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x0: x0 - pad, y0: baseline - 0.76 * size - pad, x1: x0 + width + pad, y1: baseline + 0.24 * size + pad };
}

class LabelLayer {
  private readonly taken: Box[] = [];
  private readonly lines: Box[] = [];
  private readonly out: string[] = [];

  /** Reserves boxes that labels must avoid (e.g. place markers). */
  block(box: Box): void {
    this.taken.push(box);
  }

  /** Reserves the boxes of a line (border, route): labels avoid them if they can. */
  blockLine(boxes: readonly Box[]): void {
    this.lines.push(...boxes);
  }

  /**
   * Draws the first candidate that overlaps nothing, else the first that overlaps no label or
   * marker but crosses a line; with `overLines`, lines do not count at all. Returns whether
   * a candidate was drawn (none is when every one would cover another label).
   */
  place(candidates: readonly Placement[], { overLines = false } = {}): boolean {
    const passes = overLines ? [false] : [true, false];
    for (const avoidLines of passes) {
      for (const candidate of candidates) {
        if (!candidate.boxes.every((b) => inside(b, LABEL_AREA))) continue;
        if (candidate.boxes.some((b) => this.taken.some((t) => overlaps(b, t)))) continue;
        if (avoidLines && candidate.boxes.some((b) => this.lines.some((t) => overlaps(b, t)))) continue;
        this.taken.push(...candidate.boxes);
        this.out.push(candidate.svg);
        return true;
      }
    }
    return false;
  }

  svg(): string {
    return this.out.join('\n');
  }
}

/**
 * Small boxes along an SVG path of straight segments (as d3-geo writes them), in card pixels:
 * every `step` px, so a label box that crosses the line overlaps one of them.
 */
function lineBoxes(d: string, camera: Camera, step = 4, pad = 2): Box[] {
  const boxes: Box[] = [];
  for (const sub of d.split(/(?=M)/)) {
    const points = [...sub.matchAll(/(-?\d*\.?\d+(?:e-?\d+)?),(-?\d*\.?\d+(?:e-?\d+)?)/gi)].map((m) => worldToScreen(camera, [Number(m[1]), Number(m[2])]));
    points.forEach(([x, y], i) => {
      const prev = points[i - 1];
      const segments = prev ? Math.max(1, Math.ceil(Math.hypot(x - prev[0], y - prev[1]) / step)) : 1;
      for (let j = 1; j <= segments; j++) {
        const px = prev ? prev[0] + ((x - prev[0]) * j) / segments : x;
        const py = prev ? prev[1] + ((y - prev[1]) * j) / segments : y;
        boxes.push({ x0: px - pad, y0: py - pad, x1: px + pad, y1: py + pad });
      }
    });
  }
  return boxes.filter((b) => overlaps(b, LABEL_AREA));
}

function mapLabels(input: SocialImageInput, camera: Camera): string {
  const { world, view, names } = input;
  const screen = (at: WorldPoint | undefined) => (at ? worldToScreen(camera, at) : undefined);
  const layer = new LabelLayer();
  const markers: string[] = [];
  if (view.border && world.border) layer.blockLine(lineBoxes(world.border, camera));
  const route = view.route ? world.routes[view.route] : undefined;
  if (route) layer.blockLine(lineBoxes(route.d, camera));

  // Place markers first: they are data, and every label avoids them.
  const places = view.places.flatMap((id) => {
    const at = screen(world.places[id]);
    if (!at || !inside({ x0: at[0], y0: at[1], x1: at[0], y1: at[1] }, LABEL_AREA)) return [];
    markers.push(`<circle cx="${n(at[0])}" cy="${n(at[1])}" r="5.5" fill="${COLORS.ink}" stroke="#ffffff" stroke-width="2"/>`);
    layer.block({ x0: at[0] - 7, y0: at[1] - 7, x1: at[0] + 7, y1: at[1] + 7 });
    return [{ at, text: names.places[id] ?? id }];
  });
  // Orientation places: hollow markers, placed after the places the reports name.
  const orientation = (view.orientation ?? []).flatMap((id) => {
    const at = screen(world.places[id]);
    if (!at || !inside({ x0: at[0], y0: at[1], x1: at[0], y1: at[1] }, LABEL_AREA)) return [];
    markers.push(`<circle cx="${n(at[0])}" cy="${n(at[1])}" r="5" fill="#ffffff" stroke="#6b675f" stroke-width="2.2"/>`);
    layer.block({ x0: at[0] - 7, y0: at[1] - 7, x1: at[0] + 7, y1: at[1] + 7 });
    return [{ at, text: names.places[id] ?? id }];
  });
  for (const { at, text } of [...places, ...orientation]) layer.place(placeLabel(text, at));
  const head = route?.head ? screen(route.head.at) : undefined;
  if (route?.head && head) {
    markers.push(`<path d="M1,0L-16,-9L-12,0L-16,9Z" transform="translate(${n(head[0])},${n(head[1])}) rotate(${n(route.head.angle)})" fill="${COLORS.route}" stroke="#ffffff" stroke-width="2" stroke-linejoin="round"/>`);
  }

  // Highlighted regions. A city-province marked as a place (Beijing) is named once, by its marker.
  const placeNames = new Set(view.places.map((id) => names.places[id]));
  for (const group of view.highlight) {
    for (const id of group.regions) {
      const name = names.regions[id] ?? id;
      const at = screen(world.anchors[id]);
      if (!at || placeNames.has(name)) continue;
      layer.place(regionLabel(name, at, group.tone));
    }
  }

  if (view.border && names.rivers) {
    // Rivers are named along the border line itself; they give way to every other label.
    layer.place(riverLabel(names.rivers.yalu, world.rivers.yalu, camera), { overLines: true });
    layer.place(riverLabel(names.rivers.tumen, world.rivers.tumen, camera), { overLines: true });
  }

  // Country names for orientation, unless the country is itself highlighted (and so named).
  const highlighted = new Set(view.highlight.flatMap((h) => h.regions));
  for (const c of world.countryLabels) {
    const at = screen(c.at);
    if (!at || highlighted.has(c.id)) continue;
    layer.place(countryLabel(names.regions[c.id] ?? c.id, at));
  }

  return [...markers, layer.svg()].join('\n');
}

function placeLabel(text: string, [x, y]: readonly [number, number]): Placement[] {
  const size = LABEL_SIZE.place;
  const width = textWidth(text, size, 'sans-bold');
  const options: { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }[] = [
    { dx: 10, dy: size * 0.35, anchor: 'start' },
    { dx: -10, dy: size * 0.35, anchor: 'end' },
    { dx: 0, dy: -11, anchor: 'middle' },
    { dx: 0, dy: 11 + size * 0.76, anchor: 'middle' },
  ];
  return options.map(({ dx, dy, anchor }) => ({
    svg: `<text x="${n(x + dx)}" y="${n(y + dy)}" text-anchor="${anchor}" font-family="${SANS}" font-weight="700" font-size="${size}" fill="${COLORS.ink}" ${HALO} stroke-width="4.5">${escapeXml(text)}</text>`,
    boxes: [textBox(x + dx, y + dy, width, size, anchor)],
  }));
}

function regionLabel(text: string, [x, y]: readonly [number, number], tone: 'primary' | 'secondary'): Placement[] {
  const size = LABEL_SIZE.region;
  const width = textWidth(text, size, 'sans-bold');
  const fill = tone === 'primary' ? '#ffffff' : COLORS.ink;
  const halo = tone === 'primary' ? `stroke="${COLORS.primaryHalo}" stroke-linejoin="round" paint-order="stroke"` : HALO;
  return [0, 24, -24].map((shift) => {
    const baseline = y + size * 0.35 + shift;
    return {
      svg: `<text x="${n(x)}" y="${n(baseline)}" text-anchor="middle" font-family="${SANS}" font-weight="700" font-size="${size}" fill="${fill}" ${halo} stroke-width="4.5">${escapeXml(text)}</text>`,
      boxes: [textBox(x, baseline, width, size, 'middle')],
    };
  });
}

function countryLabel(text: string, [x, y]: readonly [number, number]): Placement[] {
  const size = LABEL_SIZE.country;
  const upper = text.toUpperCase();
  const width = textWidth(upper, size, 'sans-bold', COUNTRY_SPACING) - COUNTRY_SPACING;
  return [0, 24, -24, 48, -48].map((shift) => {
    const baseline = y + size * 0.35 + shift;
    // letter-spacing also follows the last letter: shift by half of it to centre the ink.
    return {
      svg: `<text x="${n(x + COUNTRY_SPACING / 2)}" y="${n(baseline)}" text-anchor="middle" font-family="${SANS}" font-weight="700" font-size="${size}" letter-spacing="${COUNTRY_SPACING}" fill="${COLORS.muted}" ${HALO} stroke-width="4">${escapeXml(upper)}</text>`,
      boxes: [textBox(x, baseline, width, size, 'middle')],
    };
  });
}

/** A river's name along its course, above the line or else below it. */
function riverLabel(text: string, at: RiverLabel, camera: Camera): Placement[] {
  const [x, y] = worldToScreen(camera, [at.x, at.y]);
  const size = LABEL_SIZE.river;
  const width = textWidth(text, size, 'serif-bold');
  const angle = (at.angle * Math.PI) / 180;
  return [-9, 9 + size * 0.76].map((dy) => {
    // Corners of the rotated text box, for an axis-aligned box around them.
    const local = textBox(0, dy, width, size, 'middle', 2);
    const corners = [
      [local.x0, local.y0], [local.x1, local.y0], [local.x0, local.y1], [local.x1, local.y1],
    ].map(([cx = 0, cy = 0]) => [x + cx * Math.cos(angle) - cy * Math.sin(angle), y + cx * Math.sin(angle) + cy * Math.cos(angle)] as const);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return {
      svg: `<text transform="translate(${n(x)},${n(y)}) rotate(${n(at.angle, 1)})" y="${n(dy)}" text-anchor="middle" font-family="${SERIF}" font-style="italic" font-weight="700" font-size="${size}" fill="${COLORS.river}" ${HALO} stroke-width="4">${escapeXml(text)}</text>`,
      boxes: [{ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }],
    };
  });
}

// ---- The card -------------------------------------------------------------------------------

/** The card as an SVG document (1200×630, no external references). */
export function socialImageSvg(input: SocialImageInput): string {
  const camera = socialMapCamera(input.world, input.view);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    '<defs>',
    `<clipPath id="map-clip"><rect x="${MAP_X}" y="0" width="${MAP_W}" height="${H}"/></clipPath>`,
    // The map's hatch lives in world space, under the camera's scale: undo it so the lines
    // are 8 px apart on the card at any zoom.
    hatchPattern('hatch-map', `scale(${n(1 / camera.k, 6)}) rotate(45)`),
    hatchPattern('hatch-legend', 'rotate(45)'),
    '</defs>',
    mapPanel(input),
    textPanel(input),
    '</svg>',
    '',
  ].join('\n');
}

function hatchPattern(id: string, transform: string): string {
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="${transform}"><rect width="8" height="8" fill="${COLORS.hatchBg}"/><rect x="0" y="0" width="2.6" height="8" fill="${COLORS.hatchLine}"/></pattern>`;
}
