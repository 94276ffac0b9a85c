/** The ratio of two paired means and its delta-method interval. */
import { describe, expect, it } from 'vitest';
import { ratioInterval } from '../../../sim/stats/ratioInterval.ts';

describe('the ratio of paired means', () => {
  it('is mean(y) ÷ mean(x), with a delta-method interval that is exact for a constant ratio', () => {
    const x = [10, 20, 30, 40];
    const exact = ratioInterval(x.map((v) => -0.5 * v), x);
    expect(exact.value).toBeCloseTo(-0.5, 12);
    expect(exact.high - exact.low).toBeCloseTo(0, 9);
    const noisy = ratioInterval([-4, -6, -5, -7], [10, 11, 9, 10]);
    expect(noisy.value).toBeCloseTo(-22 / 40, 12);
    // Sums of squares about the means: y 5, x 2, cross −1; Var(R) = (5 − 2·0.55 + 0.3025·2)/3 ÷ (4·10²)
    // = 0.00375417, so the half-width is t(0.975, 3) · 0.0612713 = 3.182446 · 0.0612713 = 0.194992.
    expect(noisy.low).toBeCloseTo(-0.55 - 0.194992, 6);
    expect(noisy.high).toBeCloseTo(-0.55 + 0.194992, 6);
  });
});
