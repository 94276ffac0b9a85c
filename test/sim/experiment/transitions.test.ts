import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../sim/engine/simulation.ts';
import { GROUPS, cellInGroup } from '../../../sim/engine/groups.ts';
import { changedHouseholds, countTransitions, transitions, transitionsByReason, type HouseholdPair } from '../../../sim/experiment/transitions.ts';
import { small, withCharities } from '../helpers.ts';

const households = (overrides: Record<string, unknown>, seed: number) => {
  const result = runScenario(small({ households: 800, months: 12, ...withCharities, ...overrides, seed }), { fates: true });
  return result.households!;
};
const pairs = (overrides: Record<string, unknown>): HouseholdPair[] => [1, 2, 3].map((seed) => {
  const a = households({}, seed);
  return { a: a.fates, b: households(overrides, seed).fates, cells: a.cells };
});

describe('who changes fate between two scenarios', () => {
  it('nobody, when a scenario meets itself: the table is its diagonal', () => {
    const same = pairs({});
    const table = transitions(same).filter((t) => t.group === 'all');
    expect(table).toHaveLength(16);
    for (const cell of table) {
      if (cell.from !== cell.to) expect(cell.mean, `${cell.from} → ${cell.to}`).toBe(0);
    }
    expect(table.filter((c) => c.from === c.to).reduce((sum, c) => sum + c.mean, 0)).toBe(800);
    expect(changedHouseholds(same[0]!, 5)).toEqual([]);
  });

  it('counts every household of a group once, and some change fate when the policy changes', () => {
    const changed = pairs({ government: { dibao: { funding: 'budget', budgetPerHousehold: 0 } } });
    GROUPS.forEach((group, g) => {
      const counts = countTransitions(changed[0]!, g);
      const members = [...changed[0]!.cells].filter((cell) => cellInGroup(cell, g)).length;
      expect(counts.reduce((a, b) => a + b, 0), group).toBe(members);
    });
    const moved = changedHouseholds(changed[0]!, 5);
    expect(moved.length).toBe(5);
    for (const h of moved) expect(changed[0]!.a.fate[h]).not.toBe(changed[0]!.b.fate[h]);
    // Without dibao money, some households dibao would have helped are left unmet or fall through.
    const worse = transitions(changed).filter((t) => t.group === 'all' && t.from === 'helped' && (t.to === 'unmet' || t.to === 'fell_through'));
    expect(worse.reduce((sum, t) => sum + t.mean, 0)).toBeGreaterThan(0);
    // By reason: only households A failed are counted, and they add up to A's unmet and fallen through.
    const all = transitions(changed).filter((t) => t.group === 'all' && (t.from === 'unmet' || t.from === 'fell_through'));
    const byReason = transitionsByReason(changed).filter((t) => t.group === 'all');
    expect(byReason.reduce((sum, t) => sum + t.mean, 0)).toBeCloseTo(all.reduce((sum, t) => sum + t.mean, 0), 9);
  });

  it('refuses households that do not pair', () => {
    const [pair] = pairs({});
    expect(() => countTransitions({ ...pair!, cells: pair!.cells.subarray(1) }, 0)).toThrow(/households: 800 under A, 800 under B, 799 cells/);
  });
});
