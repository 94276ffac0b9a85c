/**
 * The distributions an analysis of runs needs: Student's t (its tails and quantiles, for
 * confidence intervals over seeds) and the standard normal (the z of a bootstrap interval).
 * Written from the textbook formulas (Abramowitz & Stegun 1964, §6.1, §7.1, §26.5, §26.7;
 * DLMF §8.17), not a table, so any level and any degrees of freedom are exact to ~1e-12.
 * exp and log come from exactMath, so the CLI and the browser get the same bits.
 * Pure (no Node, no DOM).
 */
import { exp, log } from '../shared/exactMath.ts';

const LOG_SQRT_2PI = 0.9189385332046728; // ½ ln(2π)
const SQRT_PI = 1.7724538509055159;
const SQRT2 = 1.4142135623730951;
const TINY = 1e-300;

/**
 * ln Γ(x) for x > 0: shifted up to x ≥ 10 by Γ(x + 1) = x Γ(x), then Stirling's series
 * (A&S 6.1.40) to the x⁻¹³ term, whose first omitted term is below 1e-16 there.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return NaN;
  let product = 1;
  while (x < 10) {
    product *= x;
    x += 1;
  }
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  // Bernoulli numbers B₂ₙ / (2n(2n − 1)) for n = 1 … 7.
  const series = inverse * (1 / 12 + inverse2 * (-1 / 360 + inverse2 * (1 / 1260 + inverse2 * (-1 / 1680 + inverse2 * (1 / 1188 + inverse2 * (-691 / 360360 + inverse2 * (1 / 156)))))));
  return (x - 0.5) * log(x) - x + LOG_SQRT_2PI + series - log(product);
}

/**
 * The regularised incomplete beta function I_x(a, b), given x and y = 1 − x separately so
 * that a y near 0 keeps its precision (a t statistic near 0 gives x near 1). The continued
 * fraction of DLMF 8.17.22, evaluated by the modified Lentz method, converges fast for
 * x < (a + 1)/(a + b + 2); beyond that, I_x(a, b) = 1 − I_y(b, a).
 */
export function regularisedBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return NaN;
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logFront = a * log(x) + b * log(y) - (logGamma(a) + logGamma(b) - logGamma(a + b));
  if (x < (a + 1) / (a + b + 2)) return (exp(logFront) * betaFraction(x, a, b)) / a;
  return 1 - (exp(logFront) * betaFraction(y, b, a)) / b;
}

/** 1 / (1 + d₁ / (1 + d₂ / (1 + …))) with the coefficients d_m of DLMF 8.17.22. */
function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 10000; m++) {
    // The even coefficient d₂ₘ, then the odd one d₂ₘ₊₁.
    for (const coefficient of [(m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)), (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))]) {
      d = 1 + coefficient * d;
      if (Math.abs(d) < TINY) d = TINY;
      c = 1 + coefficient / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      f *= c * d;
    }
    if (Math.abs(c * d - 1) < 1e-16) return f;
  }
  return f;
}

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

/**
 * erfc(x) for x ≥ 0. Below 2, 1 − erf(x) with erf's series of positive terms (A&S 7.1.6),
 * which loses nothing to cancellation; from 2 on, the continued fraction of A&S 7.1.14
 * (Lentz), accurate in the far tail where 1 − erf would round to 0.
 */
function erfc(x: number): number {
  if (x < 2) {
    // erf(x) = 2/√π e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > 1e-17 * sum; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - ((2 / SQRT_PI) * exp(-x * x) * sum);
  }
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  let f = x;
  let c = x;
  let d = 0;
  for (let m = 1; m <= 500; m++) {
    const coefficient = m / 2;
    d = x + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = x + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    f *= c * d;
    if (Math.abs(c * d - 1) < 1e-16) break;
  }
  return exp(-x * x) / (SQRT_PI * f);
}

/**
 * The t > 0 with upper(t) = tail, for a decreasing tail function with its density (minus its
 * derivative): bracket by doubling, then Newton steps, bisecting whenever a step would leave
 * the bracket, until the step is a few units in the last place.
 */
function solveUpperTail(tail: number, upper: (t: number) => number, density: (t: number) => number): number {
  let low = 0;
  let high = 1;
  while (upper(high) > tail && high < 1e300) {
    low = high;
    high *= 2;
  }
  let t = (low + high) / 2;
  for (let i = 0; i < 300; i++) {
    const excess = upper(t) - tail;
    if (excess === 0) return t;
    if (excess > 0) low = t;
    else high = t;
    let next = t + excess / density(t);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 4 * Number.EPSILON * next || high - low <= 4 * Number.EPSILON * high) return next;
    t = next;
  }
  return t;
}
