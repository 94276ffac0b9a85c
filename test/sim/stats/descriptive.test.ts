/** Mean, sample standard deviation and quantiles, against hand computation and d3. */
import { quantileSorted } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, median, quantileOfSorted, sampleSd } from '../../../sim/stats/descriptive.ts';
import { pairedDifferences } from '../../../sim/stats/pairedDifferences.ts';

describe('descriptive statistics', () => {
  it('give the mean and the sample standard deviation (divisor n − 1)', () => {
    expect(mean([1, 2, 3, 4, 5])).toBe(3);
    expect(mean(Float64Array.from([2, 4]))).toBe(3);
    expect(mean([])).toBeNaN();
    // 1..5: squared deviations 4 + 1 + 0 + 1 + 4 = 10, s² = 10/4.
    expect(sampleSd([1, 2, 3, 4, 5])).toBe(Math.sqrt(2.5));
    expect(sampleSd([7])).toBeNaN();
  });

  it('read quantiles between order statistics (type 7), as d3 does, to the bit', () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOfSorted([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 12);
    expect(quantileOfSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileOfSorted([9], 0.95)).toBe(9);
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 });
    fc.assert(fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
      const sorted = [...xs].sort((a, b) => a - b);
      expect(Object.is(quantileOfSorted(sorted, p), quantileSorted(sorted, p))).toBe(true);
    }));
  });

  it('give the median of values in any order, and NaN for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('pair differences as b − a, and refuse samples of different lengths', () => {
    expect(pairedDifferences([1, 2, 3], [3, 1, 5])).toEqual([2, -1, 2]);
    expect(() => pairedDifferences([1], [1, 2])).toThrow(/differ in length: 1 and 2/);
  });
});
