/**
 * The variables a scenario's rules may name (declared in scenario/ruleVariables.ts) bound to
 * a world's households: the engine compiles its rules against these readers.
 */
import { DOMAINS } from './domains.ts';
import { CHILDREN, CHRONIC, DIGITAL, DISABLED, ELDERLY, ENROLLED, MIGRANT, NO_FAMILY_SUPPORT, RURAL, type Households } from './state.ts';
import type { VariableReader } from '../rules/compiler.ts';
import { regionLine, regionLivingCost } from './regionStandards.ts';
import type { Scenario } from '../scenario/parameters.ts';

/**
 * Readers of the variables over a world's households (compiled into rules). `income` is
 * the per-person income the rule sees: the means test reads income as assessed at
 * review (`hh.assessedIncome`), the model's own count of who is truly eligible reads
 * `hh.income`.
 */
export function bindRuleVariables(hh: Households, scenario: Scenario, income: Float32Array = hh.income): Record<string, VariableReader> {
  // The arrays and the scenario's values are read once here: rules are bound again when the scenario changes (world.ts changeScenario).
  const { flags, assets, size } = hh;
  const flag = (bit: number): VariableReader => (h) => ((flags[h]! & bit) ? 1 : 0);
  const readers: Record<string, VariableReader> = {
    income_pc: (h) => income[h]!,
    assets_pc: (h) => assets[h]!,
    line: (h) => regionLine(scenario, flags[h]!),
    living_cost: (h) => regionLivingCost(scenario, flags[h]!),
    size: (h) => size[h]!,
    rural: flag(RURAL),
    urban: (h) => ((flags[h]! & RURAL) ? 0 : 1),
    elderly: flag(ELDERLY),
    disabled: flag(DISABLED),
    chronic: flag(CHRONIC),
    children: flag(CHILDREN),
    migrant: flag(MIGRANT),
    no_family_support: flag(NO_FAMILY_SUPPORT),
    registered: (h) => ((flags[h]! & MIGRANT) ? 0 : 1),
    digital: flag(DIGITAL),
    ties: (h) => hh.ties[h]!,
    stigma: (h) => hh.stigma[h]!,
    enrolled_dibao: (h) => (hh.dibao[h] === ENROLLED ? 1 : 0),
    enrolled_extreme_poverty: (h) => (hh.supported[h] === ENROLLED ? 1 : 0),
  };
  DOMAINS.forEach((name, d) => {
    readers[`severity_${name}`] = (h) => hh.severity[h * DOMAINS.length + d]!;
  });
  return readers;
}
