/**
 * "What if": scenario B against scenario A, run on the same seeds. Every stream of a run is
 * seeded by the run seed (engine/random.ts), so A and B on one seed meet the same population
 * and the same shocks (common random numbers) and the difference B − A on that seed holds the
 * policy's effect with most of the seed-to-seed noise cancelled. The comparison is the
 * textbook paired t interval: the mean of the per-seed differences ± t(0.975, n − 1) · s/√n
 * (sim/stats/meanInterval.ts). Here: the checks that the runs pair, and the seeds needed.
 * Pure (no Node, no DOM).
 */
import { runningMeanIntervals, type MeanInterval } from '../stats/meanInterval.ts';
import { pairedDifferences } from '../stats/pairedDifferences.ts';
import { AnalysisError, checkLevel, positions } from './analysisError.ts';

export interface PairedComparison {
  /** Seeds compared. */
  readonly n: number;
  /** Mean over seeds of B − A. */
  readonly meanDifference: number;
  /** Sample standard deviation of the differences (divisor n − 1). */
  readonly sd: number;
  /** Standard error of the mean difference, sd/√n. */
  readonly se: number;
  readonly level: number;
  /** The two-sided Student-t interval of the mean difference at `level`. */
  readonly low: number;
  readonly high: number;
  /**
   * The fewest seeds, in seed order, from which the interval excludes zero and goes on
   * excluding it, on the same side, with every further seed; undefined when the interval
   * on all n seeds still holds zero. A guide to how many seeds such an effect needs.
   */
  readonly seedsNeeded: number | undefined;
}

/** The interval over the first n seeds. */
export interface PrefixInterval {
  readonly n: number;
  readonly meanDifference: number;
  readonly low: number;
  readonly high: number;
}

export interface PairedOptions {
  /** Confidence level of the interval; 0.95 unless given. */
  readonly level?: number;
  /** What the values are, for error messages; "seeds" unless given. */
  readonly what?: string;
}

type Values = ReadonlyArray<number | null | undefined>;

/** B − A over seeds: `a[i]` and `b[i]` are the runs of A and B on the same seed. */
export function comparePaired(a: Values, b: Values, options: PairedOptions = {}): PairedComparison {
  const level = options.level ?? 0.95;
  const prefixes = prefixIntervals(a, b, options);
  const last = prefixes[prefixes.length - 1]!;
  const side = sideOfZero(last);
  let seedsNeeded: number | undefined;
  if (side !== 0) {
    seedsNeeded = last.n;
    for (let i = prefixes.length - 2; i >= 0 && sideOfZero(prefixes[i]!) === side; i--) seedsNeeded = prefixes[i]!.n;
  }
  return { n: last.n, meanDifference: last.mean, sd: last.sd, se: last.se, level, low: last.low, high: last.high, seedsNeeded };
}

/** The interval over the first 2, 3, …, n seeds (for a plot of how it narrows). */
export function intervalsBySeeds(a: Values, b: Values, options: PairedOptions = {}): PrefixInterval[] {
  return prefixIntervals(a, b, options).map(({ n, mean, low, high }) => ({ n, meanDifference: mean, low, high }));
}

function prefixIntervals(a: Values, b: Values, options: PairedOptions): MeanInterval[] {
  const level = options.level ?? 0.95;
  checkLevel(level);
  return runningMeanIntervals(differences(a, b, options.what ?? 'seeds'), level);
}

/** b[i] − a[i], after checking there are two or more pairs and none is missing. */
function differences(a: Values, b: Values, what: string): number[] {
  if (a.length !== b.length) {
    throw new AnalysisError(`${what}: ${a.length} runs of A and ${b.length} of B; expected the same seeds, in the same order, for both`);
  }
  if (a.length < 2) throw new AnalysisError(`${what}: ${a.length} paired run${a.length === 1 ? '' : 's'}; expected at least 2 for an interval`);
  for (const [values, name] of [[a, 'A'], [b, 'B']] as const) {
    const missing: number[] = [];
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) missing.push(i);
    if (missing.length > 0) {
      throw new AnalysisError(`${what}: ${positions(missing, 'run')} of ${name} ${missing.length === 1 ? 'has' : 'have'} no value (missing, null or not finite); expected a number for every seed — rerun ${missing.length === 1 ? 'it' : 'them'} rather than leave ${missing.length === 1 ? 'it' : 'them'} out, so the pairs stay paired`);
    }
  }
  return pairedDifferences(a as readonly number[], b as readonly number[]);
}

/** 1 when the interval is above zero, −1 below, 0 when it holds zero. */
const sideOfZero = (interval: MeanInterval): number => (interval.low > 0 ? 1 : interval.high < 0 ? -1 : 0);
