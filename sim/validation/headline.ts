/**
 * The headline and what holds it where it is: on the baseline county (the ready scenario, at
 * the targets' size and seeds, so its runs are the targets' own), households fallen through
 * the gaps, by the domain that keeps them there, the reasons needs go unmet, and the shares
 * of needs unmet beside which published figures on unmet need can be set (sources.md §11).
 * Pure (no Node, no DOM).
 */
import { shareOfUnmet, type RunView } from '../calibration/quantities.ts';
import type { Group } from '../engine/groups.ts';
import type { MetricName } from '../engine/metrics.ts';
import { metricSeries, metricValue } from '../engine/metricValue.ts';
import { DOMAINS } from '../engine/domains.ts';
import { REASONS } from '../engine/reasons.ts';
import type { Design, Measure } from './experiment.ts';
import { readySpec, type LoadReady } from './targetFit.ts';

const of = (run: RunView, metric: MetricName, group: Group = 'all'): number | null => metricValue(run, metric, group);
const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b <= 0 ? null : a / b);
const read = (compute: (run: RunView) => number | null) => (run: (name: string) => RunView) => compute(run('baseline'));

/** Months in a year, for money per household per year. */
const YEAR = 12;

export const HEADLINE_MEASURES: readonly Measure[] = [
  { id: 'fell_through_rate', label: 'households fallen through, share of all households (monthly mean)', unit: 'share', compute: read((r) => of(r, 'fell_through_rate')) },
  { id: 'fell_through_basic_share', label: 'households fallen through in basic needs (subsistence or medical), share of all households', unit: 'share', compute: read((r) => ratio(of(r, 'fell_through_basic_needs'), of(r, 'households'))) },
  {
    id: 'fell_through_of_in_need_last', label: 'households fallen through, share of households in need, in the last month', unit: 'share',
    compute: read((r) => {
      const fell = metricSeries(r, 'fell_through'), need = metricSeries(r, 'in_need');
      return fell.length > 0 && need.length > 0 ? ratio(fell[fell.length - 1]!, need[need.length - 1]!) : null;
    }),
  },
  ...DOMAINS.map((d): Measure => ({ id: `fell:${d}`, label: `${d} needs fallen through, per household`, unit: 'per household', compute: read((r) => ratio(of(r, `${d}_fell_through`), of(r, 'households'))) })),
  ...DOMAINS.map((d): Measure => ({ id: `unmet:${d}`, label: `${d} needs unmet, share of ${d} needs`, unit: 'share', compute: read((r) => ratio(of(r, `${d}_unmet`), of(r, `${d}_needs`))) })),
  { id: 'unmet:care@elderly', label: 'care needs of households with an older head unmet, share of their care needs', unit: 'share', compute: read((r) => ratio(of(r, 'care_unmet', 'elderly'), of(r, 'care_needs', 'elderly'))) },
  ...REASONS.map((reason): Measure => ({ id: `reason:${reason}`, label: `share of unmet needs: ${reason}`, unit: 'share', compute: read((r) => shareOfUnmet(r, `unmet_${reason}`)) })),
  { id: 'reason:no_capacity_government', label: 'share of unmet needs: no_capacity, where a government budget ran out', unit: 'share', compute: read((r) => shareOfUnmet(r, 'unmet_no_capacity_government')) },
  { id: 'money:government', label: 'government aid paid, yuan per household per year', unit: 'yuan', compute: read((r) => perHouseholdYear(r, 'gov_spending')) },
  { id: 'money:organisations', label: 'community charities\' and foundations\' help paid, yuan per household per year', unit: 'yuan', compute: read((r) => perHouseholdYear(r, 'organisation_spending')) },
  { id: 'money:crowdfunding', label: 'crowdfunding raised, yuan per household per year', unit: 'yuan', compute: read((r) => perHouseholdYear(r, 'crowdfunding_raised')) },
  { id: 'charity_coverage_rate', label: 'households in need helped by a charity, share', unit: 'share', compute: read((r) => of(r, 'charity_coverage_rate')) },
  { id: 'service_coverage_rate', label: 'households in need helped by anyone, share', unit: 'share', compute: read((r) => of(r, 'service_coverage_rate')) },
];

function perHouseholdYear(run: RunView, metric: MetricName): number | null {
  const total = of(run, metric), households = of(run, 'households');
  return total === null || households === null || households <= 0 || run.months <= 0 ? null : (total / households) * (YEAR / run.months);
}

/** The baseline county's runs, shared with the published targets computed on it. */
export function headlineDesign(load: LoadReady): Design {
  return { id: 'headline', runs: { baseline: readySpec('baseline', load) }, measures: HEADLINE_MEASURES };
}
