/**
 * Several seeds → one line and a band: per month, the median over seeds and the 5th–95th
 * percentile range (a 90% band). With one seed the band is the line itself.
 */
import { quantileOfSorted } from '../sim/stats/descriptive.ts';
import { meanInterval } from '../sim/stats/meanInterval.ts';
import type { Band } from './charts/types.ts';

/** Per-run values of one metric: runs[r][month] (NaN where not yet simulated or undefined). */
export type RunValues = ReadonlyArray<ArrayLike<number>>;

interface MutableBand {
  readonly median: number[];
  readonly low: number[];
  readonly high: number[];
}

/** Fill months from..months-1 of `into` from the runs. */
function bandMonths(runs: RunValues, from: number, months: number, into: MutableBand): void {
  const values: number[] = [];
  for (let i = from; i < months; i++) {
    values.length = 0;
    for (const run of runs) {
      const v = run[i]!;
      if (!Number.isNaN(v)) values.push(v);
    }
    values.sort((a, b) => a - b);
    into.median[i] = values.length ? quantileOfSorted(values, 0.5) : NaN;
    into.low[i] = values.length ? quantileOfSorted(values, 0.05) : NaN;
    into.high[i] = values.length ? quantileOfSorted(values, 0.95) : NaN;
  }
}

export function band(runs: RunValues, months: number): Band {
  const into: MutableBand = { median: [], low: [], high: [] };
  bandMonths(runs, 0, months, into);
  return into;
}

/**
 * Per month, the mean of the paired differences (runs are paired by seed) and its 95%
 * Student-t interval: how sure the comparison is of the effect, not how runs spread. With
 * one seed there is no interval (the band is the line).
 */
export function meanDifferenceBand(runs: RunValues, baseline: RunValues, months: number): Band {
  const median: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  for (let i = 0; i < months; i++) {
    const d: number[] = [];
    runs.forEach((run, r) => {
      const v = run[i]! - (baseline[r]?.[i] ?? NaN);
      if (!Number.isNaN(v)) d.push(v);
    });
    const interval = meanInterval(d);
    const noInterval = interval.n < 2;
    median.push(interval.mean);
    low.push(noInterval ? interval.mean : interval.low);
    high.push(noInterval ? interval.mean : interval.high);
  }
  return { median, low, high };
}

interface Kept {
  readonly runs: RunValues;
  readonly months: number;
  settled: number;
  readonly band: MutableBand;
}

const kept = new WeakMap<object, Map<string, Kept>>();

/**
 * band(runs, months) for runs that are still streaming in, kept between calls: the first
 * `settled` months (those every run has finished, which no longer change) are worked out
 * once, the rest again on each call. `owner` and `key` name the band (e.g. a set of runs and
 * a metric); while it lives, later calls with the same name reuse it. Returns a fresh copy.
 */
export function keptBand(owner: object, key: string, runs: RunValues, months: number, settled: number): Band {
  let byKey = kept.get(owner);
  if (!byKey) kept.set(owner, (byKey = new Map()));
  let entry = byKey.get(key);
  const same = entry && entry.months === months && entry.runs.length === runs.length && entry.runs.every((run, r) => run === runs[r]);
  if (!entry || !same) {
    entry = { runs: [...runs], months, settled: 0, band: { median: [], low: [], high: [] } };
    byKey.set(key, entry);
  }
  bandMonths(runs, Math.min(entry.settled, months), months, entry.band);
  entry.settled = Math.max(entry.settled, Math.min(settled, months));
  return { median: entry.band.median.slice(), low: entry.band.low.slice(), high: entry.band.high.slice() };
}
