/**
 * Which policy lever closes most of the gap per yuan. Each lever raises one setting by a
 * stated step; on every seed the raised scenario is paired with the unchanged one (the
 * same households meeting the same shocks), and the lever's effect is the change in
 * households fallen through per 10,000 yuan of extra cost — aid, help and administration
 * (total_spending) — the ratio of the mean paired differences, with a 95% interval by the
 * delta method. A lever that does not clearly change what assistance costs gets no ratio,
 * and the reason (its effect on the gap is still given). The paper's paths
 * (paths.ts) are ranked the same way.
 * Pure (no Node, no DOM).
 */
import { closest } from '../common/closest.ts';
import { GROUPS, type Group } from '../engine/groups.ts';
import type { MetricName } from '../engine/metrics.ts';
import { metricValue } from '../engine/metricValue.ts';
import { getPath, setPath } from '../common/plainData.ts';
import { PARAMETER_BY_PATH } from '../scenario/parameters.ts';
import { pairedDifferences } from '../stats/pairedDifferences.ts';
import { ratioInterval } from '../stats/ratioInterval.ts';
import { AnalysisError } from './analysisError.ts';
import type { RunSummary } from './compareRuns.ts';
import { comparePaired, type PairedComparison } from './paired.ts';

export interface Lever {
  /** A dotted scenario path (docs/parameters.md). */
  readonly path: string;
  /** How much it is raised, in the parameter's unit. */
  readonly step: number;
}

/**
 * The declared levers: the money, the people and the connections a county can add. Each
 * costs what it costs (docs/MODEL.md "What levers cost"): aid through the spending it pays,
 * staff, data links, the prediction system, hubs and joint assessment through government's
 * administration (sim/engine/administration.ts), so each gets a ratio, or a note saying why not.
 */
export const LEVERS: readonly Lever[] = [
  { path: 'government.dibao.lineRural', step: 50 },
  { path: 'government.dibao.lineUrban', step: 50 },
  { path: 'government.services.budgetPerHousehold', step: 20 },
  { path: 'government.employment.budgetPerHousehold', step: 20 },
  { path: 'government.temporary.budgetPerHousehold', step: 20 },
  { path: 'government.caseworkersPer10k', step: 2 },
  { path: 'government.socialWorkers.per10k', step: 1 },
  { path: 'government.dataSharing.income', step: 0.2 },
  { path: 'government.dataSharing.health', step: 0.2 },
  { path: 'government.dataSharing.education', step: 0.2 },
  { path: 'government.dataSharing.disability', step: 0.2 },
  { path: 'government.dataSharing.employment', step: 0.2 },
  { path: 'collaboration.needPrediction', step: 0.3 },
  { path: 'collaboration.jointAssessment', step: 0.5 },
  { path: 'charities.grantsPerHousehold', step: 20 },
  { path: 'charities.hub.count', step: 1 },
  { path: 'charities.community.perTenThousand', step: 1 },
  { path: 'charities.foundation.perTenThousand', step: 0.5 },
];

/** Yuan the effect is given per. */
export const PER_YUAN = 10_000;

/** `path=step`, as the CLI's --lever takes it; the path must be a number parameter. */
export function parseLever(text: string): Lever {
  const eq = text.indexOf('=');
  const path = text.slice(0, eq).trim();
  const step = Number(text.slice(eq + 1));
  const param = PARAMETER_BY_PATH.get(path);
  if (eq < 0 || !param) {
    const hint = closest(path, [...PARAMETER_BY_PATH.keys()]);
    throw new AnalysisError(`--lever: ${JSON.stringify(text)} is not path=step for a parameter${hint ? ` (did you mean "${hint}"?)` : ''}; expected e.g. government.dibao.lineRural=50`);
  }
  if (!Number.isFinite(step) || step === 0 || text.slice(eq + 1).trim() === '') throw new AnalysisError(`--lever ${path}: step ${JSON.stringify(text.slice(eq + 1))} is not a number other than 0; expected e.g. ${path}=${param.kind === 'integer' ? 1 : 0.1}`);
  if (param.kind === 'integer' && !Number.isInteger(step)) throw new AnalysisError(`--lever ${path}: step ${step} is not whole; expected a whole number (the parameter counts ${param.unit})`);
  return { path, step };
}

/**
 * The raw scenario with the lever raised from its resolved value (`resolved` is the base
 * scenario validated, so a default or a pattern's preset counts); refused past the
 * parameter's declared bounds.
 */
export function raised(raw: Record<string, unknown>, resolved: Record<string, unknown>, lever: Lever): Record<string, unknown> {
  const param = PARAMETER_BY_PATH.get(lever.path)!;
  const from = Number(getPath(resolved, lever.path));
  const to = from + lever.step;
  if ((param.max !== undefined && to > param.max) || (param.min !== undefined && to < param.min)) {
    throw new AnalysisError(`lever ${lever.path}: ${from} + ${lever.step} = ${to} is outside the parameter's bounds; expected ${param.min ?? '−∞'} to ${param.max ?? '∞'} (${param.unit})`);
  }
  return setPath(raw, lever.path, Math.round(to * 1e9) / 1e9);
}

/**
 * What a change to a scenario — a lever raised, one of the paper's paths — does for one group:
 * the change in households fallen through against the change in what assistance costs.
 */
