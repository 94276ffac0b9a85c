import { payRunningCosts, runningCosts } from '../../../sim/engine/administration.ts';
import { describe, expect, it } from 'vitest';
import { ACC } from '../../../sim/engine/accumulators.ts';
import { capacityIn, consortiumCaseList, onCaseList } from '../../../sim/engine/consortium.ts';
import { CARE, MEDICAL, bit } from '../../../sim/engine/domains.ts';
import { createWorld, type World } from '../../../sim/engine/world.ts';
import { run, small, summary, withCharities } from '../helpers.ts';

/** A world of 3,000 households whose first `cases` are in need of care, known to their community charity only. */
function world(consortium: Record<string, number>, cases: number): World {
  const w = createWorld(small({ ...withCharities, consortium }));
  for (let h = 0; h < cases; h++) {
    w.hh.inNeed[h] = bit(CARE) | bit(MEDICAL);
    w.hh.knownCommunity[h] = bit(CARE);
    w.active[h] = h;
  }
  w.activeCount = cases;
  return w;
}

const listed = (w: World): number[] => Array.from({ length: w.activeCount }, (_, k) => w.active[k]!).filter((h) => onCaseList(w, h));

describe('the township/street assistance consortium', () => {
  it('lists no more cases than its staff can carry, and keeps them on the list while their need lasts', () => {
    // 10 staff per 10,000 households × 3,000 households × 10 cases = 30 places.
    const w = world({ staffPer10k: 10, casesPerStaffMonth: 10 }, 100);
    expect(capacityIn(w, w.month)).toBe(30);
    consortiumCaseList(w);
    const first = listed(w);
    expect(first).toHaveLength(30);
    w.month++;
    consortiumCaseList(w);
    expect(listed(w)).toEqual(first);
  });

  it('tells every actor serving a domain what any of them knew, for listed cases only', () => {
    const w = world({ staffPer10k: 10, casesPerStaffMonth: 10 }, 100);
    consortiumCaseList(w);
    for (let h = 0; h < 100; h++) {
      const on = onCaseList(w, h);
      // Care was known to the community charity: government and foundations (which serve care) learn it.
      expect(w.hh.knownGov[h]).toBe(on ? bit(CARE) : 0);
      expect(w.hh.newlyKnown[h]).toBe(on ? bit(CARE) : 0);
      expect(w.hh.knownFoundation[h]).toBe(on ? bit(CARE) : 0);
      // The medical need nobody knew stays unknown.
      expect(w.hh.knownGov[h]! & bit(MEDICAL)).toBe(0);
    }
  });

  it('adds up fractional places over the months', () => {
    const w = world({ staffPer10k: 1, casesPerStaffMonth: 7 }, 0); // 2.1 places a month
    let places = 0;
    for (let m = 0; m < 10; m++) places += capacityIn(w, m);
    expect(places).toBeGreaterThanOrEqual(20);
    expect(places).toBeLessThanOrEqual(22);
  });

  it('costs its staff\'s wages, booked to government', () => {
    const w = world({ staffPer10k: 4, costPerStaffYear: 60_000 }, 10);
    expect(runningCosts(w).consortium).toBeCloseTo((4 * 3000 / 10_000) * 60_000 / 12, 6);
    payRunningCosts(w);
    expect(w.county[ACC.gov_administration]).toBeCloseTo(Object.values(runningCosts(w)).reduce((a, b) => a + b, 0) - runningCosts(w).volunteerCoordination, 6);
  });

  it('does nothing without staff', () => {
    const w = world({ staffPer10k: 0 }, 100);
    consortiumCaseList(w);
    expect(listed(w)).toHaveLength(0);
    expect(runningCosts(w).consortium).toBe(0);
  });

  it('ends duplicate help when every known case fits on the list: listed cases are assessed jointly', () => {
    const without = run({ ...withCharities, seed: 2 });
    const everyone = run({ ...withCharities, seed: 2, consortium: { staffPer10k: 1000, casesPerStaffMonth: 100 } });
    expect(summary(without, 'duplication_rate')).toBeGreaterThan(0);
    expect(summary(everyone, 'duplication_rate')).toBe(0);
  });
});
