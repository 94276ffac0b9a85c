import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTargets } from '../../../sim/calibration/targets.ts';
import { QUANTITIES } from '../../../sim/calibration/quantities.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';

const good = {
  id: 'x', description: 'a figure', value: 0.5, unit: 'share', year: '2023', source: 'docs/sources.md §1',
  quantity: 'low_income_share', tolerance: 0.1, toleranceReason: 'spread of estimates', weight: 1, role: 'corroborate',
};
const load = (targets: unknown[]) => loadTargets(JSON.stringify({ targets }));
const issuesOf = (targets: unknown[]): string => {
  try {
    load(targets);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error('expected the targets to be refused');
};

describe('loadTargets', () => {
  it('loads the repository\'s targets, each naming a quantity and scenarios of the right number', () => {
    const targets = loadTargets(readFileSync(new URL('../../../calibration/targets.json', import.meta.url), 'utf8'));
    expect(targets.length).toBeGreaterThanOrEqual(13);
    for (const t of targets) {
      const quantity = QUANTITIES.find((q) => q.name === t.quantity)!;
      expect(t.scenarios.length, t.id).toBe(quantity.scenarios.length);
      expect(t.source, t.id).toMatch(/sources\.md §\d/);
    }
    expect(new Set(targets.map((t) => t.role))).toEqual(new Set(['calibrate', 'corroborate']));
  });

  it('fills in the quantity\'s own scenarios when a target names none', () => {
    expect(load([good])[0]!.scenarios).toEqual(['baseline']);
  });

  it('names the field, the value and what was expected for each problem, all at once', () => {
    const message = issuesOf([
      { ...good, quantity: 'low_income_sharee' },
      { ...good, id: 'y', tolerance: -0.1 },
      { ...good, id: 'z', role: 'tune' },
    ]);
    expect(message).toContain('targets[0].quantity: is "low_income_sharee"; expected a quantity name (did you mean "low_income_share"?)');
    expect(message).toContain('targets[1].tolerance: is -0.1; expected a number > 0');
    expect(message).toContain('targets[2].role: is "tune"; expected one of "calibrate", "corroborate"');
  });

  it('refuses a missing field, a duplicate id, a zero tolerance and the wrong number of scenarios', () => {
    const { unit: _unit, ...noUnit } = good;
    expect(issuesOf([noUnit])).toContain('targets[0].unit: is missing; expected a non-empty string');
    expect(issuesOf([good, good])).toContain('targets[1].id: is "x", already used by another target; expected a unique id');
    expect(issuesOf([{ ...good, tolerance: 0 }])).toContain('targets[0].tolerance: is 0; expected a number > 0');
    expect(issuesOf([{ ...good, quantity: 'crowding_out', scenario: 'policy_driven' }])).toContain('expected 2 scenario(s) for quantity "crowding_out"');
  });

  it('refuses text that is not JSON or holds no list of targets', () => {
    expect(() => loadTargets('{ targets: [')).toThrow(/not valid JSON/);
    expect(() => loadTargets('{"targets": 3}')).toThrow(/targets: is 3; expected an array of targets/);
  });
});
