/**
 * Several seeds → one line and a band: per month, the median over seeds and the 5th–95th
 * percentile range (a 90% band). With one seed the band is the line itself.
 */
import { quantileSorted } from 'd3';
import type { Band } from './charts/types.ts';

/** Per-run values of one metric: runs[r][month] (NaN where not yet simulated or undefined). */
export type RunValues = ReadonlyArray<ArrayLike<number>>;

export function band(runs: RunValues, months: number): Band {
  const median: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < months; i++) {
    values.length = 0;
    for (const run of runs) {
      const v = run[i]!;
      if (!Number.isNaN(v)) values.push(v);
    }
    values.sort((a, b) => a - b);
    median.push(values.length ? quantileSorted(values, 0.5)! : NaN);
    low.push(values.length ? quantileSorted(values, 0.05)! : NaN);
    high.push(values.length ? quantileSorted(values, 0.95)! : NaN);
  }
  return { median, low, high };
}

/** Differences from a baseline, run by run (runs are paired by seed), then banded. */
export function differenceBand(runs: RunValues, baseline: RunValues, months: number): Band {
  const paired = runs.map((run, r) => Float64Array.from({ length: months }, (_, i) => run[i]! - (baseline[r]?.[i] ?? NaN)));
  return band(paired, months);
}
