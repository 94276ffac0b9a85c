/**
 * The answers a meeting asks for first, from a scenario's finished runs: how many
 * households have fallen through the gaps (on an average month, and per 1,000), the largest
 * reason, the group worst off, and the money paid by government and by charities. Each is
 * read from the run summaries the worker sends (the numbers the CLI writes) and is the
 * median over seeds; a change from a reference scenario is the median of the paired
 * differences, seed by seed (the same households and shocks on each seed).
 */
import { GROUPS, type Group } from '../sim/engine/groups.ts';
import { metricValue } from '../sim/engine/metricValue.ts';
import { REASONS, type Reason } from '../sim/engine/reasons.ts';
import { median } from '../sim/stats/descriptive.ts';
import type { FinishedRun } from './engineClient.ts';

/** The numeric answers, one run's worth (or their medians). */
export interface Figures {
  /** Households fallen through the gaps on an average month, and per 1,000 households. */
  readonly fellThrough: number;
  readonly fellThroughPer1000: number;
  /** Yuan paid over the run. */
  readonly governmentSpending: number;
  readonly charitySpending: number;
}

export interface Answers extends Figures {
  /** Share of needs fallen through, by the reason this month (summed over months), largest first. */
  readonly reasons: ReadonlyArray<{ readonly reason: Reason; readonly share: number }>;
  /** The group with the most households fallen through per 1,000 of its households. */
  readonly worstGroup: { readonly group: string; readonly per1000: number };
  readonly seeds: number;
  readonly months: number;
}

const FIGURES = ['fellThrough', 'fellThroughPer1000', 'governmentSpending', 'charitySpending'] as const;

/** Households fallen through per 1,000 households of a group, on an average month. */
function per1000(run: FinishedRun, group: Group): number {
  return 1000 * (metricValue(run, 'fell_through_rate', group) ?? 0);
}

/** One run's figures. */
export function figuresOf(run: FinishedRun): Figures {
  return {
    fellThrough: metricValue(run, 'fell_through') ?? 0,
    fellThroughPer1000: per1000(run, 'all'),
    governmentSpending: metricValue(run, 'gov_spending') ?? 0,
    charitySpending: metricValue(run, 'charity_spending') ?? 0,
  };
}

function medianFigures(each: readonly Figures[]): Figures {
  return Object.fromEntries(FIGURES.map((key) => [key, median(each.map((f) => f[key]))])) as unknown as Figures;
}

/** The answers for one scenario's runs (one per seed). */
export function answersOf(runs: readonly FinishedRun[]): Answers {
  const figures = medianFigures(runs.map(figuresOf));
  const byReason = REASONS.map((reason) => median(runs.map((run) => metricValue(run, `fell_through_${reason}`) ?? 0)));
  const allReasons = byReason.reduce((a, b) => a + b, 0);
  const reasons = REASONS.map((reason, i) => ({ reason, share: allReasons > 0 ? byReason[i]! / allReasons : 0 }))
    .sort((a, b) => b.share - a.share);
  const groups = GROUPS.filter((g) => g !== 'all').map((group) => ({ group, per1000: median(runs.map((run) => per1000(run, group))) }));
  const worstGroup = groups.reduce((worst, g) => (g.per1000 > worst.per1000 ? g : worst));
  return { ...figures, reasons, worstGroup, seeds: runs.length, months: runs[0]?.monthsDone ?? 0 };
}

/** B − A seed by seed, then the median: how much a change moved each figure. */
export function changeOf(runs: readonly FinishedRun[], reference: readonly FinishedRun[]): Figures {
  const pairs = runs.slice(0, reference.length).map((run, r) => {
    const b = figuresOf(run);
    const a = figuresOf(reference[r]!);
    return Object.fromEntries(FIGURES.map((key) => [key, b[key] - a[key]])) as unknown as Figures;
  });
  return medianFigures(pairs);
}
