import { describe, expect, it } from 'vitest';
import { DOMAIN_COUNT, EDUCATION, EMPLOYMENT, MEDICAL } from '../../../sim/engine/domains.ts';
import { allocateHazardTable, hazardTable } from '../../../sim/engine/shocks.ts';
import { CHILDREN, CHRONIC, ELDERLY } from '../../../sim/engine/state.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { run, series, small } from '../helpers.ts';

const rate = (table: Float64Array, flags: number, d: number) => {
  const base = ((flags >> 1) & 31) * DOMAIN_COUNT;
  return table[base + d]! - (d > 0 ? table[base + d - 1]! : 0);
};

describe('hazardTable', () => {
  const world = createWorld(small());
  const s = world.scenario.shocks;
  const table = allocateHazardTable();

  it('raises illness hazards for chronic illness and elderly heads', () => {
    world.month = 0;
    hazardTable(world, table);
    expect(rate(table, 0, MEDICAL)).toBeCloseTo(s.medicalRate, 12);
    expect(rate(table, CHRONIC | ELDERLY, MEDICAL)).toBeCloseTo(s.medicalRate * s.medicalChronicFactor * s.medicalElderlyFactor, 12);
  });

  it('gives job loss only to non-elderly heads, and schooling costs only at term start to families with children', () => {
    world.month = 0; // January
    hazardTable(world, table);
    expect(rate(table, ELDERLY, EMPLOYMENT)).toBe(0);
    expect(rate(table, 0, EMPLOYMENT)).toBeCloseTo(s.jobLossRate, 12);
    expect(rate(table, CHILDREN, EDUCATION)).toBe(0);
    world.month = 8; // September
    hazardTable(world, table);
    expect(rate(table, CHILDREN, EDUCATION)).toBeCloseTo(s.educationRate, 12);
    expect(rate(table, 0, EDUCATION)).toBe(0);
  });
});

describe('shocks under common random numbers', () => {
  it('strike identically whatever the government and application policy', () => {
    for (const seed of [1, 2, 3]) {
      const base = series(run({ seed }), 'shocks');
      const changed = series(run({
        seed,
        government: { dibao: { lineUrban: 1200, lineRural: 900, funding: 'budget', budgetPerHousehold: 50 }, caseworkersPer10k: 1, matchingRate: 1 },
        application: { awareness: 0.2, stigmaEffect: 1 },
      }), 'shocks');
      expect(changed).toEqual(base);
    }
  });

  it('strike at about the declared monthly rate', () => {
    const result = run({ households: 20_000, months: 12, shocks: { educationRate: 0 } });
    const perMonth = series(result, 'shocks').reduce((a, b) => a + b, 0) / 12 / 20_000;
    // Mixture over profiles: between the plain household's total hazard and three times it.
    const s = small().shocks;
    const plain = s.medicalRate + s.careRate + s.psychosocialRate + s.jobLossRate;
    expect(perMonth).toBeGreaterThan(plain);
    expect(perMonth).toBeLessThan(3 * plain);
  });

  it('stop when every rate is zero', () => {
    const none = run({ shocks: { medicalRate: 0, careRate: 0, careRateElderly: 0, careRateDisabled: 0, psychosocialRate: 0, jobLossRate: 0, educationRate: 0 } });
    expect(series(none, 'shocks').every((v) => v === 0)).toBe(true);
  });
});
