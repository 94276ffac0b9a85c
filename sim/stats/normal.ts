/**
 * The standard normal: its distribution function and quantiles (the z of a bootstrap
 * interval, and Student's t for very many degrees of freedom). Pure (no Node, no DOM).
 */
import { exp } from '../common/exactMath.ts';
import { erfc, LOG_SQRT_2PI } from './specialFunctions.ts';
import { solveUpperTail } from './solveUpperTail.ts';

const SQRT2 = 1.4142135623730951;

/** P(Z > z) for the standard normal, z ≥ 0: ½ erfc(z/√2). */
function normalUpper(z: number): number {
  return 0.5 * erfc(z / SQRT2);
}

/** The density of the standard normal. */
function normalDensity(z: number): number {
  return exp(-0.5 * z * z - LOG_SQRT_2PI);
}

/** P(Z ≤ z) for the standard normal. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return z >= 0 ? 1 - normalUpper(z) : normalUpper(-z);
}

/** The p-quantile of the standard normal, e.g. normalQuantile(0.975) = 1.959964. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return NaN;
  if (p === 0.5) return 0;
  const sign = p > 0.5 ? 1 : -1;
  return sign * solveUpperTail(p > 0.5 ? 1 - p : p, normalUpper, normalDensity);
}
