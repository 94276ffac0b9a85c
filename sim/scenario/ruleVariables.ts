/**
 * The variables an eligibility rule may name, with their meaning: the vocabulary a scenario
 * file writes its rules in, so it lives with the scenario, whose validator checks every rule
 * against it. Declared once: the validator, the documentation and the engine, which binds
 * each name to its households (engine/ruleVariables.ts), all follow this table.
 */
import type { DOMAINS } from '../engine/domains.ts';
import type { VariableReader } from '../rules/compiler.ts';

/**
 * The need domains, each with a severity variable. The scenario may take only types from the
 * engine, so the names are written out again here, but typed as the engine's list: the
 * compiler refuses any difference from DOMAINS, in a name or in the order.
 */
const NEED_DOMAINS: typeof DOMAINS = ['subsistence', 'medical', 'care', 'psychosocial', 'employment', 'education'];

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
  ...NEED_DOMAINS.map((d) => ({ name: `severity_${d}`, unit: '0–1', description: `severity of the ${d} need` })),
];

export const RULE_VARIABLE_NAMES = RULE_VARIABLES.map((v) => v.name);

/** Readers that return 0, for checking a rule's variables without a world. */
export const placeholderVariables = (): Record<string, VariableReader> =>
  Object.fromEntries(RULE_VARIABLE_NAMES.map((name) => [name, () => 0]));
