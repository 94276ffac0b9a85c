/** Small scenarios and run helpers shared by the engine tests. */
import { runScenario, type RunResult } from '../../sim/engine/simulation.ts';
import type { Group } from '../../sim/engine/groups.ts';
import type { MetricName } from '../../sim/engine/metrics.ts';
import { metricSeries, metricValue } from '../../sim/engine/metricValue.ts';
import { mergeDeep } from '../../sim/scenario/compose.ts';
import { PARAMETERS, type Scenario } from '../../sim/scenario/parameters.ts';
import { validateScenario } from '../../sim/scenario/validate.ts';

/** No charities: the government's mechanisms on their own. */
export const GOVERNMENT_ALONE = {
  charities: { community: { perTenThousand: 0 }, foundation: { perTenThousand: 0 }, crowdfunding: { launchRate: 0 } },
};

/**
 * A small, quick scenario: defaults, 3,000 households, 24 months after a 12-month warm-up,
 * government alone unless the overrides bring charities back (e.g. `withCharities`).
 */
export function small(overrides: Record<string, unknown> = {}): Scenario {
  return validateScenario(mergeDeep(mergeDeep({ name: 'test', households: 3000, months: 24, warmupMonths: 12 }, GOVERNMENT_ALONE), overrides));
}

/** Overrides that restore the default charities. */
export const withCharities = {
  charities: {
    community: { perTenThousand: PARAMETERS.charities.community.perTenThousand.default },
    foundation: { perTenThousand: PARAMETERS.charities.foundation.perTenThousand.default },
    crowdfunding: { launchRate: PARAMETERS.charities.crowdfunding.launchRate.default },
  },
};

export function run(overrides: Record<string, unknown> = {}): RunResult {
  return runScenario(small(overrides));
}

/** Run-summary value of a metric for a group (default: the whole county). */
export function summary(result: RunResult, metric: MetricName, group: Group = 'all'): number {
  return metricValue(result, metric, group) ?? NaN;
}

/** Monthly series of a metric for a group. */
export function series(result: RunResult, metric: MetricName, group: Group = 'all'): number[] {
  return Array.from(metricSeries(result, metric, group));
}

/** Mean of a summary metric over seeds 1..n. */
export function meanOverSeeds(n: number, metric: MetricName, overrides: Record<string, unknown> = {}, group: Group = 'all'): number {
  let total = 0;
  for (let seed = 1; seed <= n; seed++) total += summary(run({ ...overrides, seed }), metric, group);
  return total / n;
}
