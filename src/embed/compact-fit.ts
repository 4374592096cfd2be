/**
 * The compact card's layout: how tall the map is and which quotes are cut short, so that the
 * whole card fits a height budget (WordPress's 1000 px) whatever the step's words. Pure: the
 * card measures itself (use-compact-fit.ts) and this decides.
 *
 * Order of giving way: the map first shrinks to a comfortable height; then long quotes are cut
 * to a few lines with a "show more" button, the longest first; only then does the map shrink
 * to its least. A quote the reader opened stays open (the map gives way for it instead).
 */
export interface MapRange {
  /** Tallest the map is drawn, when there is room. */
  max: number;
  /** Shrinking below this costs more than cutting a quote short. */
  comfortable: number;
  /** Never smaller: below this the map stops being legible. */
  min: number;
}

export interface FitInput {
  /** The card's height with the map at `map.max` and every quote in full. */
  natural: number;
  budget: number;
  map: MapRange;
  /** Per quote of the current step: pixels cutting it short would save, and whether the reader opened it. */
  quotes: readonly { saving: number; open: boolean }[];
}

export interface Fit {
  mapHeight: number;
  /** Per quote: cut short (with its "show more" button). */
  clamped: boolean[];
}

/** The map's range for a card `width` px wide: about 4:5 at most, never under 140 px. */
export function mapRange(width: number): MapRange {
  const max = Math.round(Math.min(352, Math.max(160, width * 0.8)));
  const comfortable = Math.min(max, Math.round(Math.max(180, width * 0.5)));
  return { max, comfortable, min: Math.min(comfortable, 140) };
}

export function fitCard({ natural, budget, map, quotes }: FitInput): Fit {
  const clamped = quotes.map(() => false);
  let excess = natural - budget;
  const softRoom = map.max - map.comfortable;
  if (excess > softRoom) {
    const candidates = quotes
      .map((q, i) => ({ ...q, i }))
      .filter((q) => !q.open && q.saving > 0)
      .sort((a, b) => b.saving - a.saving);
    for (const q of candidates) {
      if (excess <= softRoom) break;
      clamped[q.i] = true;
      excess -= q.saving;
    }
  }
  const shrink = Math.min(Math.max(0, excess), map.max - map.min);
  return { mapHeight: Math.round(map.max - shrink), clamped };
}

/** Same layout? (The card re-measures on every render; only a change re-renders it.) */
export function sameFit(a: Fit | null, b: Fit): boolean {
  return !!a && a.mapHeight === b.mapHeight && a.clamped.length === b.clamped.length && a.clamped.every((c, i) => c === b.clamped[i]);
}
