/**
 * The compact card's layout: how tall the map is and which texts are cut short, so that the
 * whole card fits a height budget (WordPress's 1000 px) whatever the step's words. Pure: the
 * card measures itself (use-compact-fit.ts) and this decides.
 *
 * Order of giving way: the map first shrinks to a comfortable height; then long quotes are cut
 * to a few lines with a "show" button, the longest first; then the map shrinks to its least;
 * only then, as a last resort for a very long step, is the step's own text cut short. Whatever
 * cutting saves beyond what was needed goes back to the map. A text the reader opened stays
 * open (the map gives way for it instead).
 */
export interface MapRange {
  /** Tallest the map is drawn, when there is room. */
  max: number;
  /** Shrinking below this costs more than cutting a quote short. */
  comfortable: number;
  /** Never smaller: below this the map stops being legible. */
  min: number;
}

/** A text of the current step that can be cut short. */
export interface Clampable {
  kind: 'quote' | 'text';
  /** Pixels cutting it short would save (0 or less: it is short already). */
  saving: number;
  /** The reader opened it. */
  open: boolean;
}

export interface FitInput {
  /** The card's height with the map at `map.max` and every text in full. */
  natural: number;
  budget: number;
  map: MapRange;
  clampables: readonly Clampable[];
}

export interface Fit {
  mapHeight: number;
  /** Per clampable, in the same order: cut short (with its button). */
  clamped: boolean[];
}

/** The map's range for a card `width` px wide: about 4:5 at most, never under 140 px. */
export function mapRange(width: number): MapRange {
  const max = Math.round(Math.min(352, Math.max(160, width * 0.8)));
  const comfortable = Math.min(max, Math.round(Math.max(180, width * 0.5)));
  return { max, comfortable, min: Math.min(comfortable, 140) };
}

export function fitCard({ natural, budget, map, clampables }: FitInput): Fit {
  const clamped = clampables.map(() => false);
  let excess = natural - budget;
  // Cuts texts of one kind, largest saving first, until the map alone can take up the rest.
  const cut = (kind: Clampable['kind'], mapCanTake: number) => {
    const candidates = clampables
      .map((c, i) => ({ ...c, i }))
      .filter((c) => c.kind === kind && !c.open && c.saving > 0)
      .sort((a, b) => b.saving - a.saving);
    for (const c of candidates) {
      if (excess <= mapCanTake) return;
      clamped[c.i] = true;
      excess -= c.saving;
    }
  };
  cut('quote', map.max - map.comfortable);
  cut('text', map.max - map.min);
  const shrink = Math.min(Math.max(0, excess), map.max - map.min);
  return { mapHeight: Math.round(map.max - shrink), clamped };
}
