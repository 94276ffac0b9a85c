/**
 * Student's t: its distribution function and quantiles, for confidence intervals over
 * seeds. From the incomplete beta function (A&S 26.5.27, 26.7.1), not a table, so any level
 * and any degrees of freedom are exact to ~1e-12. Pure (no Node, no DOM).
 */
import { exp, log } from '../common/exactMath.ts';
import { normalQuantile } from './normal.ts';
import { logGamma, regularisedBeta } from './specialFunctions.ts';
import { solveUpperTail } from './solveUpperTail.ts';

/** P(T > t) for t ≥ 0 with ν degrees of freedom: ½ I_{ν/(ν+t²)}(ν/2, ½) (A&S 26.5.27, 26.7.1). */
function studentTUpper(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * regularisedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** The density of Student's t with ν degrees of freedom. */
function studentTDensity(t: number, df: number): number {
  return exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * log(df * Math.PI) - ((df + 1) / 2) * log(1 + (t * t) / df));
}

/** P(T ≤ t) for Student's t with `df` > 0 degrees of freedom (not necessarily whole). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t >= 0 ? 1 - studentTUpper(t, df) : studentTUpper(-t, df);
}

/** Past this many degrees of freedom the quantile comes from the normal's (see below). */
const LARGE_DF = 1e5;

/**
 * The p-quantile of Student's t with `df` > 0 degrees of freedom: the t with P(T ≤ t) = p,
 * e.g. studentTQuantile(0.975, 10) = 2.228. Solves the tail equation by Newton's method kept
 * inside a bracket (bisection when a step would leave it). Beyond 1e5 degrees of freedom the
 * beta function's continued fraction grows slow and the Cornish–Fisher expansion in 1/ν
 * (A&S 26.7.5) is exact to ~1e-13; df = Infinity gives the normal quantile.
 */
export function studentTQuantile(p: number, df: number): number {
  const key = `${p} ${df}`;
  let q = quantiles.get(key);
  if (q === undefined) {
    q = computeStudentTQuantile(p, df);
    if (quantiles.size < 10_000) quantiles.set(key, q);
  }
  return q;
}

/**
 * Quantiles already solved: an analysis asks for the same few (0.975 at each seed count)
 * thousands of times — every metric, group and prefix of seeds — and each is a root-finding.
 */
const quantiles = new Map<string, number>();

function computeStudentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p === 0.5) return 0;
  const sign = p > 0.5 ? 1 : -1;
  const tail = p > 0.5 ? 1 - p : p;
  if (df > LARGE_DF) {
    const z = -normalQuantile(tail);
    const z2 = z * z;
    return sign * (z + (z * (z2 + 1)) / (4 * df) + (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df));
  }
  return sign * solveUpperTail(tail, (t) => studentTUpper(t, df), (t) => studentTDensity(t, df));
}

/** The 0.975 quantile with `df` degrees of freedom: the critical value of a two-sided 95% interval. */
export const t975 = (df: number): number => studentTQuantile(0.975, df);
