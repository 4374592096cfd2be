/**
 * Small, pure statistics for the benchmark: medians of repeated runs and percentiles of frame
 * intervals. Empty inputs give undefined rather than NaN so that "not measured" stays visible.
 */

/** Numbers sorted ascending, without touching the input. */
function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The p-th percentile (0–100) with linear interpolation between the closest ranks, the same
 * definition as numpy's default and most spreadsheets.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0–100`);
  const s = sorted(values);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = s[lo] as number;
  const high = s[hi] as number;
  return low + (high - low) * (rank - lo);
}

export interface Spread {
  min: number;
  max: number;
}

/** Smallest and largest value. */
export function spread(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Share (0–1) of the values strictly greater than the threshold. */
export function shareAbove(values: readonly number[], threshold: number): number | undefined {
  if (values.length === 0) return undefined;
  return values.filter((v) => v > threshold).length / values.length;
}

/** Differences between consecutive values (timestamps → intervals). */
export function intervals(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++) out.push((timestamps[i] as number) - (timestamps[i - 1] as number));
  return out;
}

/** The median of a field across runs, skipping runs where it is missing. */
export function medianOf<T>(runs: readonly T[], pick: (run: T) => number | undefined): number | undefined {
  return median(runs.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
}
