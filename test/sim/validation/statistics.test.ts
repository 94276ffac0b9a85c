/** Statistics across seeds, checked against hand computation. */
import { describe, expect, it } from 'vitest';
import { mean, pairedDifferences, sd, summarise, t975, verdict, withinVerdict, worstVerdict } from '../../../sim/validation/statistics.ts';

describe('statistics', () => {
  it('gives the mean, sd and t-based 95% interval of a sample', () => {
    // 1..5: mean 3, sd √2.5 = 1.5811, se = 1.5811 / √5 = 0.70711, t(4) = 2.776, half-width 1.96294.
    const s = summarise([1, 2, 3, 4, 5]);
    expect(s.n).toBe(5);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(1.58114, 5);
    expect(s.se).toBeCloseTo(0.707107, 6);
    expect(s.low).toBeCloseTo(3 - 2.776 * Math.sqrt(0.5), 9);
    expect(s.high).toBeCloseTo(3 + 2.776 * Math.sqrt(0.5), 9);
    expect(s.low).toBeCloseTo(1.03706, 4);
  });

  it('counts missing values and leaves them out', () => {
    const s = summarise([2, null, 4, Number.NaN]);
    expect(s.n).toBe(2);
    expect(s.missing).toBe(2);
    expect(s.mean).toBe(3);
    // sd √2, se 1, t(1) = 12.706
    expect(s.high - s.mean).toBeCloseTo(12.706, 6);
  });

  it('has no interval below two values', () => {
    const one = summarise([7]);
    expect(one.mean).toBe(7);
    expect(one.low).toBe(-Infinity);
    expect(one.high).toBe(Infinity);
    expect(summarise([]).n).toBe(0);
    expect(Number.isNaN(mean([]))).toBe(true);
    expect(Number.isNaN(sd([1]))).toBe(true);
  });

  it('uses tabulated t quantiles and tends to the normal one', () => {
    expect(t975(1)).toBe(12.706);
    expect(t975(9)).toBe(2.262);
    expect(t975(19)).toBe(2.093);
    expect(t975(30)).toBe(2.042);
    expect(t975(40)).toBeCloseTo(2.021, 6);
    expect(t975(35)).toBeGreaterThan(2.021);
    expect(t975(35)).toBeLessThan(2.042);
    expect(t975(1e9)).toBeCloseTo(1.96, 3);
  });

  it('pairs differences seed by seed', () => {
    expect(pairedDifferences([1, 2, null], [3, 1, 5])).toEqual([2, -1, null]);
    expect(() => pairedDifferences([1], [1, 2])).toThrow(/differ in length/);
  });

  it('holds when the whole interval is on the expected side, weak when only the mean is', () => {
    const positive = summarise([1, 1.2, 0.9, 1.1]);
    expect(verdict(positive, 1)).toBe('holds');
    expect(verdict(positive, -1)).toBe('fails');
    const straddling = summarise([1, -0.8, 1.2, -0.5]);
    expect(straddling.mean).toBeGreaterThan(0);
    expect(verdict(straddling, 1)).toBe('weak');
    expect(verdict(summarise([null]), 1)).toBe('missing');
    expect(withinVerdict(summarise([0.01, -0.02, 0.015]), 0.1)).toBe('holds');
    expect(withinVerdict(summarise([0.05, -0.2, 0.25]), 0.1)).toBe('weak');
    expect(withinVerdict(summarise([0.3, 0.4, 0.35]), 0.1)).toBe('fails');
    expect(worstVerdict(['holds', 'weak', 'holds'])).toBe('weak');
    expect(worstVerdict(['holds', 'fails', 'weak'])).toBe('fails');
    expect(worstVerdict([])).toBe('holds');
  });
});
