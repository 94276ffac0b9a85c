import { describe, expect, it } from 'vitest';
import { band, keptBand } from '../../web/bands.ts';

/** Three runs streaming in: run r has `done[r]` months, NaN after. */
function streaming(done: readonly number[], months: number): Float64Array[] {
  return done.map((d, r) => Float64Array.from({ length: months }, (_, i) => (i < d ? 10 * r + i + Math.sin(i + r) : Number.NaN)));
}

describe('keptBand', () => {
  it('equals band() at every step while runs stream in at different paces', () => {
    const months = 12;
    const full = streaming([12, 12, 12], months);
    const runs = full.map(() => new Float64Array(months).fill(Number.NaN));
    const owner = {};
    for (let step = 0; step <= 12; step++) {
      const done = [step, Math.max(0, step - 2), Math.max(0, step - 5)];
      runs.forEach((run, r) => run.set(full[r]!.subarray(0, done[r]!)));
      const kept = keptBand(owner, 'm', runs, months, Math.min(...done));
      expect(kept, `step ${step}`).toEqual(band(runs, months));
    }
  });

  it('works out months every run has finished once, and the others again on each call', () => {
    const months = 4;
    const runs = streaming([4, 2], months);
    const owner = {};
    keptBand(owner, 'm', runs, months, 2);
    // Settled months do not change in a real run; changing one here shows it is not read again.
    runs[0]![0] = 1000;
    runs[0]![3] = 2000;
    const kept = keptBand(owner, 'm', runs, months, 2);
    expect(kept.median[0]).not.toBe(band(runs, months).median[0]);
    expect(kept.median[3]).toBe(2000);
  });

  it('starts again for other runs, another key, or another length; and returns copies', () => {
    const owner = {};
    const a = streaming([3, 3], 3);
    const first = keptBand(owner, 'm', a, 3, 3);
    const b = streaming([3, 1], 3);
    expect(keptBand(owner, 'm', b, 3, 1)).toEqual(band(b, 3));
    expect(keptBand(owner, 'other', a, 3, 3)).toEqual(band(a, 3));
    expect(keptBand(owner, 'm', a, 2, 2)).toEqual(band(a, 2));
    (first.median as number[])[0] = -1;
    expect(keptBand(owner, 'm', a, 2, 2).median[0]).not.toBe(-1);
  });
});
