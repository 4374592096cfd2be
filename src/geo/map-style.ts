/**
 * The map's style tokens, once: its palette and its label type. They feed the page's CSS (as
 * generated rules, map-style-css.ts, through the Vite module `virtual:map-style.css`), the label
 * engine's measure (page-label-style.ts) and the social cards (social-image-svg.ts), so a colour
 * or a size changed here changes all three.
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

/** Where a label is drawn: the page's map, or a 1200×630 social card (seen small, so larger). */
export type LabelMedium = 'page' | 'card';

export interface LabelType {
  family: 'sans' | 'serif';
  italic: boolean;
  /** Drawn in capitals (the engine uppercases the text, so the measure sees the capitals). */
  uppercase: boolean;
  fill: string;
  halo: string;
  /** The halo's stroke width on the page, in px. */
  haloWidth: number;
  size: Readonly<Record<LabelMedium, number>>;
  weight: Readonly<Record<LabelMedium, number>>;
  /** Extra px after each character (CSS letter-spacing), per medium. */
  letterSpacing: Readonly<Record<LabelMedium, number>>;
}

const type = (t: Partial<LabelType> & Pick<LabelType, 'size' | 'weight'>): LabelType => ({
  family: 'sans',
  italic: false,
  uppercase: false,
  fill: MAP_COLORS.outline,
  halo: MAP_COLORS.halo,
  haloWidth: 3.5,
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
    haloWidth: 3,
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
    haloWidth: 3,
  }),
};

/** The face the engine measures a label kind with, in a medium. */
export function labelFont(kind: LabelKind, medium: LabelMedium): LabelFont {
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
