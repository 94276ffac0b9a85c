/** The t interval of a mean: worked by hand, and its coverage over many seeded samples. */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { normal } from '../../../sim/engine/random.ts';
import { meanInterval, runningMeanIntervals } from '../../../sim/stats/meanInterval.ts';
import { t975 } from '../../../sim/stats/studentT.ts';

describe('the t interval of a mean', () => {
  it('is mean ± t(0.975, n − 1) · s/√n', () => {
    // 1..5: mean 3, s = √2.5 = 1.58114, se = 0.707107, t(0.975, 4) = 2.776445 → 3 ± 1.963243.
    const s = meanInterval([1, 2, 3, 4, 5]);
    expect(s).toMatchObject({ n: 5, mean: 3 });
    expect(s.sd).toBeCloseTo(1.58114, 5);
    expect(s.se).toBeCloseTo(0.707107, 6);
    expect(s.low).toBeCloseTo(3 - 1.963243, 6);
    expect(s.high).toBeCloseTo(3 + 1.963243, 6);
    // 2 values: sd √2, se 1, t(0.975, 1) = 12.706205.
    expect(meanInterval([2, 4]).high).toBeCloseTo(3 + 12.706205, 6);
  });

  it('has no interval below two values', () => {
    expect(meanInterval([7])).toMatchObject({ n: 1, mean: 7, low: -Infinity, high: Infinity });
    expect(meanInterval([7]).sd).toBeNaN();
    expect(meanInterval([]).mean).toBeNaN();
  });

  it('covers the true mean in about 95% of samples', () => {
    const random = seedrandom.alea('mean-interval-coverage');
    const samples = 1000;
    let covered = 0;
    for (let i = 0; i < samples; i++) {
      const s = meanInterval(Array.from({ length: 8 }, () => 10 + 3 * normal(random)));
      if (s.low < 10 && s.high > 10) covered++;
    }
    // Binomial sd at 95% over 1000 samples: 0.7 percentage points; the margin is 3 of them.
    expect(covered / samples).toBeGreaterThan(0.93);
    expect(covered / samples).toBeLessThan(0.97);
  });

  it('narrows over growing prefixes, ending where the whole sample does, exactly 0 wide for equal values', () => {
    const xs = [2, 3, 1, 3];
    const running = runningMeanIntervals(xs);
    expect(running.map((r) => r.n)).toEqual([2, 3, 4]);
    // Two values: 2.5 ± 12.706205 · 0.5.
    expect(running[0]!.low).toBeCloseTo(2.5 - 12.706205 * 0.5, 5);
    const whole = meanInterval(xs);
    for (const key of ['mean', 'sd', 'se', 'low', 'high'] as const) expect(running[2]![key]).toBeCloseTo(whole[key], 12);
    const equal = runningMeanIntervals([0.1, 0.1, 0.1, 0.1, 0.1]).at(-1)!;
    expect(equal).toMatchObject({ mean: 0.1, sd: 0, low: 0.1, high: 0.1 });
    expect(runningMeanIntervals([1, 2, 4], 0.99)[1]!.high - 7 / 3).toBeGreaterThan(t975(2) * meanInterval([1, 2, 4]).se);
  });
});
