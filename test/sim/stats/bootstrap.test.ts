/** Bootstrap intervals: their shape for any estimates, and their coverage over many seeded samples. */
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { normal } from '../../../sim/engine/random.ts';
import { bootstrapInterval, drawRows } from '../../../sim/stats/bootstrap.ts';
import { mean, sampleSd } from '../../../sim/stats/descriptive.ts';
import { normalQuantile } from '../../../sim/stats/normal.ts';

describe('bootstrap intervals', () => {
  it('lie within the resampled estimates, wider at a higher level, with SALib\'s half-width z · sd', () => {
    const estimates = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 }).map((xs) => Float64Array.from(xs));
    fc.assert(fc.property(estimates, fc.double({ min: 0.5, max: 0.99, noNaN: true }), (e, level) => {
      const at = bootstrapInterval(e, level);
      const wider = bootstrapInterval(e, Math.min(0.999, level + 0.005));
      expect(at.low).toBeGreaterThanOrEqual(Math.min(...e));
      expect(at.high).toBeLessThanOrEqual(Math.max(...e));
      expect(at.low).toBeLessThanOrEqual(at.high);
      expect(wider.low).toBeLessThanOrEqual(at.low);
      expect(wider.high).toBeGreaterThanOrEqual(at.high);
      expect(at.conf).toBe(normalQuantile(0.5 + level / 2) * sampleSd(e));
    }));
    expect(bootstrapInterval(Float64Array.from([1, NaN]), 0.95)).toEqual({ low: NaN, high: NaN, conf: NaN });
  });

  it('of a mean cover the true mean in about 90% of samples at level 0.9', () => {
    const random = seedrandom.alea('bootstrap-coverage');
    const samples = 300, size = 40, resamples = 400;
    const drawn = new Uint32Array(size);
    let covered = 0;
    for (let i = 0; i < samples; i++) {
      const xs = Array.from({ length: size }, () => 5 + 2 * normal(random));
      const means = new Float64Array(resamples);
      for (let b = 0; b < resamples; b++) means[b] = mean(Array.from(drawRows(size, random, drawn), (row) => xs[row]!));
      const { low, high } = bootstrapInterval(means, 0.9);
      if (low < 5 && high > 5) covered++;
    }
    // The percentile interval runs a little narrow at n = 40 (≈ 88%); binomial sd over 300
    // samples 1.8 percentage points: the bounds are about 3 of them either side.
    expect(covered / samples).toBeGreaterThan(0.82);
    expect(covered / samples).toBeLessThan(0.95);
  });
});
