/**
 * The verdict on a claim from its summary over seeds (summary.ts): whether the 95% interval,
 * or only the mean, is where the claim says. Pure (no Node, no DOM).
 */
import type { Summary } from './summary.ts';

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
