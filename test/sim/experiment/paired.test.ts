import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { comparePaired, intervalsBySeeds } from '../../../sim/experiment/paired.ts';
import { normal } from '../../../sim/engine/random.ts';
import { studentTQuantile } from '../../../sim/stats/studentT.ts';
import { failure } from './analysisFailure.ts';

describe('paired comparison of B − A over seeds', () => {
  it('gives 0 with a zero-width interval for a scenario compared with itself', () => {
    const a = [0.12, 0.31, 0.08, 0.27, 0.19];
    const result = comparePaired(a, [...a]);
    expect(result).toMatchObject({ n: 5, meanDifference: 0, sd: 0, se: 0, low: 0, high: 0, seedsNeeded: undefined });
  });

  it('finds a constant shift of +5 under small noise, from few seeds', () => {
    const random = seedrandom.alea('paired-shift');
    const a = Array.from({ length: 20 }, () => 100 + 10 * normal(random));
    const b = a.map((x) => x + 5 + 0.5 * normal(random));
    const result = comparePaired(a, b);
    expect(result.meanDifference).toBeGreaterThan(4.7);
    expect(result.meanDifference).toBeLessThan(5.3);
    expect(result.low).toBeGreaterThan(0);
    expect(result.low).toBeLessThan(5);
    expect(result.high).toBeGreaterThan(5);
    expect(result.seedsNeeded).toBeDefined();
    expect(result.seedsNeeded!).toBeLessThanOrEqual(3);
    // Unpaired, the same runs would bury the shift in the ±10 between seeds; paired, ±0.5.
    expect(result.sd).toBeLessThan(1);
  });

  it('matches the textbook paired t interval worked by hand', () => {
    // d = 2, 3, 1, 3: mean 2.25; squared deviations 0.0625 + 0.5625 + 1.5625 + 0.5625 = 2.75,
    // s² = 2.75/3 = 0.916667, se = s/2 = 0.478714, t(0.975, 3) = 3.182446 → 2.25 ± 1.523480.
    const result = comparePaired([10, 12, 9, 11], [12, 15, 10, 14]);
    expect(result.n).toBe(4);
    expect(result.meanDifference).toBe(2.25);
    expect(result.sd).toBeCloseTo(Math.sqrt(2.75 / 3), 14);
    expect(result.se).toBeCloseTo(Math.sqrt(2.75 / 3) / 2, 14);
    expect(result.low).toBeCloseTo(2.25 - 1.52348, 5);
    expect(result.high).toBeCloseTo(2.25 + 1.52348, 5);
    // Two seeds: 2.5 ± 12.706 · 0.5; three: 2 ± 4.303 · 1/√3 = [−0.484, 4.484]; four exclude 0.
    const prefixes = intervalsBySeeds([10, 12, 9, 11], [12, 15, 10, 14]);
    expect(prefixes.map((p) => p.n)).toEqual([2, 3, 4]);
    expect(prefixes[0]!.low).toBeCloseTo(2.5 - 12.706205 * 0.5, 5);
    expect(prefixes[1]!.low).toBeCloseTo(2 - 4.302653 / Math.sqrt(3), 5);
    expect(result.seedsNeeded).toBe(4);
  });

  it('counts seeds needed from where the interval stays clear of zero, not where it first was', () => {
    // Clear of zero from 3 seeds, then an outlier brings zero back in for a while.
    const d = [1, 1.1, 0.9, -4, ...Array.from({ length: 36 }, (_, i) => (i % 2 === 0 ? 1.1 : 0.9))];
    const a = d.map(() => 0);
    const prefixes = intervalsBySeeds(a, d);
    const clear = (n: number) => prefixes[n - 2]!.low > 0;
    expect(clear(3)).toBe(true);
    expect(clear(4)).toBe(false);
    const { seedsNeeded } = comparePaired(a, d);
    expect(seedsNeeded).toBeGreaterThan(4);
    expect(clear(seedsNeeded! - 1)).toBe(false);
    for (let n = seedsNeeded!; n <= d.length; n++) expect(clear(n), `${n} seeds`).toBe(true);
  });

  it('works the same way for a negative effect and at another level', () => {
    const a = [5, 6, 7, 8, 9, 10];
    const b = [3, 4.2, 4.9, 6.1, 7, 7.8];
    const at95 = comparePaired(a, b);
    const at99 = comparePaired(a, b, { level: 0.99 });
    expect(at95.high).toBeLessThan(0);
    expect(at99.low).toBeLessThan(at95.low);
    expect(at99.high - at99.low).toBeCloseTo(((at95.high - at95.low) * studentTQuantile(0.995, 5)) / studentTQuantile(0.975, 5), 12);
  });

  it('refuses too few, unequal or missing runs, naming them', () => {
    expect(failure(() => comparePaired([1], [2]))).toBe('seeds: 1 paired run; expected at least 2 for an interval');
    expect(failure(() => comparePaired([], []))).toBe('seeds: 0 paired runs; expected at least 2 for an interval');
    expect(failure(() => comparePaired([1, 2, 3], [1, 2]))).toContain('3 runs of A and 2 of B; expected the same seeds');
    const message = failure(() => comparePaired([1, 2, 3, 4], [1, NaN, 3, null]));
    expect(message).toContain('runs 2 and 4 of B have no value');
    expect(failure(() => comparePaired([1, 2], [1, 2], { level: 95 }))).toContain('level: 95; expected a confidence level between 0 and 1');
  });
});
