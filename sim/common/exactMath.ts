/**
 * exp, log, cos and power computed with + − × ÷ and exact scalings only, so that every
 * JavaScript engine gives the same bits. The built-in Math.exp/log/cos/pow may differ in
 * the last bit between engine versions (seen: Node 20 against current Chromium), which
 * would break "the same scenario and seed give the same bytes" between the CLI and the
 * browser. Accuracy is within a few units in the last place, ample for a simulation.
 *
 * Method (standard range reduction, series from the textbooks):
 *  - exp: x = k·ln2 + r with |r| ≤ ln2/2 (ln2 split in two parts for an exact product),
 *    e^r by its Taylor series, then × 2^k by exact scaling.
 *  - log: x = m·2^e with m in [√½, √2), log m = 2·atanh(s) with s = (m − 1)/(m + 1).
 *  - cos: reduced to [0, π/4] by symmetry, then the cos or sin Taylor series.
 */
const LN2_HI = 6.93147180369123816490e-1; // ln 2, high part: k · LN2_HI is exact for |k| < 2^20
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const LN2 = LN2_HI + LN2_LO;
const TWO_PI = 2 * Math.PI;

const scratch = new DataView(new ArrayBuffer(8));

/** 2^k for whole k, built from its bits (exact). */
function powerOfTwo(k: number): number {
  if (k > 1023) return Infinity;
  if (k < -1022) return powerOfTwo(k + 1022) * powerOfTwo(-1022);
  scratch.setUint32(0, (k + 1023) << 20);
  scratch.setUint32(4, 0);
  return scratch.getFloat64(0);
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x / LN2);
  const r = (x - k * LN2_HI) - k * LN2_LO;
  // Taylor series of e^r, |r| ≤ 0.347: 16 terms leave an error below 1e-19.
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 16; n++) {
    term = (term * r) / n;
    sum += term;
  }
  return k > 1000 || k < -1000 ? sum * powerOfTwo(Math.trunc(k / 2)) * powerOfTwo(k - Math.trunc(k / 2)) : sum * powerOfTwo(k);
}

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let scaled = x;
  let e = 0;
  if (scaled < 2.2250738585072014e-308) {
    scaled *= 2 ** 54; // subnormal: bring into the normal range first (an exact power of two)
    e -= 54;
  }
  scratch.setFloat64(0, scaled);
  const high = scratch.getUint32(0);
  e += ((high >>> 20) & 0x7ff) - 1023;
  scratch.setUint32(0, (high & 0x800fffff) | (1023 << 20)); // mantissa m in [1, 2)
  let m = scratch.getFloat64(0);
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1); // |s| ≤ 0.1716
  const s2 = s * s;
  let term = s;
  let sum = s;
  for (let n = 3; n <= 41; n += 2) {
    term *= s2;
    sum += term / n;
  }
  return e * LN2_HI + (2 * sum + e * LN2_LO);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  // cos is even: reduce |x| to [0, 2π), then to [0, π] (symmetry about π), then to [0, π/2].
  const positive = Math.abs(x);
  let a = positive - TWO_PI * Math.floor(positive / TWO_PI);
  if (a > Math.PI) a = TWO_PI - a;
  let sign = 1;
  if (a > Math.PI / 2) {
    a = Math.PI - a;
    sign = -1;
  }
  return a > Math.PI / 4 ? sign * sinSeries(Math.PI / 2 - a) : sign * cosSeries(a);
}

function cosSeries(a: number): number {
  const a2 = a * a;
  let term = 1;
  let sum = 1;
  for (let n = 2; n <= 22; n += 2) {
    term *= -a2 / ((n - 1) * n);
    sum += term;
  }
  return sum;
}

function sinSeries(a: number): number {
  const a2 = a * a;
  let term = a;
  let sum = a;
  for (let n = 3; n <= 23; n += 2) {
    term *= -a2 / ((n - 1) * n);
    sum += term;
  }
  return sum;
}

/** x to the power y; whole powers multiplied out exactly. */
export function power(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    let result = 1;
    let base = y < 0 ? 1 / x : x;
    for (let n = Math.abs(y); n > 0; n >>= 1) {
      if (n & 1) result *= base;
      base *= base;
    }
    return result;
  }
  if (x > 0) return exp(y * log(x));
  if (x === 0) return y > 0 ? 0 : Infinity;
  return NaN; // a negative base to a fractional power, or NaN
}
