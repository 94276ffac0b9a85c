import { describe, expect, it } from 'vitest';
import { FIRST_GUESS_RATE, WARN_BYTES, WARN_SECONDS, estimateRun, measuredRate, roughBytes, roughDuration } from '../../web/scale.ts';

const plan = { households: 20_000, months: 120, warmupMonths: 36, seeds: 1, workers: 1 };
const units = { s: 's', min: 'min', h: 'h' };

describe('what a run will cost the browser', () => {
  it('takes as long as its household-months at the rate, seeds shared among the workers', () => {
    const one = estimateRun(plan, 1e6);
    expect(one.seconds).toBeCloseTo((20_000 * 156) / 1e6, 9);
    expect(estimateRun({ ...plan, seeds: 4, workers: 2 }, 1e6).seconds).toBeCloseTo(2 * one.seconds, 9);
    expect(estimateRun({ ...plan, seeds: 3, workers: 2 }, 1e6).seconds).toBeCloseTo(2 * one.seconds, 9);
    expect(estimateRun({ ...plan, seeds: 1, workers: 4 }, 1e6).seconds).toBeCloseTo(one.seconds, 9);
  });

  it('reads back the rate a timed run shows', () => {
    const seconds = estimateRun({ ...plan, seeds: 5, workers: 2 }, 3e6).seconds;
    expect(measuredRate({ ...plan, seeds: 5, workers: 2 }, seconds)).toBeCloseTo(3e6, 3);
  });

  it('grows memory with households and seeds, and calls the default county small and five million households large', () => {
    const base = estimateRun(plan, FIRST_GUESS_RATE);
    expect(base.large).toBe(false);
    expect(base.bytes).toBeGreaterThan(20_000 * 120); // at least the page's dots
    expect(base.bytes).toBeLessThan(100 * 2 ** 20);
    expect(estimateRun({ ...plan, seeds: 2 }, FIRST_GUESS_RATE).bytes).toBeGreaterThan(base.bytes);
    const huge = estimateRun({ ...plan, households: 5_000_000 }, FIRST_GUESS_RATE);
    expect(huge.large).toBe(true);
    expect(huge.bytes > WARN_BYTES || huge.seconds > WARN_SECONDS).toBe(true);
  });

  it('writes rough figures roughly', () => {
    expect(roughDuration(0.3, units)).toBe('1 s');
    expect(roughDuration(12.2, units)).toBe('13 s');
    expect(roughDuration(600, units)).toBe('10 min');
    expect(roughDuration(3 * 3600, units)).toBe('3.0 h');
    expect(roughBytes(5 * 2 ** 20)).toBe('5 MB');
    expect(roughBytes(3.2 * 2 ** 30)).toBe('3.2 GB');
  });
});
