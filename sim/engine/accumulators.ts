/**
 * Raw monthly tallies, kept per group cell (groups.ts). Metrics (metrics.ts) are
 * ratios and sums of these, so a metric is defined once whether it is computed for one
 * month, for a whole run, for a group or for the county.
 */
import { CELL_COUNT } from './groups.ts';
import { DOMAINS } from './domains.ts';
import { REASONS } from './reasons.ts';

export const ACCUMULATORS = [
  'households', 'persons',
  'in_need', 'needs', 'helped', 'served_gov', 'served_charity', 'served_both', 'served_redundant',
  ...REASONS.map((r) => `unmet_${r}` as const),
  'unmet_no_capacity_government',
  'unmet_months',
  'fell_through', 'fell_through_basic_needs',
  ...REASONS.map((r) => `fell_through_${r}` as const),
  ...DOMAINS.flatMap((d) => [`${d}_needs`, `${d}_unmet`, `${d}_fell_through`] as const),
  'severity_present', 'severity_relieved',
  'gov_spending', 'charity_spending', 'gov_benefits', 'gov_services', 'charity_benefits', 'charity_services', 'organisation_spending', 'matched_spending', 'leaked_spending',
  'first_helps', 'first_help_months',
  'poor_before_transfers', 'poor', 'poverty_gap',
  'dibao_households', 'dibao_persons', 'extreme_poverty_persons',
  'dibao_eligible', 'dibao_eligible_enrolled', 'low_income_persons', 'online_persons', 'catastrophic_health',
  'shocks', 'reviews',
  ...DOMAINS.map((d) => `unseen_${d}` as const),
  'charity_helped', 'campaigns', 'crowdfunding_raised', 'volunteer_help',
  // County-wide quantities (World.county), the same for every group:
  'public_trust', 'charity_funds', 'charity_donations', 'charity_grants',
  'gov_administration', 'charity_administration', 'scandals',
] as const;

export type AccumulatorName = (typeof ACCUMULATORS)[number];
export const ACC_COUNT = ACCUMULATORS.length;

/** Index of each accumulator within a cell's block. */
export const ACC = Object.freeze(Object.fromEntries(ACCUMULATORS.map((name, i) => [name, i]))) as Readonly<Record<AccumulatorName, number>>;

/** One month's tallies: CELL_COUNT blocks of ACC_COUNT numbers. Index: cell * ACC_COUNT + ACC[name]. */
export const allocateTallies = (): Float64Array => new Float64Array(CELL_COUNT * ACC_COUNT);

export type Totals = Record<AccumulatorName, number>;
