/**
 * Model quantities compared with published figures, defined once: name, unit, meaning,
 * the ready scenario(s) each needs, and how it is computed from run results. Pure (no
 * Node, no DOM), so it runs in the CLI, in tests and in browser workers.
 *
 * A quantity reads metrics and groups by name (metricValue.ts: a misspelt name is a type
 * error); an undefined value (a rate of nothing) gives null, never a throw.
 */
import type { Group } from '../engine/groups.ts';
import type { MetricName } from '../engine/metrics.ts';
import { metricSeries, metricValue } from '../engine/metricValue.ts';
import { REASONS } from '../engine/reasons.ts';

/** What a quantity reads from one run: enough of RunResult to be hand-made in tests. */
export interface RunView {
  readonly months: number;
  /** summary[groupIndex][metricIndex] as in RunResult. */
  readonly summary: ReadonlyArray<ReadonlyArray<number | null>>;
  /** series[groupIndex][metricIndex][month] as in RunResult. */
  readonly series: ReadonlyArray<ReadonlyArray<ArrayLike<number>>>;
  /** The scenario's events (for the trust_shock month). */
  readonly events?: ReadonlyArray<{ readonly month: number; readonly type: string }>;
}

export interface Quantity {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  /** Ready scenarios (scenarios/NAME.json), one run of each per seed, same seed. */
  readonly scenarios: readonly string[];
  /** Direction of a "≥" bound when the value is capped (recovery time at the horizon). */
  readonly compute: (runs: readonly RunView[]) => number | null;
}

