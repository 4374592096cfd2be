/**
 * The link-preview card of a story section (or of the whole story) as a 1200×630 SVG: the
 * section's map on the right, kicker, title, legend and site name on paper on the left.
 *
 * Layout and drawing only: the camera (cameraForView), the shading (provinceTones) and every
 * label (viewLabels, the engine the page uses) come from src/geo, on projected geometry.
 * Pure: everything it draws comes in as input, so it renders the same bytes every time.
 * Self-contained: no external resources, no web fonts. resvg renders Latin with the system's
 * DejaVu fonts and Hangul with Noto Sans KR, which the build embeds (card-text.ts says how);
 * `lang` marks the document's language and picks the font-family lists. Everything that
 * matters (title, kicker, the map's focus) lies inside the central 1200×600 band, so the 2:1
 * crops some platforms make lose only decoration.
 */
import type { LegendItem } from '../../components/map/legend-items.ts';
import type { MapView } from '../../content/schema.ts';
import type { Camera, Viewport } from '../../geo/camera-math.ts';
import { shownText, type LabelFont, type TextMeasure } from '../../geo/place-labels.ts';
import { provinceTones } from '../../geo/provinces-of.ts';
import { cameraForView, subjectBounds } from '../../geo/view-camera.ts';
import { LABEL_TYPES, labelFont, MAP_COLORS, type LabelType } from '../../geo/map-style.ts';
import {
  LABEL_KINDS,
  viewLabels,
  type LabelKind,
  type LabelStyle,
  type MapLabel,
  type MapNames,
} from '../../geo/view-labels.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { cardTextWidth, checkLang, fontFamily, hasHangul } from './card-text.ts';
import { escapeXml, n, PANEL_W, SOCIAL_IMAGE, svgText, textPanel } from './social-text-panel.ts';

export { escapeXml, SOCIAL_IMAGE };

export interface SocialImageInput {
  /**
   * Small line above the title (Latin in tracked capitals; Hangul, which has no capitals, as it
   * is).
   */
  kicker: string;
  title: string;
  /** Written small at the bottom of the text panel. */
  siteName: string;
  /** The map view to draw (a section's first step, usually). */
  view: MapView;
  /** The projected world (see `worldForContent`). */
  world: WorldGeometry;
  names: MapNames;
  /** Optional key under the title: swatches and words, as the page's map legend shows. */
  legend?: readonly LegendItem[];
  /**
   * BCP 47 language of the card's words ("ko"): `lang` and `xml:lang` on the root, and the
   * font-family lists.
   */
  lang?: string;
}

const W = SOCIAL_IMAGE.width;
const H = SOCIAL_IMAGE.height;
/** The map's area: right of the text panel, full height. */
const MAP: Viewport = { width: W - PANEL_W, height: H };
/** Screen padding of the map's focus: keeps it well inside the safe band. */
const MAP_PADDING = { top: 44, right: 40, bottom: 44, left: 44 };

/** The card's map type: the token table's card column (larger: a card is seen small). */
type CardLabelFont = LabelFont & LabelType & { weight: number };
const FONTS = Object.fromEntries(
  LABEL_KINDS.map((kind) => [
    kind,
    { ...LABEL_TYPES[kind], ...labelFont(kind, 'card'), weight: LABEL_TYPES[kind].weight.card },
  ]),
) as unknown as Record<LabelKind, CardLabelFont>;
const STYLE: LabelStyle = {
  fonts: FONTS,
  dotRadius: 8,
  dotGap: 11,
  lineClear: 4,
  riverGap: 6,
  headClear: 11,
  edge: 14,
};

/**
 * The letter spacing a label is drawn with: its kind's, for Latin (capitals tracked out);
 * none when it has Hangul, which has no capitals to track (uppercasing leaves it as it is).
 */
function labelTracking(text: string, font: LabelFont): number {
  return hasHangul(text) ? 0 : (font.letterSpacing ?? 0);
}