export interface CostEffect {
  readonly group: string;
  /** Change in households fallen through (monthly mean), B − A, paired over seeds. */
  readonly fellThrough: PairedComparison;
  /** Change in total_spending — aid, help and administration, county-wide — over the run (yuan), B − A. */
  readonly spending: PairedComparison;
  /** Households fallen through per PER_YUAN yuan of extra spending, and its 95% interval; null when a ratio would mislead (see note). */
  readonly perYuan: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /**
   * Why there is no ratio, when there is none. A change that clearly closes the gap without
   * clearly costing more dominates every change that costs more: it closes the gap and saves
   * money, or closes it at no clear extra cost (more is found and met with the same money, or
   * its extra cost is lost in the noise of aid spending). Otherwise: spending the same on
   * every seed, changed with an interval that holds zero (no clear change to divide by), or
   * clearly lower (money saved, at no clear gain: dividing would rank a cut as a gain).
   */
  readonly note?: CostNote;
}

export const COST_NOTES = ['closes_gap_saves_money', 'closes_gap_no_clear_cost', 'spending_unchanged', 'spending_unclear', 'saves_money'] as const;
export type CostNote = (typeof COST_NOTES)[number];

export interface LeverEffect extends CostEffect {
  readonly path: string;
  readonly step: number;
}

const value = (run: RunSummary, name: MetricName, group: Group = 'all'): number => metricValue(run, name, group) ?? NaN;
/** What a change costs: everything the county's assistance costs, aid and administration (metrics.ts total_spending). */
const spendingOf = (run: RunSummary): number => value(run, 'total_spending');

/**
 * A change's effects, overall and by group, from its runs paired seed by seed with the
 * base's; `what` names the change in messages.
 */
export function costEffects(what: string, base: readonly RunSummary[], changed: readonly RunSummary[]): CostEffect[] {
  if (base.length !== changed.length || base.length < 2) {
    throw new AnalysisError(`${what}: ${changed.length} changed runs against ${base.length} base runs; expected the same seeds, at least 2, for an interval`);
  }
  const spending = comparePaired(base.map(spendingOf), changed.map(spendingOf), { what: `${what}: spending` });
  const spent = pairedDifferences(base.map(spendingOf), changed.map(spendingOf));
  const costsMore = spending.low > 0;
  const savesMoney = spending.high < 0;
  return GROUPS.map((group) => {
    const fellA = base.map((run) => value(run, 'fell_through', group));
    const fellB = changed.map((run) => value(run, 'fell_through', group));
    const fellThrough = comparePaired(fellA, fellB, { what: `${what}: fell_through (${group})` });
    const common = { group, fellThrough, spending };
    const note: CostNote | undefined = fellThrough.high < 0 && !costsMore ? (savesMoney ? 'closes_gap_saves_money' : 'closes_gap_no_clear_cost')
      : costsMore ? undefined
      : spent.every((d) => d === 0) ? 'spending_unchanged' : savesMoney ? 'saves_money' : 'spending_unclear';
    if (note) return { ...common, perYuan: null, low: null, high: null, note };
    const ratio = ratioInterval(pairedDifferences(fellA, fellB), spent);
    return { ...common, perYuan: ratio.value * PER_YUAN, low: ratio.low * PER_YUAN, high: ratio.high * PER_YUAN };
  });
}

/**
 * A change tried on a scenario — a lever raised, or one of the paper's paths taken: its key
 * (the lever's path=step, the path's id), the raw scenario it runs, and how its effects are
 * read from its runs paired with the base's. `gapsim levers` and the page rank these.
 */
export interface Change {
  readonly key: string;
  readonly raw: Record<string, unknown>;
  readonly effects: (base: readonly RunSummary[], changed: readonly RunSummary[]) => CostEffect[];
}

/** The lever raised on the raw scenario from its resolved value (see raised). */
export const leverChange = (raw: Record<string, unknown>, resolved: Record<string, unknown>, lever: Lever): Change =>
  ({ key: `${lever.path}=${lever.step}`, raw: raised(raw, resolved, lever), effects: (a, b) => leverEffects(lever, a, b) });

/** A lever's effects, overall and by group, from its runs paired seed by seed with the base's. */
export function leverEffects(lever: Lever, base: readonly RunSummary[], raisedRuns: readonly RunSummary[]): LeverEffect[] {
  return costEffects(`lever ${lever.path}`, base, raisedRuns).map((e) => ({ path: lever.path, step: lever.step, ...e }));
}

/**
 * Where a change stands in a ranking: what closes the gap without clearly costing more (0),
 * what buys a smaller gap with more money (1), what has no ratio and does not clearly close
 * the gap (2), and last what costs more for no gain or a wider gap (3): spending money for
 * nothing is worse than doing nothing for free.
 */
function standing(e: CostEffect): number {
  if (e.note === 'closes_gap_saves_money' || e.note === 'closes_gap_no_clear_cost') return 0;
  if (e.perYuan === null) return 2;
  return e.perYuan < 0 ? 1 : 3;
}

/**
 * Changes for one group, best first: those that clearly close the gap without clearly
 * costing more (most gap closed first), then those that cost more by households fallen
 * through per yuan (most gap closed per yuan first), then those with no ratio by their
 * effect on the gap, then those that cost more and close nothing.
 */
export function rankByCost<T extends CostEffect>(effects: readonly T[], group = 'all'): T[] {
  const hasRatio = (e: CostEffect) => standing(e) === 1 || standing(e) === 3;
  return effects.filter((e) => e.group === group).sort((a, b) =>
    standing(a) - standing(b) || (hasRatio(a) ? a.perYuan! - b.perYuan! : 0) || a.fellThrough.meanDifference - b.fellThrough.meanDifference);
}
