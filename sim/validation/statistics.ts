/**
 * Statistics across seeds: mean, standard deviation, a t-based 95% interval of the mean,
 * paired differences, and the verdict on a sign. Pure (no Node, no DOM).
 */

export interface Summary {
  /** Seeds with a finite value. */
  readonly n: number;
  /** Seeds whose value was missing (null or not finite). */
  readonly missing: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); NaN below two values. */
  readonly sd: number;
  /** Standard error of the mean; NaN below two values. */
  readonly se: number;
  /** 95% interval of the mean (t distribution, n − 1 degrees of freedom); ±Infinity below two values. */
  readonly low: number;
  readonly high: number;
}

export const mean = (xs: readonly number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Sample standard deviation (divisor n − 1). */
export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Two-sided 97.5% quantiles of Student's t for 1–30 degrees of freedom. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
/** Beyond 30: tabulated points, interpolated linearly in 1 / df (∞ is the normal 1.960). */
const T975_TAIL: ReadonlyArray<[number, number]> = [[30, 2.042], [40, 2.021], [60, 2.0], [120, 1.98], [Infinity, 1.96]];

/** The 0.975 quantile of Student's t with `df` degrees of freedom (df ≥ 1). */
export function t975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30) return T975[Math.floor(df) - 1]!;
  for (let i = 1; i < T975_TAIL.length; i++) {
    const [d0, t0] = T975_TAIL[i - 1]!;
    const [d1, t1] = T975_TAIL[i]!;
    if (df <= d1) {
      const w = (1 / d0 - 1 / df) / (1 / d0 - (d1 === Infinity ? 0 : 1 / d1));
      return t0 + w * (t1 - t0);
    }
  }
  return 1.96;
}

/** Mean, sd and 95% interval of the finite values; nulls and non-finite values are counted as missing. */
export function summarise(values: ReadonlyArray<number | null>): Summary {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const missing = values.length - xs.length;
  const m = mean(xs);
  const s = sd(xs);
  const se = xs.length >= 2 ? s / Math.sqrt(xs.length) : NaN;
  const half = xs.length >= 2 ? t975(xs.length - 1) * se : Infinity;
  return { n: xs.length, missing, mean: m, sd: s, se, low: m - half, high: m + half };
}

/** b[i] − a[i] for each seed (null where either is missing). */
export function pairedDifferences(a: ReadonlyArray<number | null>, b: ReadonlyArray<number | null>): Array<number | null> {
  if (a.length !== b.length) throw new Error(`paired samples differ in length: ${a.length} and ${b.length}`);
  return a.map((x, i) => {
    const y = b[i]!;
    return x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y) ? null : y - x;
  });
}

/**
 * Whether an effect has the expected sign: "holds" when the whole 95% interval is on the
 * expected side of zero, "weak" when the mean is but the interval reaches zero, "fails"
 * when the mean is zero or on the wrong side, "missing" when no seed gave a value.
 */
export type Verdict = 'holds' | 'weak' | 'fails' | 'missing';

export function verdict(s: Summary, expect: 1 | -1): Verdict {
  if (s.n === 0 || !Number.isFinite(s.mean)) return 'missing';
  const nearSide = expect > 0 ? s.low : -s.high;
  if (nearSide > 0) return 'holds';
  return expect * s.mean > 0 ? 'weak' : 'fails';
}

/**
 * Whether an effect stays within ±bound (an equivalence condition): "holds" when the whole
 * 95% interval does, "weak" when only the mean does, "fails" otherwise.
 */
export function withinVerdict(s: Summary, bound: number): Verdict {
  if (s.n === 0 || !Number.isFinite(s.mean)) return 'missing';
  if (s.low > -bound && s.high < bound) return 'holds';
  return Math.abs(s.mean) < bound ? 'weak' : 'fails';
}

/** The verdict of several claims together: the worst of them. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  const order: Verdict[] = ['missing', 'fails', 'weak', 'holds'];
  return verdicts.reduce<Verdict>((worst, v) => (order.indexOf(v) < order.indexOf(worst) ? v : worst), 'holds');
}
