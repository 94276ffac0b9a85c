/**
 * The output metrics, defined once: stable snake_case names (the MetricName type), meaning,
 * unit, which way is better, and how each is computed from the accumulated tallies. CLI
 * help, CSV and JSON keys, the README table, the page's unit words (web/i18n/metricTexts.ts)
 * and every lookup by name (metricValue.ts) derive from this list.
 *
 * `months` is 1 for a monthly value and the run length for a run summary, so a stock
 * (a count that exists every month) summarises as its monthly mean, a flow (money, new
 * shocks) as its run total, and a rate as the ratio of run totals.
 */
import type { Totals } from './accumulators.ts';
import { DOMAINS } from './domains.ts';
import { REASONS, REASON_MEANINGS } from './reasons.ts';

/** The units metrics are measured in; the page's tables name each once per language (web/i18n, `metricUnit.*`). */
export const UNITS = [
  'households', 'household-domains', 'share', 'share of households', 'share of households per year', 'share of persons',
  'share of eligible households', 'share of recipients', 'share of the minimum living cost', 'persons per household',
  'months', 'yuan', 'yuan per unit of severity', 'trust (0–1)', 'campaigns', 'cases', 'scandals',
] as const;
export type Unit = (typeof UNITS)[number];

export interface Metric<Name extends string = string> {
  readonly name: Name;
  readonly unit: Unit;
  readonly description: string;
  readonly compute: (t: Totals, months: number) => number | null;
  /**
   * Which way is better for the county's households, where one is: fewer households fallen
   * through, more needs met. Absent for quantities with no better direction (households,
   * money spent, shocks), which are never ranked.
   */
  readonly better?: 'lower' | 'higher';
  /** The same for every group: a quantity of the county (trust, charities' money), not of households. */
  readonly countyWide?: true;
}

/** A ratio that is undefined (null) when nothing was there to divide. */
const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

const capitalised = (word: string): string => `${word[0]!.toUpperCase()}${word.slice(1)}`;

const stock = <Name extends string>(name: Name, unit: Unit, description: string, key: keyof Totals, better?: Metric['better']): Metric<Name> => ({
  name, unit, description: `${description} (run summary: monthly mean)`, compute: (t, months) => t[key] / months, ...(better ? { better } : {}),
});

