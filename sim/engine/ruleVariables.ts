/**
 * The variables an eligibility rule may name, with their meaning. Declared once: the
 * validator, the documentation and the engine's readers all come from this table.
 */
import { DOMAINS } from './domains.ts';
import { CHILDREN, CHRONIC, DIGITAL, DISABLED, ELDERLY, ENROLLED, MIGRANT, NO_FAMILY_SUPPORT, RURAL, type Households } from './state.ts';
import type { VariableReader } from '../rules/compiler.ts';
import { regionLine, regionLivingCost } from './regionStandards.ts';
import type { Scenario } from '../scenario/parameters.ts';

export const RULE_VARIABLES: ReadonlyArray<{ name: string; unit: string; description: string }> = [
  { name: 'income_pc', unit: 'yuan/person/month', description: 'income per person before transfers and net of disability costs: in the programmes decided at review, over about the last year as the means test assessed it; in temporary assistance, this month\'s' },
  { name: 'assets_pc', unit: 'yuan/person', description: 'assets per person' },
  { name: 'line', unit: 'yuan/person/month', description: 'the dibao line of the household\'s region' },
  { name: 'living_cost', unit: 'yuan/person/month', description: 'the minimum living cost of the household\'s region (needs.minimumLivingCost*): the fixed standard of subsistence need' },
  { name: 'size', unit: 'persons', description: 'household size' },
  { name: 'rural', unit: '0/1', description: 'rural household' },
  { name: 'urban', unit: '0/1', description: 'urban household' },
  { name: 'elderly', unit: '0/1', description: 'head aged 60 or over' },
  { name: 'disabled', unit: '0/1', description: 'a disabled member' },
  { name: 'chronic', unit: '0/1', description: 'a chronically ill member' },
  { name: 'children', unit: '0/1', description: 'school-age children' },
  { name: 'migrant', unit: '0/1', description: 'no local household registration' },
  { name: 'no_family_support', unit: '0/1', description: 'one person with no family obliged and able to support them' },
  { name: 'registered', unit: '0/1', description: 'local household registration (not migrant)' },
  { name: 'digital', unit: '0/1', description: 'has digital access' },
  { name: 'ties', unit: 'contacts', description: 'community ties' },
  { name: 'stigma', unit: '0–1', description: 'felt stigma of asking for help' },
  { name: 'enrolled_dibao', unit: '0/1', description: 'currently receiving dibao' },
  { name: 'enrolled_extreme_poverty', unit: '0/1', description: 'currently receiving support for the extremely poor (特困)' },
  ...DOMAINS.map((d) => ({ name: `severity_${d}`, unit: '0–1', description: `severity of the ${d} need` })),
];

export const RULE_VARIABLE_NAMES = RULE_VARIABLES.map((v) => v.name);

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

/** Readers that return 0, for checking a rule's variables without a world. */
export const placeholderVariables = (): Record<string, VariableReader> =>
  Object.fromEntries(RULE_VARIABLE_NAMES.map((name) => [name, () => 0]));
