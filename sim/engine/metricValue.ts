/**
 * Reading metrics by name: the one way code and files turn a metric's name into its value.
 * Runs, records and the page's runs all index values as [group][metric] in GROUPS and
 * METRICS order (simulation.ts), so every lookup goes through metricIndex.
 */
import { closest } from '../common/closest.ts';
import { GROUPS, type Group } from './groups.ts';
import { METRICS, METRIC_NAMES, type Metric, type MetricName } from './metrics.ts';

/** What holds metric values: a run's summary, and its monthly series where kept. */
export interface MetricValues {
  /** summary[group][metric] over the run, null where undefined. */
  readonly summary: ReadonlyArray<ReadonlyArray<number | null>>;
  /** series[group][metric][month], NaN where undefined (may be empty for a metric not kept). */
  readonly series?: ReadonlyArray<ReadonlyArray<ArrayLike<number>>>;
}

const INDEX = new Map<string, number>(METRIC_NAMES.map((name, m) => [name, m]));

/** The metric's position in METRICS (and in every run's summary and series). */
export const metricIndex = (name: MetricName): number => INDEX.get(name)!;

/** The metric's definition: its unit, which way is better, its meaning. */
export const metricOf = (name: MetricName): Metric<MetricName> => METRICS[metricIndex(name)]!;

export const groupIndex = (group: Group): number => GROUPS.indexOf(group);

/** The run-summary value of a metric for a group (default: the county), null where undefined. */
export function metricValue(run: MetricValues, name: MetricName, group: Group = 'all'): number | null {
  const value = run.summary[groupIndex(group)]?.[metricIndex(name)];
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

/** A metric's monthly series for a group (default: the county); empty where the run kept none. */
export function metricSeries(run: Pick<MetricValues, 'series'>, name: MetricName, group: Group = 'all'): ArrayLike<number> {
  return run.series?.[groupIndex(group)]?.[metricIndex(name)] ?? [];
}

export const isMetricName = (value: unknown): value is MetricName => typeof value === 'string' && INDEX.has(value);

/** Why `value` is no metric name: what was written, the closest name, and where the list is. */
export function notAMetric(value: unknown): string {
  const hint = typeof value === 'string' ? closest(value, METRIC_NAMES) : undefined;
  return `${JSON.stringify(value)} is not a metric${hint ? ` (did you mean "${hint}"?)` : ''}; expected a name from gapsim run --help`;
}

/** A metric name read from a file or a flag, checked: `field` names where it was written. */
export function parseMetricName(value: unknown, field: string): MetricName {
  if (isMetricName(value)) return value;
  throw new Error(`${field}: ${notAMetric(value)}`);
}