const DEFINITIONS = [
  stock('households', 'households', 'Households in the county or group', 'households'),
  stock('in_need', 'households', 'Households with at least one need at or above the threshold', 'in_need', 'lower'),
  { name: 'in_need_rate', unit: 'share of households', description: 'Share of households in need', compute: (t) => ratio(t.in_need, t.households) , better: 'lower' },
  stock('needs', 'household-domains', 'Needs present: households in need counted once per domain', 'needs', 'lower'),
  stock('served_gov', 'household-domains', 'Needs that received government help this month', 'served_gov', 'higher'),
  stock('served_charity', 'household-domains', 'Needs that received charity help this month', 'served_charity', 'higher'),
  stock('served_both', 'household-domains', 'Needs helped by both government and a charity this month', 'served_both'),
  ...REASONS.map((r) => stock(`unmet_${r}`, 'household-domains', `Needs unmet because ${REASON_MEANINGS[r]}`, `unmet_${r}`, 'lower')),
  stock('fell_through', 'households', 'Households with a need unmet for at least the fell-through number of consecutive months', 'fell_through', 'lower'),
  { name: 'fell_through_rate', unit: 'share of households', description: 'Share of households that have fallen through the gaps', compute: (t) => ratio(t.fell_through, t.households) , better: 'lower' },
  stock('fell_through_basic_needs', 'households', 'Households with a subsistence or medical need unmet for at least the fell-through number of consecutive months: fallen through in their basic needs', 'fell_through_basic_needs', 'lower'),
  ...REASONS.map((r) => stock(`fell_through_${r}`, 'household-domains', `Needs fallen through the gaps whose reason this month is ${r}`, `fell_through_${r}`, 'lower')),
  ...DOMAINS.flatMap((d) => [
    stock(`${d}_needs`, 'household-domains', `${capitalised(d)} needs present`, `${d}_needs`),
    stock(`${d}_unmet`, 'household-domains', `${capitalised(d)} needs unmet this month, for any reason`, `${d}_unmet`, 'lower'),
    stock(`${d}_fell_through`, 'household-domains', `${capitalised(d)} needs fallen through the gaps`, `${d}_fell_through`, 'lower'),
  ]),
  stock('unmet_no_capacity_government', 'household-domains', 'Needs unmet for lack of capacity where a government budget ran out (a discretionary programme, or an entitlement a scenario caps); the rest of unmet_no_capacity is charities\' money or slots', 'unmet_no_capacity_government', 'lower'),
  { name: 'unmet_months', unit: 'months', description: 'Mean run of consecutive unmet months of the needs unmet this month', compute: (t) => ratio(t.unmet_months, REASONS.reduce((sum, r) => sum + t[`unmet_${r}`], 0)) , better: 'lower' },
  { name: 'need_satisfaction_rate', unit: 'share', description: '需求满足率: severity relieved ÷ severity present (paper §5.2)', compute: (t) => ratio(t.severity_relieved, t.severity_present) , better: 'higher' },
  { name: 'service_coverage_rate', unit: 'share', description: '服务覆盖率: households in need that got any help ÷ households in need (paper §5.2)', compute: (t) => ratio(t.helped, t.in_need) , better: 'higher' },
  { name: 'resource_matching_rate', unit: 'share', description: '资源对接率: money that met a real need of the right kind ÷ money spent (paper §5.2)', compute: (t) => ratio(t.matched_spending, t.gov_spending + t.charity_spending) , better: 'higher' },
  { name: 'leakage_rate', unit: 'share', description: 'Money paid to households with no need ÷ money spent', compute: (t) => ratio(t.leaked_spending, t.gov_spending + t.charity_spending) , better: 'lower' },
  { name: 'duplication_rate', unit: 'share', description: 'Needs a charity helped after government\'s help had already met them this month (重复救助) ÷ needs helped; a charity topping up a need still in hardship after government aid is not duplication', compute: (t) => ratio(t.served_redundant, t.served_gov + t.served_charity - t.served_both) , better: 'lower' },
  { name: 'gov_spending', unit: 'yuan', description: 'Government aid paid (run summary: total)', compute: (t) => t.gov_spending },
  { name: 'charity_spending', unit: 'yuan', description: 'Charity help paid (run summary: total)', compute: (t) => t.charity_spending },
  { name: 'gov_benefits', unit: 'yuan', description: 'Government aid paid as cash or goods: dibao, support for the extremely poor, temporary, medical and education assistance; gov_spending = gov_benefits + gov_services (run summary: total)', compute: (t) => t.gov_benefits },
  { name: 'gov_services', unit: 'yuan', description: 'Government aid paid as service-months at needs.serviceCost: purchased care and social-work services, employment assistance (run summary: total)', compute: (t) => t.gov_services },
  { name: 'charity_benefits', unit: 'yuan', description: 'Charity help given as cash or goods: cash for subsistence, medical and education needs, standard packages, crowdfunding, emergency dispatch; charity_spending = charity_benefits + charity_services (run summary: total)', compute: (t) => t.charity_benefits },
  { name: 'charity_services', unit: 'yuan', description: 'Charity help given as service-months for care, psychosocial and employment needs (run summary: total)', compute: (t) => t.charity_services },
  { name: 'organisation_spending', unit: 'yuan', description: 'Charity help paid by community charities and foundations from their own money, crowdfunding not included (run summary: total)', compute: (t) => t.organisation_spending },
  { name: 'cost_per_need_relieved', unit: 'yuan per unit of severity', description: 'Money spent ÷ severity relieved', compute: (t) => ratio(t.gov_spending + t.charity_spending, t.severity_relieved) , better: 'lower' },
  { name: 'months_to_help', unit: 'months', description: 'Mean months from the onset of a need to its first help, over needs first helped in the period', compute: (t) => ratio(t.first_help_months, t.first_helps) , better: 'lower' },
  { name: 'poverty_headcount_before_transfers', unit: 'share of households', description: 'Households whose income before transfers is below the minimum living cost (needs.minimumLivingCost*, which no policy lever moves)', compute: (t) => ratio(t.poor_before_transfers, t.households) },
  { name: 'poverty_headcount', unit: 'share of households', description: 'Households whose income after transfers is below the minimum living cost', compute: (t) => ratio(t.poor, t.households) , better: 'lower' },
  { name: 'poverty_gap', unit: 'share of the minimum living cost', description: 'Mean shortfall of income after transfers below the minimum living cost, as a share of it, over all households (FGT1)', compute: (t) => ratio(t.poverty_gap, t.households) , better: 'lower' },
  { name: 'dibao_coverage', unit: 'share of persons', description: 'Persons in households receiving dibao ÷ all persons', compute: (t) => ratio(t.dibao_persons, t.persons) },
  stock('dibao_households', 'households', 'Households receiving dibao', 'dibao_households'),
  { name: 'dibao_household_size', unit: 'persons per household', description: 'Persons dibao covers per household receiving it (a member enrolled alone counts one)', compute: (t) => ratio(t.dibao_persons, t.dibao_households) },
  { name: 'extreme_poverty_coverage', unit: 'share of persons', description: 'Persons receiving support for the extremely poor (特困) ÷ all persons', compute: (t) => ratio(t.extreme_poverty_persons, t.persons) },
  { name: 'dibao_eligible_rate', unit: 'share of households', description: 'Households eligible for dibao by income — locally registered, not supported as extremely poor, true income per person below the dibao line, the yardstick of household surveys — ÷ households', compute: (t) => ratio(t.dibao_eligible, t.households) },
  { name: 'dibao_exclusion_error', unit: 'share of eligible households', description: 'Households eligible by income (dibao_eligible_rate) that do not receive dibao ÷ households eligible by income', compute: (t) => ratio(t.dibao_eligible - t.dibao_eligible_enrolled, t.dibao_eligible) , better: 'lower' },
  { name: 'dibao_inclusion_error', unit: 'share of recipients', description: 'Households receiving dibao that are not eligible by income ÷ households receiving dibao', compute: (t) => ratio(t.dibao_households - t.dibao_eligible_enrolled, t.dibao_households) , better: 'lower' },
  { name: 'low_income_share', unit: 'share of persons', description: 'Persons in households known to civil affairs (a case, dibao or 特困) whose income before transfers is below 1.5 × the dibao line — the low-income register of dibao and dibao-edge households — ÷ persons', compute: (t) => ratio(t.low_income_persons, t.persons) },
  { name: 'internet_use', unit: 'share of persons', description: 'Persons in households with digital access ÷ persons', compute: (t) => ratio(t.online_persons, t.persons) },
  { name: 'catastrophic_health_rate', unit: 'share of households per year', description: 'Households whose medical costs this year, less medical assistance, reach the catastrophic share of their capacity to pay, per household-year', compute: (t) => ratio(12 * t.catastrophic_health, t.households) , better: 'lower' },
  { name: 'charity_coverage_rate', unit: 'share', description: 'Households in need that got help from a charity ÷ households in need', compute: (t) => ratio(t.charity_helped, t.in_need) , better: 'higher' },
  ...DOMAINS.map((d) => stock(`unseen_${d}`, 'households', `${capitalised(d)} needs unmet because no actor knows of them`, `unseen_${d}`, 'lower')),
  { ...stock('public_trust', 'trust (0–1)', 'Public trust in charities, county-wide', 'public_trust'), better: 'higher', countyWide: true },
  { ...stock('charity_funds', 'yuan', 'Money charities hold at the end of the month, county-wide; below zero when help already given is committed from next month\'s income', 'charity_funds'), countyWide: true },
  { name: 'charity_donations', unit: 'yuan', description: 'Donations received by charities, county-wide (run summary: total)', compute: (t) => t.charity_donations, countyWide: true },
  { name: 'charity_grants', unit: 'yuan', description: 'Government grants and purchased services paid to charities, county-wide; not in gov_spending (run summary: total)', compute: (t) => t.charity_grants, countyWide: true },
  { name: 'gov_administration', unit: 'yuan', description: 'What government\'s assistance system costs to run beyond the aid it pays: staff (caseworkers, social workers, whose casework is paid here and not in gov_services), data links, the need-prediction system and the follow-up of its flags, hubs, joint assessment, and the paths\' consortium staff, need lists, evaluation and monitoring, county-wide (run summary: total; administration.ts)', compute: (t) => t.gov_administration, countyWide: true },
  { name: 'charity_administration', unit: 'yuan', description: 'What charities spend to run beyond the help they give: volunteer coordination, and the paths\' network building, caregiver support, specialised services\' training and regular giving\'s donor care (other fundraising costs are netted out of donations), county-wide (run summary: total; administration.ts)', compute: (t) => t.charity_administration, countyWide: true },
  { name: 'total_spending', unit: 'yuan', description: 'Everything the county\'s assistance costs: government aid and charity help paid (gov_spending + charity_spending) and both sides\' administration; what a lever\'s cost is measured in (run summary: total)', compute: (t) => t.gov_spending + t.charity_spending + t.gov_administration + t.charity_administration, countyWide: true },
  { name: 'campaigns', unit: 'campaigns', description: 'Medical crowdfunding campaigns launched (run summary: total)', compute: (t) => t.campaigns },
  { name: 'crowdfunding_raised', unit: 'yuan', description: 'Raised by crowdfunding campaigns before the platform fee (run summary: total)', compute: (t) => t.crowdfunding_raised },
  { name: 'volunteer_help', unit: 'household-domains', description: 'Care and psychosocial needs community charities\' volunteers served in kind, at no cash (volunteers.ts) (run summary: total)', compute: (t) => t.volunteer_help },
  { name: 'scandals', unit: 'scandals', description: 'Scandals of the county\'s own charity organisations that arose in the model (scandals.ts; scenario events not counted) (run summary: total)', compute: (t) => t.scandals, better: 'lower', countyWide: true },
  { name: 'reviews', unit: 'cases', description: 'Cases caseworkers reviewed (new applications and re-checks) (run summary: total)', compute: (t) => t.reviews },
  { name: 'shocks', unit: 'household-domains', description: 'New shocks (illness, job loss, care, crisis, schooling costs) (run summary: total)', compute: (t) => t.shocks },
] as const satisfies readonly Metric[];

/** Every metric's name: a misspelt name in code is a type error (parseMetricName checks names in files). */
export type MetricName = (typeof DEFINITIONS)[number]['name'];

export const METRICS: ReadonlyArray<Metric<MetricName>> = DEFINITIONS;

export const METRIC_NAMES: readonly MetricName[] = METRICS.map((m) => m.name);
