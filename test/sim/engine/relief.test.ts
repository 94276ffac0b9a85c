import { describe, expect, it } from 'vitest';
import { CARE, MEDICAL, SUBSISTENCE, bit } from '../../../sim/engine/domains.ts';
import { trackEpisodes, updateSubsistence } from '../../../sim/engine/needs.ts';
import { BENEFIT, CHARITY, GOVERNMENT, HELPER, SERVICE, bookSpending, fullReliefCost, relieve } from '../../../sim/engine/relief.ts';
import { ACC, ACC_COUNT } from '../../../sim/engine/accumulators.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { small } from '../helpers.ts';

function household(medical: number) {
  const world = createWorld(small({ households: 1, warmupMonths: 0 }));
  world.hh.size[0] = 2;
  world.hh.baseIncome[0] = 10_000; // no subsistence need
  world.hh.severity[MEDICAL] = medical;
  updateSubsistence(world);
  trackEpisodes(world);
  return world;
}

describe('relieve', () => {
  it('lowers a need in proportion to the share of its full cost paid, and counts that money as matched', () => {
    const world = household(0.8);
    const cost = fullReliefCost(world, 0, MEDICAL);
    expect(cost).toBeCloseTo(0.8 * world.scenario.needs.medicalCost, 3);
    const matched = relieve(world, 0, MEDICAL, cost / 4, cost, HELPER.temporary_assistance);
    expect(world.hh.severity[MEDICAL]).toBeCloseTo(0.6, 6);
    expect(matched).toBeCloseTo(cost / 4, 3);
    expect(world.hh.servedGov[0]).toBe(bit(MEDICAL));
  });

  it('never relieves more than the need: money beyond full relief is not matched', () => {
    const world = household(0.5);
    const cost = fullReliefCost(world, 0, MEDICAL);
    const matched = relieve(world, 0, MEDICAL, cost * 3, cost, HELPER.crowdfunding);
    expect(world.hh.severity[MEDICAL]).toBe(0);
    expect(matched).toBeCloseTo(cost, 3);
    expect(world.hh.servedCharity[0]).toBe(bit(MEDICAL));
    // Who helped is kept per need, for the household's story.
    expect(world.hh.helpers[MEDICAL]).toBe(1 << HELPER.crowdfunding);
  });

  it('does nothing for a domain the household is not in need in', () => {
    const world = household(0.5);
    expect(relieve(world, 0, CARE, 1000, 1000, HELPER.special_assistance)).toBe(0);
    expect(relieve(world, 0, SUBSISTENCE, 1000, 1000, HELPER.dibao)).toBe(0);
    expect(world.hh.servedGov[0]).toBe(0);
  });
});

describe('bookSpending', () => {
  it('books money by source, matched up to the amount, and leaked when the household has no need', () => {
    const world = household(0.5);
    bookSpending(world, 0, 100, 150, CHARITY, SERVICE);
    const base = world.hh.cell[0]! * ACC_COUNT;
    expect(world.tallies[base + ACC.charity_spending]).toBe(100);
    expect(world.tallies[base + ACC.charity_services]).toBe(100);
    expect(world.tallies[base + ACC.charity_benefits]).toBe(0);
    expect(world.tallies[base + ACC.matched_spending]).toBe(100);
    expect(world.tallies[base + ACC.leaked_spending]).toBe(0);
    const none = household(0);
    bookSpending(none, 0, 40, 0, GOVERNMENT, BENEFIT);
    expect(none.tallies[none.hh.cell[0]! * ACC_COUNT + ACC.leaked_spending]).toBe(40);
    expect(none.tallies[none.hh.cell[0]! * ACC_COUNT + ACC.gov_benefits]).toBe(40);
  });
});
