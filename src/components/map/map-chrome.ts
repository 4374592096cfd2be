/**
 * Where the map's caption sits over the drawing, and how much room the camera leaves around
 * the step's subject: the same numbers on the server and in the browser (estimated from the
 * words with the label engine's text widths, never measured), so the prerendered frame and
 * the browser's agree. Mirrors the caption rules in global.css (.map-caption).
 */
import type { Padding, Viewport } from '../../geo/camera-math.ts';
import type { Rect } from '../../geo/label-geometry.ts';
import { textWidth, wrapWords } from '../../geo/text-metrics.ts';
import type { LegendItem } from './legend-items.ts';

/**
 * "story": behind (phones) or beside (wide screens) scrolling text; "card": a box with its caption
 * below.
 */
export type Framing = 'story' | 'card';

export interface MapChrome {
  /** Room the camera keeps clear around the subject. */
  readonly padding: Padding;
  /** The caption's box over the drawing (labels keep out of it), or null when it is not over it. */
  readonly caption: Rect | null;
  /**
   * On a short drawing (a phone on its side) the legend folds into a "Key" button, so it never
   * covers the subject.
   */
  readonly collapsed: boolean;
}

/** Drawings shorter than this fold their legend away. */
export const COLLAPSE_BELOW_PX = 500;
/** …and so does a legend that would take more than this share of the drawing's height. */
const MAX_SHARE = 0.2;
/**
 * The folded caption: its one button, sized for the English "Key" (about 4.5 em by 24 px and its
 * padding); a longer word in another edition widens it by its own extra width.
 */
const FOLDED = { width: 76, height: 30, sizedFor: 'Key' };

/** Caption type sizes (px) as global.css sets them: 0.8rem on phones, 0.9rem beside the text. */
const PHONE = { size: 12.8, line: 17.3, padX: 10, padY: 6, inset: 8 };
const WIDE = { size: 14.4, line: 20.2, padX: 11, padY: 8, inset: 12, maxWidth: 480 };
/** A legend swatch and its gap (0.95em + 0.35em), and the gap between items in a row (0.9rem). */
const SWATCH_EM = 1.3;
const ITEM_GAP = 14.4;
/**
 * Estimates err wide (DejaVu metrics for system-ui): a margin on top, for the fonts that run wider,
 * and 6 px for rounding and wrap points.
 */
const SAFETY = 1.08;

/**
 * The camera's padding and the caption's box for a drawing of `viewport` size.
 * `beside`: the story text runs beside the map (wide screens), so nothing covers its lower
 * part and the caption sits bottom left with the map's description; otherwise (phones) the
 * text scrolls over the lower screen and the caption, legend only, sits on top.
 */
export function mapChrome(
  viewport: Viewport,
  framing: Framing,
  legend: readonly LegendItem[],
  description: string,
  beside: boolean,
  keyLabel: string = FOLDED.sizedFor,
): MapChrome {
  if (framing === 'card')
    return {
      padding: { top: 16, right: 16, bottom: 16, left: 16 },
      caption: null,
      collapsed: false,
    };
  const { width, height } = viewport;
  if (height < COLLAPSE_BELOW_PX && legend.length > 0) return folded(viewport, beside, keyLabel);
  if (!beside) {
    const inner = width - 2 * PHONE.inset - 2 * PHONE.padX - 2;
    const lines = legendLines(legend, inner, PHONE.size);
    // With nothing to show, the caption has no box (global.css: :not(:has(li))).
    const h = lines === 0 ? 0 : Math.ceil(lines * PHONE.line * SAFETY + 2 * PHONE.padY + 2 + 6);
    // A legend taller than a fifth of a small phone's screen folds away too.
    if (h > height * MAX_SHARE) return folded(viewport, beside, keyLabel);
    const caption =
      h > 0
        ? { x0: PHONE.inset, y0: PHONE.inset, x1: width - PHONE.inset, y1: PHONE.inset + h }
        : null;
    // Portrait phones: the step's text covers the lower part; landscape ones have little height to
    // spare.
    const bottom = Math.round(height * (height >= width ? 0.42 : 0.22));
    return {
      padding: { top: PHONE.inset + h + 14, right: 16, bottom, left: 16 },
      caption,
      collapsed: false,
    };
  }
  const w = Math.min(WIDE.maxWidth, width - 2 * WIDE.inset);
  const inner = w - 2 * WIDE.padX - 2;
  const measure = (line: string) => textWidth(line, WIDE.size, 'sans');
  const textLines = wrapWords(description, inner / SAFETY, measure).length;
  const lines = textLines + legendLines(legend, inner, WIDE.size);
  const h = Math.ceil(lines * WIDE.line * SAFETY + 2 * WIDE.padY + 6 + 2 + 6);
  const caption = {
    x0: WIDE.inset,
    y0: height - WIDE.inset - h,
    x1: WIDE.inset + w,
    y1: height - WIDE.inset,
  };
  return {
    padding: { top: 36, right: 36, bottom: WIDE.inset + h + 20, left: 36 },
    caption,
    collapsed: false,
  };
}

/**
 * Lines the legend takes when its items flow in rows of `width` px (an item wraps within itself).
 */
function legendLines(items: readonly LegendItem[], width: number, size: number): number {
  let lines = 0;
  let used = 0; // px used on the open line; 0 when none is open
  for (const item of items) {
    const w = (SWATCH_EM * size + textWidth(item.text, size, 'sans')) * SAFETY;
    if (used > 0 && used + ITEM_GAP + w <= width) {
      used += ITEM_GAP + w;
      continue;
    }
    const own = Math.ceil(w / width);
    lines += own;
    used = own === 1 ? w : width; // a wrapped item leaves no room beside it
  }
  return lines;
}

/** The caption folded to its "Key" button: top left behind the text, bottom left beside it. */
function folded({ width, height }: Viewport, beside: boolean, keyLabel: string): MapChrome {
  const inset = beside ? WIDE.inset : PHONE.inset;
  const size = beside ? WIDE.size : PHONE.size;
  const button =
    FOLDED.width +
    Math.max(
      0,
      Math.ceil(
        (textWidth(keyLabel, size, 'sans') - textWidth(FOLDED.sizedFor, size, 'sans')) * SAFETY,
      ),
    );
  const caption = beside
    ? { x0: inset, y0: height - inset - FOLDED.height, x1: inset + button, y1: height - inset }
    : { x0: inset, y0: inset, x1: inset + button, y1: inset + FOLDED.height };
  const clear = inset + FOLDED.height + 10;
  return {
    padding: {
      top: beside ? 20 : clear,
      right: 16,
      bottom: beside ? clear : Math.round(height * (height >= width ? 0.42 : 0.22)),
      left: 16,
    },
    caption,
    collapsed: true,
  };
}
