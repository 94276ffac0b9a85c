/** A measure over seeds, checked against hand computation. */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../sim/validation/summary.ts';

describe('summary over seeds', () => {
  it('gives the mean, sd and t-based 95% interval of a sample', () => {
    // 1..5: mean 3, sd √2.5 = 1.5811, se = 1.5811 / √5 = 0.70711, t(4) = 2.776445, half-width 1.963243.
    const s = summarise([1, 2, 3, 4, 5]);
    expect(s.n).toBe(5);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(1.58114, 5);
    expect(s.se).toBeCloseTo(0.707107, 6);
    expect(s.low).toBeCloseTo(3 - 1.963243, 6);
    expect(s.high).toBeCloseTo(3 + 1.963243, 6);
  });

  it('counts missing values and leaves them out', () => {
    const s = summarise([2, null, 4, Number.NaN]);
    expect(s.n).toBe(2);
    expect(s.missing).toBe(2);
    expect(s.mean).toBe(3);
    // sd √2, se 1, t(1) = 12.706205
    expect(s.high - s.mean).toBeCloseTo(12.706205, 6);
  });

  it('has no interval below two values', () => {
    const one = summarise([7]);
    expect(one.mean).toBe(7);
    expect(one.low).toBe(-Infinity);
    expect(one.high).toBe(Infinity);
    expect(summarise([]).n).toBe(0);
    expect(summarise([]).mean).toBeNaN();
  });
});
