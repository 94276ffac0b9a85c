import { describe, expect, it } from 'vitest';
import { band, meanDifferenceBand } from '../../web/bands.ts';

describe('band', () => {
  it('is the line itself for one seed', () => {
    const b = band([[1, 2, 3]], 3);
    expect(b.median).toEqual([1, 2, 3]);
    expect(b.low).toEqual([1, 2, 3]);
    expect(b.high).toEqual([1, 2, 3]);
  });

  it('gives the median and the 5th–95th percentiles over seeds, skipping months not yet simulated', () => {
    const runs = Array.from({ length: 21 }, (_, r) => [r, r * 2, NaN]);
    const b = band(runs, 3);
    expect(b.median[0]).toBe(10);
    expect(b.low[0]).toBe(1);
    expect(b.high[0]).toBe(19);
    expect(b.median[1]).toBe(20);
    expect(b.median[2]).toBeNaN();
  });
});

describe('meanDifferenceBand', () => {
  it('is the mean of the paired differences with its Student-t 95% interval', () => {
    const b = meanDifferenceBand([[5, 7], [6, 9]], [[1, 2], [1, 3]], 2);
    expect(b.median).toEqual([4.5, 5.5]);
    // Two seeds: sd 0.7071, se 0.5, t(0.975, 1) = 12.706.
    expect(b.low[0]).toBeCloseTo(4.5 - 12.7062 * 0.5, 3);
    expect(b.high[1]).toBeCloseTo(5.5 + 12.7062 * 0.5, 3);
  });

  it('is zero with a zero-width interval for a scenario against itself, and the line alone with one seed', () => {
    const runs = [[3, 4, 5], [2, 2, 9], [7, 1, 0]];
    const self = meanDifferenceBand(runs, runs, 3);
    expect(self).toEqual({ median: [0, 0, 0], low: [0, 0, 0], high: [0, 0, 0] });
    const one = meanDifferenceBand([[5, 6]], [[1, 1]], 2);
    expect(one.low).toEqual(one.median);
  });
});
