/**
 * Bootstrap confidence intervals (Efron & Tibshirani 1993): recompute an estimate on rows
 * drawn with replacement, many times, and read the spread of the recomputed values. Two
 * readings are given: the percentile interval (the middle `level` of the resampled values)
 * and SALib's "conf", z · their standard deviation — a half-width, as SALib reports it
 * (Herman & Usher 2017), so our tables can be set beside SALib's. Seeded: the generator
 * is passed in. Pure (no Node, no DOM).
 */
import type { Random } from '../../engine/random.ts';
import { checkCount, checkLevel } from '../analysisError.ts';
import { normalQuantile } from '../distributions.ts';

export interface BootstrapOptions {
  /** A seeded generator, e.g. seedrandom.alea('gapsim:sobol:1'). */
  readonly random: Random;
  /** Resamples; 1000 unless given. */
  readonly resamples?: number;
  /** Confidence level; 0.95 unless given. */
  readonly level?: number;
}

export interface BootstrapInterval {
  /** The percentile interval. */
  readonly low: number;
  readonly high: number;
  /** SALib's half-width: z(½ + level/2) · the standard deviation of the resampled estimates. */
  readonly conf: number;
}

/** Resamples and level, checked, with their defaults. */
export function bootstrapSettings(options: BootstrapOptions): { resamples: number; level: number } {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  checkCount(resamples, 'resamples', 2, 'bootstrap resamples, e.g. 1000');
  checkLevel(level);
  return { resamples, level };
}

/** `n` row numbers from 0 … n − 1, drawn with replacement, into `into`. */
export function drawRows(n: number, random: Random, into: Uint32Array): Uint32Array {
  for (let i = 0; i < into.length; i++) into[i] = Math.floor(random() * n);
  return into;
}

/** The interval of the resampled estimates (NaN when any of them is not a number). */
export function bootstrapInterval(estimates: Float64Array, level: number): BootstrapInterval {
  if (estimates.some((x) => !Number.isFinite(x))) return { low: NaN, high: NaN, conf: NaN };
  const sorted = Float64Array.from(estimates).sort();
  return {
    low: quantileOfSorted(sorted, (1 - level) / 2),
    high: quantileOfSorted(sorted, 1 - (1 - level) / 2),
    conf: normalQuantile(0.5 + level / 2) * sampleSd(estimates),
  };
}

/** Sample standard deviation (divisor n − 1), as SALib's bootstrap takes it. */
export function sampleSd(xs: ArrayLike<number>): number {
  if (xs.length < 2) return NaN;
  let mean = 0;
  for (let i = 0; i < xs.length; i++) mean += xs[i]!;
  mean /= xs.length;
  let squares = 0;
  for (let i = 0; i < xs.length; i++) squares += (xs[i]! - mean) ** 2;
  return Math.sqrt(squares / (xs.length - 1));
}

/** The p-quantile of sorted values, linear between order statistics (Hyndman & Fan 1996, type 7). */
function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (h - below) * (sorted[above]! - sorted[below]!);
}
