/**
 * The link-preview card of a story section (or of the whole story) as a 1200×630 SVG: the
 * section's map on the right, kicker, title, legend and site name on paper on the left.
 *
 * The map is the page's: the same layers (MapSurface, MapMarks in src/components/map) drawn for
 * the card medium, rendered to markup here with `renderToStaticMarkup`; the camera
 * (cameraForView), the shading (provinceTones) and every label (viewLabels, the engine the page
 * uses) come from src/geo, on projected geometry. The text panel is social-text-panel.ts.
 * Pure: everything it draws comes in as input, so it renders the same bytes every time.
 * Self-contained: no external resources, no web fonts. resvg renders Latin with the system's
 * DejaVu fonts and Hangul with Noto Sans KR, which the build embeds (card-text.ts says how);
 * `lang` marks the document's language and picks the font-family lists. Everything that
 * matters (title, kicker, the map's focus) lies inside the central 1200×600 band, so the 2:1
 * crops some platforms make lose only decoration.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { LegendItem } from '../../components/map/legend-items.ts';
import { MapMarks } from '../../components/map/map-labels.tsx';
import {
  HatchPattern,
  MapSurface,
  surfaceRoute,
  type Medium,
} from '../../components/map/map-surface.tsx';
import type { MapView } from '../../content/schema.ts';
import type { Camera, Viewport } from '../../geo/camera-math.ts';
import { cardTracking } from '../../geo/card-type.ts';
import { labelFont, MAP_COLORS } from '../../geo/map-style.ts';
import type { LabelFont, TextMeasure } from '../../geo/place-labels.ts';
import { provinceTones } from '../../geo/provinces-of.ts';
import { cameraForView, subjectBounds } from '../../geo/view-camera.ts';
import {
  LABEL_KINDS,
  viewLabels,
  type LabelKind,
  type LabelStyle,
  type MapNames,
} from '../../geo/view-labels.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { cardTextWidth, checkLang } from './card-text.ts';
import { escapeXml, PANEL_W, SOCIAL_IMAGE, textPanel } from './social-text-panel.ts';

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

/**
 * The card's map type: the token table's card column (larger: a card is seen small), as the
 * engine measures it (face, size, tracking, capitals).
 */
const CARD_FONTS = Object.fromEntries(
  LABEL_KINDS.map((kind) => [kind, labelFont(kind, 'card')]),
) as Record<LabelKind, LabelFont>;
const STYLE: LabelStyle = {
  fonts: CARD_FONTS,
  dotRadius: 8,
  dotGap: 11,
  lineClear: 4,
  riverGap: 6,
  headClear: 11,
  edge: 14,
};

/**
 * Label widths on a card in `lang` with the fonts' own advances (card-text.ts), at the tracking
 * the card draws them with (cardTracking: none for CJK). The engine takes off the kind's letter
 * spacing once (the space after the last letter); a label drawn without tracking gets it back
 * first, so the box is the width of the ink either way.
 */
export const labelMeasure =
  (lang?: string): TextMeasure =>
  (text, font) => {
    const tracking = cardTracking(text, font.letterSpacing);
    return (
      cardTextWidth(text, font.size, font.font, tracking, lang) +
      ((font.letterSpacing ?? 0) - tracking)
    );
  };

/** Label widths on a card with no language of its own (CJK in Noto Sans KR). */
export const measureLabel: TextMeasure = labelMeasure();

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
  const medium: Medium = { kind: 'card', lang: input.lang };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ` +
      `${H}"${lang}>`,
    '<defs>',
    `<clipPath id="map-clip"><rect x="0" y="0" width="${MAP.width}" ` +
      `height="${MAP.height}"/></clipPath>`,
    renderToStaticMarkup(<HatchPattern id="hatch-legend" medium={medium} scale={1} />),
    '</defs>',
    `<g transform="translate(${PANEL_W},0)" clip-path="url(#map-clip)">`,
    renderToStaticMarkup(<CardMap input={input} camera={camera} medium={medium} />),
    '</g>',
    // A hairline between paper and sea.
    `<rect x="${PANEL_W}" y="0" width="1" height="${H}" fill="${MAP_COLORS.contextStroke}"/>`,
    textPanel(input),
    '</svg>',
    '',
  ].join('\n');
}

/**
 * The map in the map area's pixels, by the page's layers: sea, land, shading, border, route
 * under the camera, then the arrowhead, dots and labels over it.
 */
function CardMap({
  input: { world, view, names, lang },
  camera,
  medium,
}: {
  input: SocialImageInput;
  camera: Camera;
  medium: Medium;
}) {
  const labels = viewLabels({
    world,
    view,
    names,
    camera,
    viewport: MAP,
    style: STYLE,
    measure: labelMeasure(lang),
  });
  return (
    <>
      <MapSurface
        medium={medium}
        camera={camera}
        viewport={MAP}
        land={world}
        tones={provinceTones(world, view.highlight)}
        border={view.border ? world.border : undefined}
        route={surfaceRoute(world.routes, view.route)}
      />
      <MapMarks
        medium={medium}
        labels={labels}
        head={view.route ? world.routes[view.route]?.head : undefined}
        camera={camera}
      />
    </>
  );
}
