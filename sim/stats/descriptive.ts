/**
 * Descriptive statistics of a sample: its mean, sample standard deviation and quantiles.
 * Pure (no Node, no DOM).
 */

/** The mean; NaN for no values. Summed in order, so callers that sum the same way agree to the bit. */
export function mean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  return sum / xs.length;
}

/** Sample standard deviation (divisor n − 1), from the deviations about the mean; NaN below two values. */
export function sampleSd(xs: ArrayLike<number>): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  let squares = 0;
  for (let i = 0; i < xs.length; i++) squares += (xs[i]! - m) ** 2;
  return Math.sqrt(squares / (xs.length - 1));
}

/** The median of values in any order; NaN for none. */
export function median(xs: ArrayLike<number>): number {
  return xs.length ? quantileOfSorted(Float64Array.from(xs).sort(), 0.5) : NaN;
}

/** The p-quantile of sorted values, linear between order statistics (Hyndman & Fan 1996, type 7). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  if (below >= sorted.length - 1) return sorted[sorted.length - 1]!;
  return sorted[below]! + (h - below) * (sorted[below + 1]! - sorted[below]!);
}
