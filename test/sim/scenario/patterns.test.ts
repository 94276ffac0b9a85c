import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../sim/scenario/errors.ts';
import { leaves, type ParamTree } from '../../../sim/scenario/param.ts';
import { PARAMETERS } from '../../../sim/scenario/parameters.ts';
import { PATTERNS, presetValues } from '../../../sim/scenario/patterns.ts';
import { loadScenario, withPattern } from '../../../sim/scenario/load.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';

const LEAVES = new Map(leaves(PARAMETERS as unknown as ParamTree));

describe('pattern presets', () => {
  it('set the same switches, each a real parameter with a valid value', () => {
    const switches = PATTERNS.map((p) => presetValues(p).map(([path]) => path).sort());
    for (const s of switches) expect(s).toEqual(switches[0]);
    for (const p of PATTERNS) {
      for (const [path] of presetValues(p)) expect(LEAVES.has(path), path).toBe(true);
      expect(() => validateScenario(withPattern({ pattern: p }))).not.toThrow();
    }
  });

  it('agree with the declared defaults for the default pattern', () => {
    for (const [path, value] of presetValues(PARAMETERS.pattern.default)) {
      expect(LEAVES.get(path)!.default, path).toBe(value);
    }
  });

  it('fill in what a scenario leaves unset, while the scenario\'s own values win', () => {
    const deep = validateScenario(withPattern({ pattern: 'deep_integration', collaboration: { needPrediction: 0.2 } }));
    expect(deep.collaboration.jointAssessment).toBe(1);
    expect(deep.collaboration.needPrediction).toBe(0.2);
    const read = (files: Record<string, string>) => (path: string) => files[path] ?? readFileSync(path, 'utf8');
    const files = { '/s/a.json': JSON.stringify({ pattern: 'policy_driven' }) };
    expect(loadScenario('/s/a.json', read(files)).charities.grantsPerHousehold).toBe(60);
    expect(loadScenario('/s/a.json', read(files), { set: ['pattern=social_innovation'] }).charities.grantsPerHousehold).toBe(0);
  });

  it('refuse an unknown pattern, listing the valid ones', () => {
    try {
      validateScenario(withPattern({ pattern: 'deep_intergration' }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as Error).message).toBe(`pattern: is "deep_intergration" (did you mean "deep_integration"?); expected one of: ${PATTERNS.join(', ')}`);
    }
  });

  it('refuse switches out of range and charities with negative money', () => {
    expect(() => validateScenario({ collaboration: { jointAssessment: 2 } })).toThrow('collaboration.jointAssessment: is 2; expected a number from 0 to 1');
    expect(() => validateScenario({ charities: { foundation: { donationsPerYear: -1 } } })).toThrow('charities.foundation.donationsPerYear: is -1; expected a number from 0');
  });
});
