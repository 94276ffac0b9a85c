/** The engine binds exactly the variables a scenario's rules may name, each to the household asked about. */
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../../sim/engine/domains.ts';
import { bindRuleVariables } from '../../../sim/engine/ruleVariables.ts';
import { MIGRANT } from '../../../sim/engine/state.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { RULE_VARIABLE_NAMES } from '../../../sim/scenario/ruleVariables.ts';
import { small } from '../helpers.ts';

describe('bindRuleVariables', () => {
  const { hh, scenario } = createWorld(small({ households: 200 }));
  const readers = bindRuleVariables(hh, scenario);

  it('binds every variable the scenario declares, in its order, and no other', () => {
    expect(Object.keys(readers)).toEqual(RULE_VARIABLE_NAMES);
  });

  it('reads the household asked about, its severity in each domain at that domain\'s place', () => {
    for (let h = 0; h < hh.n; h++) {
      expect(readers.registered!(h)).toBe(hh.flags[h]! & MIGRANT ? 0 : 1);
      DOMAINS.forEach((d, i) => expect(readers[`severity_${d}`]!(h)).toBe(hh.severity[h * DOMAINS.length + i]));
    }
  });
});