/**
 * Label widths with the fonts' own advances (card-text.ts). The engine takes off the kind's
 * letter spacing once (the space after the last letter); a label drawn without tracking gets
 * it back first, so the box is the width of the ink either way.
 */
export const measureLabel: TextMeasure = (text, font) => {
  const tracking = labelTracking(text, font);
  return (
    cardTextWidth(text, font.size, font.font, tracking) + ((font.letterSpacing ?? 0) - tracking)
  );
};

/**
 * The camera the card's map uses, in the map area's own pixels (it starts at x = 560 on the card).
 */
export function socialMapCamera(world: WorldGeometry, view: MapView): Camera {
  return cameraForView(subjectBounds(world, view), MAP, MAP_PADDING, world.coverage);
}

/** The card as an SVG document (1200×630, no external references). */
export function socialImageSvg(input: SocialImageInput): string {
  const camera = socialMapCamera(input.world, input.view);
  const lang =
    input.lang === undefined
      ? ''
      : ` lang="${escapeXml(checkLang(input.lang))}" xml:lang="${escapeXml(input.lang)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ` +
      `${H}"${lang}>`,
    '<defs>',
    `<clipPath id="map-clip"><rect x="0" y="0" width="${MAP.width}" ` +
      `height="${MAP.height}"/></clipPath>`,
    // The map's hatch lives in world space, under the camera's scale: undo it so the lines
    // are 8 px apart on the card at any zoom.
    hatchPattern('hatch-map', `scale(${n(camera.worldLength(1), 6)}) rotate(45)`),
    hatchPattern('hatch-legend', 'rotate(45)'),
    '</defs>',
    `<g transform="translate(${PANEL_W},0)" clip-path="url(#map-clip)">`,
    mapPanel(input, camera),
    '</g>',
    // A hairline between paper and sea.
    `<rect x="${PANEL_W}" y="0" width="1" height="${H}" fill="${MAP_COLORS.contextStroke}"/>`,
    textPanel(input),
    '</svg>',
    '',
  ].join('\n');
}

