/**
 * The special functions the distributions rest on: ln Γ, the regularised incomplete beta
 * function (Student's t) and the complementary error function (the normal). Written from
 * the textbook formulas (Abramowitz & Stegun 1964, §6.1, §7.1; DLMF §8.17), exact to
 * ~1e-12. exp and log come from exactMath, so the CLI and the browser get the same bits.
 * Pure (no Node, no DOM).
 */
import { exp, log } from '../common/exactMath.ts';

export const LOG_SQRT_2PI = 0.9189385332046728; // ½ ln(2π)
const SQRT_PI = 1.7724538509055159;
/** Lentz's guard: a denominator this small is taken as this, not 0. */
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

/**
 * erfc(x) for x ≥ 0. Below 2, 1 − erf(x) with erf's series of positive terms (A&S 7.1.6),
 * which loses nothing to cancellation; from 2 on, the continued fraction of A&S 7.1.14
 * (Lentz), accurate in the far tail where 1 − erf would round to 0.
 */
export function erfc(x: number): number {
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
