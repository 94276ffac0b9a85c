/**
 * One run of one scenario, as every multi-run tool calls it: the batch pool (Node worker
 * threads or in-process), and later page workers, sweeps and cluster shards. Pure: the
 * request and the record are plain, structured-cloneable data, so they cross a worker
 * boundary unchanged and a run gives the same record wherever it runs.
 */
import { closest } from '../shared/closest.ts';
import { METRIC_NAMES } from '../engine/metrics.ts';
import { runScenario, type RunResult } from '../engine/simulation.ts';
import type { ScenarioEvent } from '../scenario/events.ts';
import type { Scenario } from '../scenario/parameters.ts';

export interface RunRequest {
  /** A validated scenario (validateScenario or loadScenario); it is run as given. */
  readonly scenario: Scenario;
  /**
   * Metrics whose monthly series the record keeps (default: every metric). The others
   * get an empty series, so a long batch holds only what its caller reads.
   */
  readonly seriesMetrics?: readonly string[];
  /** Keep each household's fate (engine/fates.ts), for counterfactual comparisons. */
  readonly fates?: boolean;
}

/** What a caller needs of a run; indices follow GROUPS (groups.ts) and METRIC_NAMES (metrics.ts). */
export interface RunRecord {
  readonly name: string;
  readonly seed: number;
  /** Reported months. */
  readonly months: number;
  /** summary[group][metric] over the whole run, null where undefined. */
  readonly summary: Array<Array<number | null>>;
  /** series[group][metric][month], NaN where undefined; empty for metrics not kept. */
  readonly series: Float64Array[][];
  /** The metrics that have a series, in METRIC_NAMES order. */
  readonly seriesMetrics: readonly string[];
  readonly events: ScenarioEvent[];
  /** Each household's fate and group cell, when the request asked for them. */
  readonly households?: RunResult['households'];
}

export function runOne(request: RunRequest): RunRecord {
  const kept = keptMetrics(request.seriesMetrics);
  const result = runScenario(request.scenario, { fates: request.fates === true });
  const keep = METRIC_NAMES.map((name) => kept.has(name));
  return {
    name: request.scenario.name,
    seed: request.scenario.seed,
    months: result.months,
    summary: result.summary,
    series: result.series.map((perMetric) => perMetric.map((values, m) => (keep[m] ? values : new Float64Array(0)))),
    seriesMetrics: METRIC_NAMES.filter((name) => kept.has(name)),
    events: request.scenario.events,
    ...(result.households ? { households: result.households } : {}),
  };
}

/** The metric names asked for, checked before the run so a typo costs no time. */
function keptMetrics(names: readonly string[] | undefined): Set<string> {
  if (names === undefined) return new Set(METRIC_NAMES);
  names.forEach((name, i) => {
    if (!METRIC_NAMES.includes(name)) {
      const hint = closest(name, METRIC_NAMES);
      throw new Error(`seriesMetrics[${i}]: ${JSON.stringify(name)} is not a metric${hint ? ` (did you mean "${hint}"?)` : ''}; expected a name from sim/engine/metrics.ts`);
    }
  });
  return new Set(names);
}