/** The map in the map area's pixels: sea, land, shading, border, route, then dots and labels. */
function mapPanel({ world, view, names, lang }: SocialImageInput, camera: Camera): string {
  const px = (value: number) => n(camera.worldLength(value), 4); // a screen width, in world units
  const tones = provinceTones(world, view.highlight);
  const route = view.route ? world.routes[view.route] : undefined;
  const out: string[] = [
    `<rect width="${MAP.width}" height="${MAP.height}" fill="${MAP_COLORS.sea}"/>`,
    `<g transform="${camera.toString()}" stroke-linejoin="round">`,
  ];
  out.push(
    `<g fill="${MAP_COLORS.context}" stroke="${MAP_COLORS.contextStroke}" ` +
      `stroke-width="${px(0.8)}">${world.context.map((c) => `<path d="${c.d}"/>`).join('')}</g>`,
  );
  out.push(
    `<g stroke="${MAP_COLORS.provinceStroke}" stroke-width="${px(0.9)}">` +
      world.provinces
        .map((p) => `<path d="${p.d}" fill="${MAP_COLORS.land[p.country] ?? MAP_COLORS.context}"/>`)
        .join('') +
      '</g>',
  );
  const shaded = world.provinces.filter((p) => tones.has(p.id));
  if (shaded.length > 0) {
    out.push(
      `<g stroke="${MAP_COLORS.outline}" stroke-width="${px(1.2)}">` +
        shaded
          .map((p) => {
            const fill = tones.get(p.id) === 'primary' ? MAP_COLORS.primary : 'url(#hatch-map)';
            return `<path d="${p.d}" fill="${fill}"/>`;
          })
          .join('') +
        '</g>',
    );
  }
  if (view.border)
    out.push(
      `<path d="${world.border}" fill="none" stroke="${MAP_COLORS.outline}" ` +
        `stroke-width="${px(3.4)}" stroke-linecap="round"/>`,
    );
  if (route) {
    out.push(
      `<path d="${route.d}" fill="none" stroke="${MAP_COLORS.halo}" stroke-opacity="0.85" ` +
        `stroke-width="${px(8)}" stroke-linecap="round"/>`,
    );
    // A gesture (a direction no report describes as a way) is dashed, as on the page.
    const dash = route.head ? ` stroke-dasharray="${px(12)} ${px(9)}"` : '';
    out.push(
      `<path d="${route.d}" fill="none" stroke="${MAP_COLORS.route}" stroke-width="${px(4.5)}" ` +
        `stroke-linecap="round"${dash}/>`,
    );
  }
  out.push('</g>');

  const labels = viewLabels({
    world,
    view,
    names,
    camera,
    viewport: MAP,
    style: STYLE,
    measure: measureLabel,
  });
  if (route?.head) {
    const [x, y] = camera.apply(route.head.at);
    out.push(
      `<path d="M1,0L-16,-9L-12,0L-16,9Z" transform="translate(${n(x)},${n(y)}) ` +
        `rotate(${n(route.head.angle)})" fill="${MAP_COLORS.route}" stroke="${MAP_COLORS.halo}" ` +
        `stroke-width="2" stroke-linejoin="round"/>`,
    );
  }
  for (const d of labels.dots) {
    out.push(
      d.kind === 'place'
        ? `<circle cx="${n(d.at[0])}" cy="${n(d.at[1])}" r="5.5" fill="${MAP_COLORS.placeDot}" ` +
            `stroke="${MAP_COLORS.halo}" stroke-width="2"/>`
        : `<circle cx="${n(d.at[0])}" cy="${n(d.at[1])}" r="5" fill="${MAP_COLORS.halo}" ` +
            `stroke="${MAP_COLORS.orientationDot}" stroke-width="2.2"/>`,
    );
  }
  for (const label of labels.labels) out.push(labelSvg(label, lang));
  return out.join('\n');
}

/**
 * A placed label as SVG text: centred on its box, turned with it, in its kind's type over a halo.
 */
function labelSvg({ kind, text, box }: MapLabel, lang: string | undefined): string {
  const f = FONTS[kind];
  const shown = shownText(text, f);
  const tracking = labelTracking(shown, f);
  const spacing = tracking ? ` letter-spacing="${tracking}"` : '';
  // Letter spacing also follows the last letter: shift by half of it to centre the ink.
  const x = tracking ? tracking / 2 : 0;
  const turn = box.angle ? ` rotate(${n(box.angle, 1)})` : '';
  // Hangul has no italic (Noto Sans KR has none, and a slanted Latin bracket beside upright
  // Hangul looks like a mistake): a name with Hangul in it is set upright.
  const italic = f.italic && !hasHangul(shown);
  return (
    `<text class="label is-${kind}" transform="translate(${n(box.cx)},${n(box.cy)})${turn}" ` +
    `x="${n(x)}" y="${n(0.26 * f.size)}" text-anchor="middle" ` +
    `font-family="${fontFamily(f.family, lang)}" ` +
    `font-weight="${f.weight}"${italic ? ' font-style="italic"' : ''} ` +
    `font-size="${f.size}"${spacing} fill="${f.fill}" stroke="${f.halo}" stroke-width="4" ` +
    `stroke-linejoin="round" paint-order="stroke">${svgText(shown)}</text>`
  );
}

function hatchPattern(id: string, transform: string): string {
  return (
    `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse" ` +
    `patternTransform="${transform}"><rect width="8" height="8" ` +
    `fill="${MAP_COLORS.hatchBg}"/><rect x="0" y="0" width="2.6" height="8" ` +
    `fill="${MAP_COLORS.hatchLine}"/></pattern>`
  );
}
