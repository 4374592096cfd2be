/**
 * The map's style tokens, once: its palette, its line widths, its marks and its label type. They
 * feed the page's CSS (as generated rules, map-style-css.ts, through the Vite module
 * `virtual:map-style.css`), the label engine's measure (page-label-style.ts) and the social
 * cards, which the map's layers (src/components/map/map-surface.tsx, map-labels.tsx) draw with
 * these values as presentation attributes; so a colour or a size changed here changes all three.
 */
import type { FontKey } from './text-metrics.ts';
import type { LabelFont } from './place-labels.ts';
import type { LabelKind } from './view-labels.ts';

export const MAP_COLORS = {
  sea: '#dfe8ec',
  land: { CN: '#ebe4d6', KP: '#d6cbb8', KR: '#e6dfd0' } as Readonly<Record<string, string>>,
  /** Neighbouring countries and outer provinces: pale, so the eye lands on the subject. */
  context: '#f3f1ec',
  contextStroke: '#c4bdb0',
  /**
   * Where land meets sea. The fills alone differ too little to see the coast by (1.02:1 from sea
   * to China); this line is at least 3:1 against the sea and every land fill it runs along
   * (WCAG 1.4.11; map-style.test.ts holds it there).
   */
  coast: '#527080',
  provinceStroke: '#ffffff',
  /** The subject's outline and the border line. */
  outline: '#1c1b19',
  primary: '#a4161a',
  hatchBg: '#efe3c8',
  hatchLine: '#7a5b24',
  route: '#1d4e89',
  placeDot: '#1c1b19',
  orientationDot: '#6b675f',
  halo: '#ffffff',
} as const;

/** A dot's paint: a marked place dark in a white ring, an orientation place white in a grey one. */
export const DOT_PAINT = {
  place: { fill: MAP_COLORS.placeDot, stroke: MAP_COLORS.halo },
  orientation: { fill: MAP_COLORS.halo, stroke: MAP_COLORS.orientationDot },
} as const;

/** Where the map is drawn: the page's map, or a 1200×630 social card (seen small, so larger). */
export type MapMedium = 'page' | 'card';

/** A size in screen px, per medium. */
type PerMedium = Readonly<Record<MapMedium, number>>;

/**
 * Line widths in screen px, drawn as world lengths at the camera: on the page through CSS
 * (`--px`, map-style-css.ts), on a card as attributes (resvg has no CSS variables).
 */
export const MAP_LINES = {
  context: { page: 0.6, card: 0.8 },
  province: { page: 0.7, card: 0.9 },
  coast: { page: 0.9, card: 1.2 },
  highlight: { page: 1.2, card: 1.2 },
  border: { page: 2.6, card: 3.4 },
  route: { page: 3, card: 4.5 },
  gesture: { page: 2.5, card: 4.5 },
  /** A white band under the card's route, so it reads over land and hatch (none on the page). */
  routeHalo: { page: 0, card: 8 },
  routeHead: { page: 1.5, card: 2 },
  placeDot: { page: 1.5, card: 2 },
  orientationDot: { page: 1.6, card: 2.2 },
} as const satisfies Record<string, PerMedium>;

/** The marks over the land (map-marks.ts: a module of its own, so the legend's swatches, in the
 * page's first script, carry these without the rest of the table). */
export { MAP_MARKS } from './map-marks.ts';

export interface LabelType {
  family: 'sans' | 'serif';
  italic: boolean;
  /** Drawn in capitals (the engine uppercases the text, so the measure sees the capitals). */
  uppercase: boolean;
  fill: string;
  halo: string;
  /** The halo's stroke width, in px, per medium. */
  haloWidth: PerMedium;
  size: PerMedium;
  weight: PerMedium;
  /** Extra px after each character (CSS letter-spacing), per medium. */
  letterSpacing: PerMedium;
}

const type = (t: Partial<LabelType> & Pick<LabelType, 'size' | 'weight'>): LabelType => ({
  family: 'sans',
  italic: false,
  uppercase: false,
  fill: MAP_COLORS.outline,
  halo: MAP_COLORS.halo,
  haloWidth: { page: 3.5, card: 4 },
  letterSpacing: { page: 0, card: 0 },
  ...t,
});

/** The label hierarchy: the step's subject strongest, then places, countries, seas. */
export const LABEL_TYPES: Readonly<Record<LabelKind, LabelType>> = {
  place: type({ size: { page: 13, card: 19 }, weight: { page: 600, card: 700 } }),
  'region-primary': type({
    size: { page: 14, card: 19 },
    weight: { page: 700, card: 700 },
    fill: '#ffffff',
    halo: '#5c0d0f',
  }),
  'region-secondary': type({ size: { page: 13, card: 18 }, weight: { page: 700, card: 700 } }),
  'orientation-place': type({
    size: { page: 12, card: 17 },
    weight: { page: 400, card: 400 },
    italic: true,
    fill: '#5d5a54',
  }),
  river: type({
    family: 'serif',
    size: { page: 12, card: 17 },
    weight: { page: 600, card: 700 },
    italic: true,
    fill: '#123a66',
    haloWidth: { page: 3, card: 4 },
  }),
  country: type({
    size: { page: 11, card: 15 },
    weight: { page: 600, card: 700 },
    uppercase: true,
    letterSpacing: { page: 1.3, card: 2 },
    fill: '#4f4c46',
  }),
  neighbour: type({
    size: { page: 10, card: 13 },
    weight: { page: 600, card: 700 },
    uppercase: true,
    letterSpacing: { page: 1.4, card: 2 },
    fill: '#6e695f',
    halo: MAP_COLORS.context,
  }),
  sea: type({
    size: { page: 11, card: 15 },
    weight: { page: 400, card: 400 },
    italic: true,
    letterSpacing: { page: 0.4, card: 0.6 },
    fill: '#3f6275',
    halo: MAP_COLORS.sea,
    haloWidth: { page: 3, card: 4 },
  }),
};

/** The face the engine measures a label kind with, in a medium. */
export function labelFont(kind: LabelKind, medium: MapMedium): LabelFont {
  const t = LABEL_TYPES[kind];
  const bold = t.weight[medium] >= 600;
  const font: FontKey = t.family === 'serif' ? 'serif-bold' : bold ? 'sans-bold' : 'sans';
  const letterSpacing = t.letterSpacing[medium];
  return {
    font,
    size: t.size[medium],
    ...(letterSpacing ? { letterSpacing } : {}),
    ...(t.uppercase ? { uppercase: true } : {}),
  };
}
