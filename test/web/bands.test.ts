import { describe, expect, it } from 'vitest';
import { band, differenceBand } from '../../web/bands.ts';

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

describe('differenceBand', () => {
  it('differences runs from the baseline seed by seed', () => {
    const b = differenceBand([[5, 7], [6, 9]], [[1, 2], [1, 3]], 2);
    expect(b.median).toEqual([4.5, 5.5]);
    expect(b.low[0]).toBeCloseTo(4.05, 9);
    expect(b.high[1]).toBeCloseTo(5.95, 9);
  });
});
