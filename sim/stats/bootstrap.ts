/**
 * Bootstrap confidence intervals (Efron & Tibshirani 1993): recompute an estimate on rows
 * drawn with replacement, many times, and read the spread of the recomputed values. Two
 * readings are given: the percentile interval (the middle `level` of the resampled values)
 * and SALib's "conf", z · their standard deviation — a half-width, as SALib reports it
 * (Herman & Usher 2017), so our tables can be set beside SALib's. Seeded: the generator
 * is passed in. Pure (no Node, no DOM).
 */
import type { Random } from '../engine/random.ts';
import { quantileOfSorted, sampleSd } from './descriptive.ts';
import { normalQuantile } from './normal.ts';

export interface BootstrapInterval {
  /** The percentile interval. */
  readonly low: number;
  readonly high: number;
  /** SALib's half-width: z(½ + level/2) · the standard deviation of the resampled estimates. */
  readonly conf: number;
}

/** `n` row numbers from 0 … n − 1, drawn with replacement, into `into`. */
export function drawRows(n: number, random: Random, into: Uint32Array): Uint32Array {
  for (let i = 0; i < into.length; i++) into[i] = Math.floor(random() * n);
  return into;
}

/** The interval at `level` of the resampled estimates (NaN when any of them is not a number). */
export function bootstrapInterval(estimates: Float64Array, level: number): BootstrapInterval {
  if (estimates.some((x) => !Number.isFinite(x))) return { low: NaN, high: NaN, conf: NaN };
  const sorted = Float64Array.from(estimates).sort();
  return {
    low: quantileOfSorted(sorted, (1 - level) / 2),
    high: quantileOfSorted(sorted, 1 - (1 - level) / 2),
    conf: normalQuantile(0.5 + level / 2) * sampleSd(estimates),
  };
}
