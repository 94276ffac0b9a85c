import { describe, expect, it } from 'vitest';
import { weightedLoss } from '../../../sim/calibration/loss.ts';
import { meanOverSeeds } from '../../../sim/calibration/modelMeans.ts';
import type { Target } from '../../../sim/calibration/targets.ts';

const target = (id: string, value: number, tolerance: number, weight: number): Target => ({
  id, value, tolerance, weight, description: id, unit: 'share', year: '2023', source: 'test', quantity: id, scenarios: ['baseline'], toleranceReason: 'test', role: 'calibrate',
});

describe('the weighted loss', () => {
  const targets = [target('a', 0.5, 0.1, 2), target('b', 100, 20, 1)];

  it('adds weight × ((model − value) ÷ tolerance)² over the targets', () => {
    const { loss, fits } = weightedLoss(targets, new Map([['a', 0.7], ['b', 90]]));
    expect(fits.map((f) => f.term)).toEqual([expect.closeTo(2 * 4, 9), expect.closeTo(0.25, 9)]);
    expect(loss).toBeCloseTo(8.25, 9);
    expect(weightedLoss(targets, new Map([['a', 0.5], ['b', 100]])).loss).toBe(0);
  });

  it('is infinite when a target has no model value', () => {
    const { loss, fits } = weightedLoss(targets, new Map([['a', 0.5], ['b', null]]));
    expect(loss).toBe(Infinity);
    expect(fits[1]).toMatchObject({ id: 'b', model: null, term: Infinity });
  });
});

describe('the model mean over seeds', () => {
  it('averages the seeds that have a value and is null when none has', () => {
    const targets = [target('a', 0, 1, 1), target('b', 0, 1, 1)];
    const perSeed = [new Map([['a', 1], ['b', null]]), new Map([['a', 3], ['b', null]]), new Map<string, number | null>([['a', null], ['b', null]])];
    expect(meanOverSeeds(targets, perSeed)).toEqual(new Map([['a', 2], ['b', null]]));
  });
});
