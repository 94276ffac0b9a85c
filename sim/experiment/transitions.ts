/**
 * Who changes fate between scenario A and scenario B. On one seed both simulate the same
 * households meeting the same shocks, so each household has a fate under A and a fate
 * under B (engine/fates.ts): the transition table counts households by the two, overall
 * and by group, and by the reason under A of those A left unmet or let fall through. Over
 * seeds each count has a mean and a 95% interval. Pure (no Node, no DOM).
 */
import type { Fates } from '../engine/fates.ts';
import { GROUPS, cellInGroup } from '../engine/groups.ts';
import { REASONS } from '../engine/reasons.ts';
import { STATUS, STATUSES } from '../engine/story.ts';
import { mean } from '../stats/descriptive.ts';
import { runningMeanIntervals } from '../stats/meanInterval.ts';
import { AnalysisError } from './analysisError.ts';

/** One seed's households under A and under B (the same households: the same seed). */
export interface HouseholdPair {
  readonly a: Fates;
  readonly b: Fates;
  /** Each household's group cell (engine/groups.ts), the same under both. */
  readonly cells: Uint8Array;
}

/** A count over seeds: its mean and 95% interval (null with fewer than 2 seeds). */
export interface Estimate {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
}

export interface Transition extends Estimate {
  readonly group: string;
  /** Fate under A and under B (STATUSES). */
  readonly from: (typeof STATUSES)[number];
  readonly to: (typeof STATUSES)[number];
}

export interface ReasonTransition extends Estimate {
  readonly group: string;
  /** The reason under A of a household A left unmet or let fall through. */
  readonly reason: (typeof REASONS)[number];
  readonly to: (typeof STATUSES)[number];
}

const FATE_COUNT = STATUSES.length;

/**
 * The mean of the counts and their 95% interval, the interval computed in one pass as compare's
 * paired intervals are (sim/stats/meanInterval.ts), so its centre can differ from the mean
 * in the last bit, as it always has in compare's output.
 */
function estimate(values: readonly number[]): Estimate {
  const m = mean(values);
  if (values.length < 2) return { mean: m, low: null, high: null };
  const { low, high } = runningMeanIntervals(values).at(-1)!;
  return { mean: m, low, high };
}

/** Households of group g by fate under A (row) and under B (column), on one seed. */
export function countTransitions(pair: HouseholdPair, g: number): number[] {
  const counts = new Array<number>(FATE_COUNT * FATE_COUNT).fill(0);
  const { a, b, cells } = check(pair);
  for (let h = 0; h < cells.length; h++) {
    if (cellInGroup(cells[h]!, g)) counts[a.fate[h]! * FATE_COUNT + b.fate[h]!]! += 1;
  }
  return counts;
}

/** Households of group g that A left unmet or let fall through, by their reason under A and their fate under B. */
export function countByReason(pair: HouseholdPair, g: number): number[] {
  const counts = new Array<number>(REASONS.length * FATE_COUNT).fill(0);
  const { a, b, cells } = check(pair);
  for (let h = 0; h < cells.length; h++) {
    if (a.fate[h]! < STATUS.unmet || !cellInGroup(cells[h]!, g)) continue;
    counts[a.reason[h]! * FATE_COUNT + b.fate[h]!]! += 1;
  }
  return counts;
}

function check(pair: HouseholdPair): HouseholdPair {
  const n = pair.cells.length;
  if (pair.a.fate.length !== n || pair.b.fate.length !== n) {
    throw new AnalysisError(`households: ${pair.a.fate.length} under A, ${pair.b.fate.length} under B, ${n} cells; expected the same households in both (the same county on the same seed)`);
  }
  return pair;
}

/** The transition table of every group over seeds. */
export function transitions(pairs: readonly HouseholdPair[]): Transition[] {
  if (pairs.length === 0) throw new AnalysisError('seeds: none with households under both scenarios; expected at least one');
  return GROUPS.flatMap((group, g) => {
    const bySeed = pairs.map((pair) => countTransitions(pair, g));
    return STATUSES.flatMap((from, i) => STATUSES.map((to, j) => ({ group, from, to, ...estimate(bySeed.map((counts) => counts[i * FATE_COUNT + j]!)) })));
  });
}

/** Over seeds, by reason under A: where the households A failed end up under B. */
export function transitionsByReason(pairs: readonly HouseholdPair[]): ReasonTransition[] {
  if (pairs.length === 0) throw new AnalysisError('seeds: none with households under both scenarios; expected at least one');
  return GROUPS.flatMap((group, g) => {
    const bySeed = pairs.map((pair) => countByReason(pair, g));
    return REASONS.flatMap((reason, r) => STATUSES.map((to, j) => ({ group, reason, to, ...estimate(bySeed.map((counts) => counts[r * FATE_COUNT + j]!)) })));
  });
}

/** Households whose fate differs between A and B on one seed, worst change under A first (for stories). */
export function changedHouseholds(pair: HouseholdPair, limit: number): number[] {
  const { a, b } = check(pair);
  const changed: number[] = [];
  for (let h = 0; h < a.fate.length; h++) if (a.fate[h] !== b.fate[h]) changed.push(h);
  return changed.sort((x, y) => Math.abs(b.fate[y]! - a.fate[y]!) - Math.abs(b.fate[x]! - a.fate[x]!) || x - y).slice(0, limit);
}
