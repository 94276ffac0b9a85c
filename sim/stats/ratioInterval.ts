/**
 * The ratio of two paired means and its confidence interval by the delta method.
 * Pure (no Node, no DOM).
 */
import { mean } from './descriptive.ts';
import { t975 } from './studentT.ts';

export interface RatioInterval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/**
 * mean(y)/mean(x), y[i] and x[i] paired, and its 95% interval by the delta method:
 * Var(R) ≈ (Var(y) − 2R·Cov(x, y) + R²·Var(x)) / (n · mean(x)²), with t at n − 1 degrees of freedom.
 */
export function ratioInterval(y: readonly number[], x: readonly number[]): RatioInterval {
  const n = y.length;
  const my = mean(y);
  const mx = mean(x);
  const r = my / mx;
  let vy = 0;
  let vx = 0;
  let cxy = 0;
  for (let i = 0; i < n; i++) {
    vy += (y[i]! - my) ** 2;
    vx += (x[i]! - mx) ** 2;
    cxy += (y[i]! - my) * (x[i]! - mx);
  }
  const variance = Math.max(0, (vy - 2 * r * cxy + r * r * vx) / (n - 1)) / (n * mx * mx);
  const half = t975(n - 1) * Math.sqrt(variance);
  return { value: r, low: r - half, high: r + half };
}
