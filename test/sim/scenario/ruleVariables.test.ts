/** The rule variables a scenario's rules may name: the default rules are written in them, and the validator checks against them. */
import { describe, it, expect } from 'vitest';
import { compileRule, type VariableReader } from '../../../sim/rules/compiler.ts';
import { PARAMETERS } from '../../../sim/scenario/parameters.ts';
import { placeholderVariables, RULE_VARIABLE_NAMES } from '../../../sim/scenario/ruleVariables.ts';

describe('the rule variables and the default rules', () => {
  const defaults: Array<[string, string]> = [
    ['government.dibao.eligibility', PARAMETERS.government.dibao.eligibility.default],
    ['government.special.eligibility', PARAMETERS.government.special.eligibility.default],
    ['government.temporary.eligibility', PARAMETERS.government.temporary.eligibility.default],
  ];

  it.each(defaults)('%s compiles with the placeholder variables', (_path, source) => {
    const rule = compileRule(source, placeholderVariables());
    expect(typeof rule).toBe('function');
    expect([0, 1]).toContain(rule(0));
  });

  it('placeholderVariables covers every declared rule variable', () => {
    expect(Object.keys(placeholderVariables()).sort()).toEqual([...RULE_VARIABLE_NAMES].sort());
  });

  it('the default dibao rule means: income and assets below the line and its multiple, and registered', () => {
    const vars: Record<string, VariableReader> = {
      ...placeholderVariables(),
      income_pc: (h) => [500, 900, 500, 500][h]!,
      assets_pc: (h) => [0, 0, 24 * 795, 0][h]!,
      registered: (h) => [1, 1, 1, 0][h]!,
      line: () => 795,
    };
    const rule = compileRule(PARAMETERS.government.dibao.eligibility.default, vars);
    expect([0, 1, 2, 3].map(rule)).toEqual([1, 0, 0, 0]);
  });
});
