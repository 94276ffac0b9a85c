/**
 * The Student-t confidence interval of a mean: mean ± t(n − 1) · s/√n, over a whole sample
 * or over its growing prefixes (how the interval narrows as seeds are added).
 * Pure (no Node, no DOM).
 */
import { mean, sampleSd } from './descriptive.ts';
import { studentTQuantile, t975 } from './studentT.ts';

export interface MeanInterval {
  /** Values the interval is of. */
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (divisor n − 1); NaN below two values. */
  readonly sd: number;
  /** Standard error of the mean, sd/√n; NaN below two values. */
  readonly se: number;
  /** The interval; ±Infinity below two values. */
  readonly low: number;
  readonly high: number;
}

/** The 95% interval of the mean of `xs`. */
export function meanInterval(xs: readonly number[]): MeanInterval {
  const n = xs.length;
  const m = mean(xs);
  const sd = sampleSd(xs);
  const se = n >= 2 ? sd / Math.sqrt(n) : NaN;
  const half = n >= 2 ? t975(n - 1) * se : Infinity;
  return { n, mean: m, sd, se, low: m - half, high: m + half };
}

/**
 * The interval at `level` of the mean of the first 2, 3, …, n values, in one pass: Welford's
 * running mean and sum of squared deviations, stable, and exactly 0 when every value is
 * equal (a scenario against itself gives the interval [0, 0]), which a sum divided by n is not.
 */
export function runningMeanIntervals(xs: readonly number[], level = 0.95): MeanInterval[] {
  const out: MeanInterval[] = [];
  let m = 0;
  let squares = 0;
  for (let n = 1; n <= xs.length; n++) {
    const x = xs[n - 1]!;
    const step = x - m;
    m += step / n;
    squares += step * (x - m);
    if (n < 2) continue;
    const sd = Math.sqrt(squares / (n - 1));
    const se = sd / Math.sqrt(n);
    const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * se;
    out.push({ n, mean: m, sd, se, low: m - half, high: m + half });
  }
  return out;
}
