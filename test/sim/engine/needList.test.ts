import { payRunningCosts, runningCosts } from '../../../sim/engine/administration.ts';
import { describe, expect, it } from 'vitest';
import { ACC } from '../../../sim/engine/accumulators.ts';
import { CARE, DOMAIN_COUNT, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, bit } from '../../../sim/engine/domains.ts';
import { orderCases } from '../../../sim/engine/needList.ts';
import { createWorld, type World } from '../../../sim/engine/world.ts';
import { small, withCharities } from '../helpers.ts';

function world(needList: string): World {
  return createWorld(small({ ...withCharities, collaboration: { needList, needListCostPerCase: 10 } }));
}

/** Give household h one need in domain d of this severity, unmet for `months`. */
function need(w: World, h: number, d: number, severity: number, months: number): void {
  w.hh.inNeed[h] = w.hh.inNeed[h]! | bit(d);
  w.hh.severityBefore[h * DOMAIN_COUNT + d] = severity;
  w.hh.unmetStreak[h * DOMAIN_COUNT + d] = months;
}

describe('tiered need lists', () => {
  const cases = (w: World) => {
    need(w, 1, CARE, 0.4, 9); // mild, other type, long unmet
    need(w, 2, PSYCHOSOCIAL, 0.8, 0); // urgent, other type
    need(w, 3, MEDICAL, 0.55, 1); // serious, basic
    need(w, 4, SUBSISTENCE, 0.8, 2); // urgent, basic, unmet 2 months
    need(w, 5, MEDICAL, 0.9, 5); // urgent, basic, unmet 5 months
    need(w, 6, CARE, 0.55, 4); // serious, other type
    need(w, 7, CARE, 0.4, 9); // as 1: keeps its place after 1
    return Int32Array.from([7, 1, 6, 3, 2, 4, 5]);
  };

  it('take cases by urgency, then type, then months unmet, ties in the order they came', () => {
    const w = world('tiered');
    const order = orderCases(w, cases(w), (h) => w.hh.inNeed[h]!, true);
    expect(Array.from(order)).toEqual([5, 4, 2, 3, 6, 7, 1]);
    expect(runningCosts(w).needList).toBe(7 * 10);
  });

  it('leave the random order as it is, at no cost, when lists are not tiered', () => {
    const w = world('random');
    expect(Array.from(orderCases(w, cases(w), (h) => w.hh.inNeed[h]!, true))).toEqual([7, 1, 6, 3, 2, 4, 5]);
    expect(runningCosts(w).needList).toBe(0);
  });

  it('rank only the needs that count for the list', () => {
    const w = world('tiered');
    need(w, 1, CARE, 0.4, 0);
    need(w, 1, MEDICAL, 0.9, 0); // urgent, but not known to this list
    need(w, 2, CARE, 0.6, 0);
    const order = orderCases(w, Int32Array.from([1, 2]), (h) => w.hh.inNeed[h]! & bit(CARE));
    expect(Array.from(order)).toEqual([2, 1]);
  });
});
