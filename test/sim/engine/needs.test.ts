import { describe, expect, it } from 'vitest';
import { CARE, DOMAIN_COUNT, EMPLOYMENT, MEDICAL, SUBSISTENCE, bit } from '../../../sim/engine/domains.ts';
import { decayNeeds, subsistenceGap, trackEpisodes, updateSubsistence } from '../../../sim/engine/needs.ts';
import { RURAL } from '../../../sim/engine/state.ts';
import { createWorld, type World } from '../../../sim/engine/world.ts';
import { run, series, small } from '../helpers.ts';

function oneHousehold(overrides: Record<string, unknown> = {}): World {
  const world = createWorld(small({ households: 1, ...overrides }));
  world.hh.size[0] = 2;
  world.hh.baseIncome[0] = 1000;
  world.hh.yearIncome[0] = 1000;
  world.hh.flags[0] = 0; // urban, registered, no flags
  world.month = 5;
  return world;
}

describe('decayNeeds', () => {
  it('shrinks each domain by its decay share and leaves subsistence to income', () => {
    const world = oneHousehold();
    const n = world.scenario.needs;
    world.hh.severity.set([0.9, 0.5, 0.5, 0.5, 0.5, 0.5]);
    decayNeeds(world);
    const s = Array.from(world.hh.severity);
    expect(s[SUBSISTENCE]).toBeCloseTo(0.9, 6);
    expect(s[MEDICAL]).toBeCloseTo(0.5 * (1 - n.decayMedical), 6);
    expect(s[CARE]).toBeCloseTo(0.5 * (1 - n.decayCare), 6);
  });

  it('flushes negligible leftovers to zero in January, so stocks never go denormal', () => {
    const world = oneHousehold({ needs: { decayMedical: 0.95 } });
    world.hh.severity[MEDICAL] = 1;
    for (let m = 0; m < 48; m++, world.month++) decayNeeds(world);
    expect(world.hh.severity[MEDICAL]).toBe(0);
  });
});

describe('updateSubsistence', () => {
  it('puts any income below the minimum living cost at or above the threshold, and none above it', () => {
    const world = oneHousehold();
    const line = world.scenario.needs.minimumLivingCostUrban;
    const threshold = world.scenario.needs.threshold;
    world.hh.baseIncome[0] = line * 0.99;
    updateSubsistence(world);
    expect(world.hh.severity[SUBSISTENCE]).toBeGreaterThanOrEqual(threshold);
    world.hh.baseIncome[0] = line * 1.01;
    updateSubsistence(world);
    expect(world.hh.severity[SUBSISTENCE]).toBe(0);
    world.hh.baseIncome[0] = 0;
    updateSubsistence(world);
    expect(world.hh.severity[SUBSISTENCE]).toBeCloseTo(1, 6);
  });

  it('lets job loss cut income, and uses the rural minimum living cost for rural households', () => {
    const world = oneHousehold();
    const { minimumLivingCostRural: lineRural, minimumLivingCostUrban: lineUrban } = world.scenario.needs;
    world.hh.baseIncome[0] = 1000;
    world.hh.severity[EMPLOYMENT] = 1;
    updateSubsistence(world);
    expect(world.hh.income[0]).toBeCloseTo(1000 * (1 - world.scenario.shocks.jobLossIncomeLoss), 3);
    expect(subsistenceGap(world, 0)).toBeCloseTo((lineUrban - world.hh.income[0]!) * 2, 2);
    world.hh.flags[0] = RURAL;
    expect(subsistenceGap(world, 0)).toBeCloseTo((lineRural - world.hh.income[0]!) * 2, 2);
  });
});

describe('the standard of need', () => {
  it('is the fixed minimum living cost: no dibao line moves a household\'s subsistence need', () => {
    const at = (lineUrban: number) => {
      const world = oneHousehold({ government: { dibao: { lineUrban } } });
      world.hh.baseIncome[0] = 600;
      updateSubsistence(world);
      return world.hh.severity[SUBSISTENCE];
    };
    expect(at(1200)).toBe(at(795));
    expect(at(400)).toBe(at(795));
    expect(at(795)).toBeGreaterThan(0);
  });

  it('so with no help that changes income (no employment help), who is in need is the same under any dibao line', () => {
    const noIncomeHelp = { government: { employment: { budgetPerHousehold: 0 } } };
    for (const seed of [1, 2]) {
      const base = run({ ...noIncomeHelp, seed, months: 12 });
      const raised = run({ seed, months: 12, government: { employment: { budgetPerHousehold: 0 }, dibao: { lineUrban: 1200, lineRural: 900 } } });
      const lowered = run({ seed, months: 12, government: { employment: { budgetPerHousehold: 0 }, dibao: { lineUrban: 400, lineRural: 300 } } });
      for (const other of [raised, lowered]) {
        expect(series(other, 'subsistence_needs')).toEqual(series(base, 'subsistence_needs'));
        expect(series(other, 'poverty_headcount_before_transfers')).toEqual(series(base, 'poverty_headcount_before_transfers'));
      }
    }
  });
});

describe('trackEpisodes', () => {
  it('starts an episode when a need crosses the threshold and ends it (and government forgets) when it falls below', () => {
    const world = oneHousehold();
    const { hh } = world;
    hh.severity[MEDICAL] = 0.6;
    trackEpisodes(world);
    expect(hh.inNeed[0]).toBe(bit(MEDICAL));
    expect(hh.onset[MEDICAL]).toBe(5);
    expect(world.activeCount).toBe(1);
    hh.knownGov[0] = bit(MEDICAL);

    world.month = 6;
    trackEpisodes(world);
    expect(hh.onset[MEDICAL]).toBe(5); // the same episode goes on
    expect(hh.knownGov[0]).toBe(bit(MEDICAL));

    hh.severity[MEDICAL] = 0.1;
    world.month = 7;
    trackEpisodes(world);
    expect(hh.inNeed[0]).toBe(0);
    expect(hh.onset[MEDICAL]).toBe(-1);
    expect(hh.knownGov[0]).toBe(0);
    expect(world.activeCount).toBe(0);
  });

  it('snapshots severities before help', () => {
    const world = oneHousehold();
    world.hh.severity.set([0, 0.4, 0.7, 0, 0, 0.35]);
    trackEpisodes(world);
    expect(Array.from(world.hh.severityBefore)).toEqual(Array.from(world.hh.severity));
    expect(world.hh.severityBefore.length).toBe(DOMAIN_COUNT);
  });
});
