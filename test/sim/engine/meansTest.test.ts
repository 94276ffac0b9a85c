import { describe, expect, it } from 'vitest';
import { CARE, MEDICAL, bit } from '../../../sim/engine/domains.ts';
import { assessIncome, updateLookDiscounts, visibleDiscount } from '../../../sim/engine/meansTest.ts';
import { generatePopulation } from '../../../sim/engine/population.ts';
import { CHRONIC, DISABLED, ELDERLY, RURAL } from '../../../sim/engine/state.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { small } from '../helpers.ts';

function county(government: Record<string, unknown>, households = 20_000) {
  const world = createWorld(small({ households, government }));
  generatePopulation(world);
  for (let h = 0; h < world.hh.n; h++) world.hh.yearIncome[h] = world.hh.baseIncome[h]!;
  return world;
}

const noDiscounts = { hardshipDiscountUrban: 0, hardshipDiscountRural: 0, connectionDiscount: 0 };

describe('assessIncome', () => {
  it('reads income exactly without error or discounts', () => {
    const world = county({ ...noDiscounts, assessmentErrorUrban: 0, assessmentErrorRural: 0 }, 200);
    for (let h = 0; h < world.hh.n; h++) expect(assessIncome(world, h, 7)).toBeCloseTo(world.hh.yearIncome[h]!, 3);
  });

  it('errs as often up as down (median-unbiased), with the declared spread, wider in rural areas', () => {
    const world = county({ ...noDiscounts, assessmentErrorUrban: 0.3, assessmentErrorRural: 0.9, assessmentPersistence: 0.5 });
    const logs = { urban: [] as number[], rural: [] as number[] };
    for (let h = 0; h < world.hh.n; h++) logs[(world.hh.flags[h]! & RURAL) ? 'rural' : 'urban'].push(Math.log(assessIncome(world, h, 3) / world.hh.yearIncome[h]!));
    for (const [region, sigma] of [['urban', 0.3], ['rural', 0.9]] as const) {
      const values = logs[region];
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
      expect(Math.abs(mean)).toBeLessThan(0.05 * sigma + 0.01);
      expect(sd).toBeGreaterThan(sigma * 0.95);
      expect(sd).toBeLessThan(sigma * 1.05);
    }
  });

  it('keeps a household\'s lasting error from review to review: wholly at persistence 1, not at all at 0', () => {
    const correlation = (rho: number) => {
      const world = county({ ...noDiscounts, assessmentErrorUrban: 0.5, assessmentErrorRural: 0.5, assessmentPersistence: rho }, 5000);
      const a: number[] = [], b: number[] = [];
      for (let h = 0; h < world.hh.n; h++) {
        a.push(Math.log(assessIncome(world, h, 1) / world.hh.yearIncome[h]!));
        b.push(Math.log(assessIncome(world, h, 13) / world.hh.yearIncome[h]!));
      }
      const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
      const ma = mean(a), mb = mean(b);
      const cov = mean(a.map((v, i) => (v - ma) * (b[i]! - mb)));
      return cov / Math.sqrt(mean(a.map((v) => (v - ma) ** 2)) * mean(b.map((v) => (v - mb) ** 2)));
    };
    expect(correlation(1)).toBeCloseTo(1, 6);
    expect(Math.abs(correlation(0))).toBeLessThan(0.05);
    expect(correlation(0.6)).toBeGreaterThan(0.55);
    expect(correlation(0.6)).toBeLessThan(0.65);
  });
});

describe('visibleDiscount', () => {
  it('lowers income as seen by the region\'s share for each sign of visible hardship', () => {
    const world = county({ hardshipDiscountUrban: 0.1, hardshipDiscountRural: 0.3, connectionDiscount: 0 }, 1);
    const { hh } = world;
    hh.flags[0] = ELDERLY | CHRONIC;
    hh.ties[0] = 0;
    updateLookDiscounts(world);
    hh.inNeed[0] = bit(MEDICAL) | bit(CARE);
    expect(visibleDiscount(world, 0)).toBeCloseTo(0.9 ** 4, 6);
    hh.inNeed[0] = 0;
    expect(visibleDiscount(world, 0)).toBeCloseTo(0.9 ** 2, 6);
    hh.flags[0] = RURAL | DISABLED;
    updateLookDiscounts(world);
    expect(visibleDiscount(world, 0)).toBeCloseTo(0.7, 6);
  });

  it('favours a well-connected household: nothing at the mean ties, the whole discount from twice them', () => {
    const world = county({ hardshipDiscountUrban: 0, hardshipDiscountRural: 0, connectionDiscount: 0.2 }, 1);
    const { hh } = world;
    hh.flags[0] = 0;
    hh.inNeed[0] = 0;
    const mean = world.scenario.population.meanTies;
    const at = (ties: number) => {
      hh.ties[0] = ties;
      updateLookDiscounts(world);
      return visibleDiscount(world, 0);
    };
    expect(at(mean)).toBeCloseTo(1, 6);
    expect(at(1.5 * mean)).toBeCloseTo(0.9, 6);
    expect(at(3 * mean)).toBeCloseTo(0.8, 6);
  });
});
