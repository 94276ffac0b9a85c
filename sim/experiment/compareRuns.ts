/**
 * Scenario B against scenario A, run on the same seeds: for every summary metric, overall
 * and by group, the paired difference B − A over seeds (paired.ts). Pure: the CLI's
 * `gapsim compare` and the page's workers call the same function on the same run records.
 */
import { GROUPS } from '../engine/groups.ts';
import { METRIC_NAMES, type MetricName } from '../engine/metrics.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { mean } from '../stats/descriptive.ts';
import { AnalysisError } from './analysisError.ts';
import { comparePaired } from './paired.ts';

/** What a comparison reads of a run: its seed and run summary (summary[group][metric], null where undefined). */
export interface RunSummary {
  readonly seed: number;
  readonly summary: ReadonlyArray<ReadonlyArray<number | null>>;
}

export interface ComparisonRow {
  readonly metric: MetricName;
  readonly group: string;
  /** Seeds on which both runs define the metric. */
  readonly n: number;
  readonly meanA: number | null;
  readonly meanB: number | null;
  /** Mean of B − A over those seeds, its standard error and 95% interval (null with fewer than 2 seeds). */
  readonly difference: number | null;
  readonly se: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Seeds after which the interval excludes zero for good (null: it never does). */
  readonly seedsNeeded: number | null;
}

/** Settings that must agree for runs to pair: the same county, for the same time. */
const PAIRED_SETTINGS = ['households', 'months', 'warmupMonths'] as const;

/**
 * Refuse two scenarios that do not pair: on one seed they must simulate the same
 * households over the same months, or the differences mix policy with county size.
 */
export function checkPairable(a: Scenario, b: Scenario, names: readonly [string, string]): void {
  for (const key of PAIRED_SETTINGS) {
    if (a[key] !== b[key]) {
      throw new AnalysisError(`${key}: ${names[0]} has ${a[key]}, ${names[1]} has ${b[key]}; paired runs need the same ${key} in both (set it in both files, or with --${key === 'warmupMonths' ? 'set warmupMonths=N' : key} for both)`);
    }
  }
}

/**
 * Every metric and group, paired seed by seed. `a[i]` and `b[i]` must be the runs of the
 * same seed; a metric undefined on a seed in either run (a rate of nothing) leaves that seed out.
 */
export function compareRuns(a: readonly RunSummary[], b: readonly RunSummary[]): ComparisonRow[] {
  if (a.length !== b.length) throw new AnalysisError(`runs: ${a.length} of A and ${b.length} of B; expected one of each per seed`);
  a.forEach((run, i) => {
    if (run.seed !== b[i]!.seed) throw new AnalysisError(`runs[${i}]: seed ${run.seed} in A but ${b[i]!.seed} in B; expected the same seed in each pair`);
  });
  const rows: ComparisonRow[] = [];
  GROUPS.forEach((group, g) => {
    METRIC_NAMES.forEach((metric, m) => {
      const valuesA: number[] = [];
      const valuesB: number[] = [];
      a.forEach((run, i) => {
        const va = run.summary[g]?.[m];
        const vb = b[i]!.summary[g]?.[m];
        if (va === null || va === undefined || vb === null || vb === undefined) return;
        valuesA.push(va);
        valuesB.push(vb);
      });
      const n = valuesA.length;
      const base = { metric, group, n, meanA: n ? mean(valuesA) : null, meanB: n ? mean(valuesB) : null };
      if (n < 2) {
        rows.push({ ...base, difference: null, se: null, low: null, high: null, seedsNeeded: null });
        return;
      }
      const paired = comparePaired(valuesA, valuesB, { what: `${metric} (${group})` });
      rows.push({ ...base, difference: paired.meanDifference, se: paired.se, low: paired.low, high: paired.high, seedsNeeded: paired.seedsNeeded ?? null });
    });
  });
  return rows;
}

/** Does a row's interval exclude zero? */
export const isSignificant = (row: ComparisonRow): boolean => row.low !== null && row.high !== null && (row.low > 0 || row.high < 0);

/** The tidy CSV of a comparison: one line per metric and group. */
export const COMPARISON_COLUMNS = ['metric', 'group', 'n', 'mean_a', 'mean_b', 'difference', 'se', 'low', 'high', 'seeds_needed'] as const;

export function comparisonCsv(rows: readonly ComparisonRow[]): string {
  const cell = (v: number | string | null) => (v === null ? '' : String(v));
  return `${COMPARISON_COLUMNS.join(',')}\n${rows.map((r) => [r.metric, r.group, r.n, r.meanA, r.meanB, r.difference, r.se, r.low, r.high, r.seedsNeeded].map(cell).join(',')).join('\n')}\n`;
}
