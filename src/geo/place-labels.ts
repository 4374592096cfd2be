/**
 * The label placement engine, shared by the page, the embed, /read/ and the social cards: pure,
 * in screen pixels, on projected geometry (never on path strings). Each label knows its
 * measured size and a list of places it may go; labels are placed most important first, each
 * at its first candidate that stays inside the area and touches nothing already there (place
 * dots, lines such as the border, keep-out boxes such as the legend, labels placed before it).
 * A label with no such candidate is dropped, so the least important go first.
 *
 * Greedy rather than optimal (simulated annealing, as in d3-labeler): a map has a dozen
 * labels, an importance order matters more than packing in one more, and the same input must
 * give the same output on the server, in the browser and on the card.
 */
import {
  boundsOfBox,
  boxesOverlap,
  boxTouchesDisc,
  boxTouchesLine,
  rectBox,
  rectInside,
  type OrientedBox,
  type Rect,
  type ScreenPoint,
} from './label-geometry.ts';
import type { FontKey } from './text-metrics.ts';

/** How a label's text is set: enough to measure it. */
export interface LabelFont {
  readonly font: FontKey;
  /** Font size in px. */
  readonly size: number;
  /** Extra px after each character (CSS letter-spacing). */
  readonly letterSpacing?: number;
  /** Drawn in capitals (CSS text-transform). */
  readonly uppercase?: boolean;
}

/** Width in px of a line of text in a font: the page and the card each bring theirs. */
export type TextMeasure = (text: string, font: LabelFont) => number;

/** Where a label's box may be centred, and turned (degrees, SVG rotate). */
export interface LabelSpot {
  readonly x: number;
  readonly y: number;
  readonly angle?: number;
}

/** One label to place. */
export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  readonly font: LabelFont;
  /** Lower is more important: placed first, dropped last. */
  readonly priority: number;
  /** Candidate centres, best first, given the label's half width and half height. */
  readonly spots: (size: { hw: number; hh: number }) => readonly LabelSpot[];
  /** A further test a spot must pass (a sea's name must lie on water). */
  readonly fits?: (box: OrientedBox) => boolean;
}

/** What labels must keep clear of. */
export interface LabelObstacles {
  /** Place dots and the like: centre and radius in px. */
  readonly discs?: readonly { readonly at: ScreenPoint; readonly r: number }[];
  /** Lines, with how many px to keep clear of their centre line (half the stroke and a margin). */
  readonly lines?: readonly { readonly points: readonly ScreenPoint[]; readonly clear: number }[];
  /** Boxes to keep out of: the legend. */
  readonly rects?: readonly Rect[];
  /** Turned boxes to keep out of: an arrowhead. */
  readonly boxes?: readonly OrientedBox[];
}

/** A placed label: its box (centre, size, turn) and what to draw there. */
export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly font: LabelFont;
  readonly box: OrientedBox;
}

export interface Placement {
  readonly placed: readonly PlacedLabel[];
  /** Ids of the labels that found no room, most important first. */
  readonly dropped: readonly string[];
}

/** Room kept around a label's text, in px: its white halo and a little air. */
export const LABEL_PAD = 3;

/** The text as drawn (capitals when the font says so). */
export const shownText = (text: string, font: LabelFont) =>
  font.uppercase ? text.toUpperCase() : text;

/**
 * Half width and half height of a label's box: the measured text (less the letter spacing
 * after its last character, which draws nothing) and its line's ascent and descent, padded.
 */
export function labelHalfSize(
  text: string,
  font: LabelFont,
  measure: TextMeasure,
): { hw: number; hh: number } {
  const width = measure(shownText(text, font), font) - (font.letterSpacing ?? 0);
  return { hw: width / 2 + LABEL_PAD, hh: font.size / 2 + LABEL_PAD };
}

/** Place labels inside `area`, most important first, clear of the obstacles and of each other. */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: LabelObstacles,
  area: Rect,
  measure: TextMeasure,
): Placement {
  const ordered = labels
    .map((label, index) => ({ label, index }))
    .sort((a, b) => a.label.priority - b.label.priority || a.index - b.index);
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const keepOut = [...(obstacles.rects ?? []).map(rectBox), ...(obstacles.boxes ?? [])];
  const clear = (box: OrientedBox) =>
    rectInside(boundsOfBox(box), area) &&
    !keepOut.some((r) => boxesOverlap(box, r)) &&
    !(obstacles.discs ?? []).some((d) => boxTouchesDisc(box, d.at, d.r)) &&
    !(obstacles.lines ?? []).some((l) => boxTouchesLine(box, l.points, l.clear)) &&
    !placed.some((p) => boxesOverlap(box, p.box));

  for (const { label } of ordered) {
    const size = labelHalfSize(label.text, label.font, measure);
    const spot = label
      .spots(size)
      .map((s) => ({ cx: s.x, cy: s.y, hw: size.hw, hh: size.hh, angle: s.angle ?? 0 }))
      .find((box) => clear(box) && (label.fits?.(box) ?? true));
    if (spot) placed.push({ id: label.id, text: label.text, font: label.font, box: spot });
    else dropped.push(label.id);
  }
  return { placed, dropped };
}