/** Unmet needs for every reason together (monthly mean), or null if a reason's metric is missing. */
export function unmetTotalOf(run: RunView, group: Group = 'all'): number | null {
  let total = 0;
  for (const reason of REASONS) {
    const v = metricValue(run, `unmet_${reason}`, group);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** A metric's share of all unmet needs (a reason's, or a part of one), or null. */
export function shareOfUnmet(run: RunView, metric: MetricName, group: Group = 'all'): number | null {
  const part = metricValue(run, metric, group), total = unmetTotalOf(run, group);
  return part === null || total === null || total <= 0 ? null : part / total;
}

const sumRange = (xs: ArrayLike<number>, from: number, to: number): number => {
  let total = 0;
  for (let i = from; i < to; i++) total += Number.isFinite(xs[i]!) ? xs[i]! : 0;
  return total;
};

/** Month (index into the reported series) of the first trust_shock event, or null. */
export function shockMonth(run: RunView): number | null {
  const event = (run.events ?? []).find((e) => e.type === 'trust_shock');
  // Events happen at the start of their (1-based) month: series index month − 1.
  return event ? event.month - 1 : null;
}

/** (donations in months s..s+11) ÷ (s−12..s−1) − 1; null if either window is not in the run. */
export function scandalDonationChange(donations: ArrayLike<number>, s: number): number | null {
  if (s < 12 || s + 12 > donations.length) return null;
  const before = sumRange(donations, s - 12, s);
  if (before <= 0) return null;
  return sumRange(donations, s, s + 12) / before - 1;
}

/**
 * Donations count as recovered at this share of the pre-shock year. The model has no
 * secular growth of giving, so trust regains its baseline exponentially and donations
 * approach their old level without ever reaching it; the published recovery (national
 * giving back at its nominal 2010 level in 2014, docs/sources.md §4) happened while giving
 * grew, so "back at the old level" there is "within a few per cent of trend" here.
 */
export const RECOVERED_SHARE = 0.95;

/**
 * Years (12-month windows from the shock) until annual donations are back at
 * RECOVERED_SHARE of the pre-shock year's. Returns {years, capped}: capped when never
 * back within the run, years is then the number of whole windows observed (read "≥").
 */
export function scandalRecoveryYears(donations: ArrayLike<number>, s: number): { years: number; capped: boolean } | null {
  if (s < 12 || s + 12 > donations.length) return null;
  const before = sumRange(donations, s - 12, s);
  let k = 0;
  for (; s + 12 * (k + 1) <= donations.length; k++) {
    if (sumRange(donations, s + 12 * k, s + 12 * (k + 1)) >= RECOVERED_SHARE * before) return { years: k, capped: false };
  }
  return { years: k, capped: true };
}

/** (donations_policy − donations_nogrant) ÷ (grants_policy − grants_nogrant). */
export function crowdingOut(donationsPolicy: number, donationsNoGrant: number, grantsPolicy: number, grantsNoGrant: number): number | null {
  const dg = grantsPolicy - grantsNoGrant;
  if (!(Math.abs(dg) > 0)) return null;
  return (donationsPolicy - donationsNoGrant) / dg;
}

const summaryQuantity = (name: string, metric: MetricName, group: Group, unit: string, description: string, scenario = 'baseline'): Quantity => ({
  name, unit, description, scenarios: [scenario],
  compute: ([run]) => (run ? metricValue(run, metric, group) : null),
});

const SCANDAL = 'scandal_2011';

export const QUANTITIES: readonly Quantity[] = [
  summaryQuantity('dibao_coverage_all', 'dibao_coverage', 'all', 'share of persons', 'Persons in dibao households ÷ persons, county'),
  summaryQuantity('dibao_coverage_urban', 'dibao_coverage', 'urban', 'share of persons', 'Persons in dibao households ÷ persons, urban'),
  summaryQuantity('dibao_coverage_rural', 'dibao_coverage', 'rural', 'share of persons', 'Persons in dibao households ÷ persons, rural'),
  summaryQuantity('dibao_eligible', 'dibao_eligible_rate', 'all', 'share of households', 'Households eligible for dibao by income ÷ households'),
  ...(['all', 'urban', 'rural'] as const).flatMap((group) => [
    summaryQuantity(`dibao_exclusion_error_${group}`, 'dibao_exclusion_error', group, 'share of eligible households', `Households eligible by income not on dibao ÷ households eligible by income, ${group === 'all' ? 'county' : group}`),
    summaryQuantity(`dibao_inclusion_error_${group}`, 'dibao_inclusion_error', group, 'share of recipients', `Dibao households not eligible by income ÷ dibao households, ${group === 'all' ? 'county' : group}`),
    summaryQuantity(`dibao_household_size_${group}`, 'dibao_household_size', group, 'persons per household', `Persons dibao covers per dibao household, ${group === 'all' ? 'county' : group}`),
    summaryQuantity(`extreme_poverty_coverage_${group}`, 'extreme_poverty_coverage', group, 'share of persons', `Persons supported as extremely poor ÷ persons, ${group === 'all' ? 'county' : group}`),
  ]),
  summaryQuantity('low_income_share', 'low_income_share', 'all', 'share of persons', 'Persons in the low-income register (known to civil affairs, income < 1.5 × dibao line) ÷ persons'),
  summaryQuantity('internet_use_all', 'internet_use', 'all', 'share of persons', 'Persons in households with digital access ÷ persons, county'),
  summaryQuantity('internet_use_rural', 'internet_use', 'rural', 'share of persons', 'Persons in households with digital access ÷ persons, rural'),
  summaryQuantity('internet_use_elderly', 'internet_use', 'elderly', 'share of persons', 'Persons in households with digital access ÷ persons, elderly-headed households'),
  summaryQuantity('poverty_headcount', 'poverty_headcount', 'all', 'share of households', 'Households below the minimum living cost after transfers'),
  summaryQuantity('catastrophic_health_rate', 'catastrophic_health_rate', 'all', 'share of households per year', 'Households per year with out-of-pocket medical cost ≥ 40% of capacity to pay'),
  {
    name: 'crowdfunding_per_campaign', unit: 'yuan per campaign', scenarios: ['baseline'],
    description: 'Crowdfunding raised ÷ campaigns launched, over the run',
    compute: ([run]) => {
      if (!run) return null;
      const raised = metricValue(run, 'crowdfunding_raised');
      const campaigns = metricValue(run, 'campaigns');
      return raised === null || campaigns === null || campaigns <= 0 ? null : raised / campaigns;
    },
  },
  {
    name: 'scandal_donation_change', unit: 'relative change', scenarios: [SCANDAL],
    description: 'Donations in the 12 months from the trust shock ÷ the 12 months before − 1',
    compute: ([run]) => {
      const s = run ? shockMonth(run) : null;
      const donations = run ? metricSeries(run, 'charity_donations') : [];
      return s === null || donations.length === 0 ? null : scandalDonationChange(donations, s);
    },
  },
  {
    name: 'scandal_recovery_years', unit: 'years', scenarios: [SCANDAL],
    description: 'Whole years after the trust shock until annual donations are back at 95% of the pre-shock year\'s (capped at the horizon: read as ≥)',
    compute: ([run]) => {
      const s = run ? shockMonth(run) : null;
      const donations = run ? metricSeries(run, 'charity_donations') : [];
      return s === null || donations.length === 0 ? null : scandalRecoveryYears(donations, s)?.years ?? null;
    },
  },
  {
    name: 'crowding_out', unit: 'yuan of donations per yuan of grant', scenarios: ['policy_driven', 'policy_driven_no_grants'],
    description: '(donations with grants − without) ÷ (grants with − without), paired seeds',
    compute: ([policy, noGrant]) => {
      if (!policy || !noGrant) return null;
      const d1 = metricValue(policy, 'charity_donations'), d0 = metricValue(noGrant, 'charity_donations');
      const g1 = metricValue(policy, 'charity_grants'), g0 = metricValue(noGrant, 'charity_grants');
      return d1 === null || d0 === null || g1 === null || g0 === null ? null : crowdingOut(d1, d0, g1, g0);
    },
  },
];

export const QUANTITY_NAMES: readonly string[] = QUANTITIES.map((q) => q.name);

export function quantityByName(name: string): Quantity | undefined {
  return QUANTITIES.find((q) => q.name === name);
}
