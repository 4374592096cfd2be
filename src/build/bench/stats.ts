/**
 * The benchmark's statistics, on d3-array: medians of repeated runs and percentiles of frame
 * intervals. Empty inputs give undefined rather than NaN so that "not measured" stays visible.
 */
import { extent, median as d3Median, pairs, quantile } from 'd3-array';

/** The middle value (mean of the two middle values for an even count). */
export const median = (values: readonly number[]): number | undefined => d3Median(values);

/**
 * The p-th percentile (0–100), interpolating linearly between the closest ranks (d3's quantile:
 * the same definition as numpy's default and most spreadsheets).
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0–100`);
  return quantile(values, p / 100);
}

export interface Spread {
  min: number;
  max: number;
}

/** Smallest and largest value. */
export function spread(values: readonly number[]): Spread | undefined {
  const [min, max] = extent(values);
  return min === undefined || max === undefined ? undefined : { min, max };
}

/** Share (0–1) of the values strictly greater than the threshold. */
export function shareAbove(values: readonly number[], threshold: number): number | undefined {
  if (values.length === 0) return undefined;
  return values.filter((v) => v > threshold).length / values.length;
}

/** Differences between consecutive values (timestamps → intervals). */
export const intervals = (timestamps: readonly number[]): number[] =>
  pairs(timestamps, (a, b) => b - a);

/** The median of a field across runs, skipping runs where it is missing. */
export function medianOf<T>(
  runs: readonly T[],
  pick: (run: T) => number | undefined,
): number | undefined {
  return median(
    runs.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
  );
}
