/**
 * Face-validity checks of levers, declared once as data: what is changed (scenario overrides for a
 * low and a high setting, on a common base), which metrics should move, and in which
 * direction. Each is a paired comparison: the same seed, so the same households and shocks,
 * under the low and the high setting. Pure (no Node, no DOM).
 */
import type { Group } from '../engine/groups.ts';
import type { MetricName } from '../engine/metrics.ts';
import { metricValue } from '../engine/metricValue.ts';
import { mergeDeep } from '../scenario/compose.ts';
import { setPath } from '../common/plainData.ts';
import { PARAMETER_BY_PATH } from '../scenario/parameters.ts';
import { generated, type Design, type Measure, type Overrides, type Settings } from './experiment.ts';

export interface LeverMetric {
  readonly metric: MetricName;
  readonly group?: Group;
  /**
   * "difference": high − low must have the sign `expect`.
   * "unchanged": high ÷ low − 1 must stay within ±`within` (a condition of the comparison, e.g. equal spending).
   */
  readonly kind: 'difference' | 'unchanged';
  readonly expect?: 1 | -1;
  readonly within?: number;
}

/** A face-validity check of a lever (a policy lever as the CLI ranks them is experiment/levers.ts' Lever). */
export interface LeverCheck {
  readonly id: string;
  /** The expectation in words: "X up → Y". */
  readonly claim: string;
  /** What is changed, in words. */
  readonly change: string;
  /** Overrides both settings share (e.g. scarce caseworkers, so that more of them bind). */
  readonly base: Overrides;
  readonly low: Overrides;
  readonly high: Overrides;
  readonly metrics: readonly LeverMetric[];
}

/** The default of a numeric parameter, by dotted path. */
export function defaultOf(path: string): number {
  const param = PARAMETER_BY_PATH.get(path);
  if (!param || typeof param.default !== 'number') throw new Error(`${path} is not a numeric parameter`);
  return param.default;
}

/** Overrides setting each path to its default × factor. */
export function scaled(paths: readonly string[], factor: number): Overrides {
  return paths.reduce<Overrides>((raw, path) => setPath(raw, path, defaultOf(path) * factor), {});
}

/** Overrides setting each path to one value. */
export function allAt(paths: readonly string[], value: number): Overrides {
  return paths.reduce<Overrides>((raw, path) => setPath(raw, path, value), {});
}

const LINES = ['government.dibao.lineUrban', 'government.dibao.lineRural'];
/** The discretionary budgets: the entitlements (dibao, 特困, medical and education assistance) pay every approved case. */
const BUDGETS = ['government.temporary.budgetPerHousehold', 'government.services.budgetPerHousehold', 'government.employment.budgetPerHousehold'];
const CASEWORKERS = ['government.caseworkersPer10k'];
const DATA_SHARING = ['income', 'health', 'education', 'disability', 'employment'].map((d) => `government.dataSharing.${d}`);
const DONATIONS = ['charities.community.donationsPerYear', 'charities.foundation.donationsPerYear'];

/** The headline: households fallen through the gaps must move the way the lever's claim says. */
const fellThrough = (expect: 1 | -1): LeverMetric => ({ metric: 'fell_through', kind: 'difference', expect });

export const LEVER_CHECKS: readonly LeverCheck[] = [
  {
    id: 'dibao_line',
    claim: 'dibao line up → more recipients, less poverty against the fixed minimum living cost, fewer households fallen through',
    change: 'government.dibao.lineUrban and lineRural × 1.2',
    base: {}, low: {}, high: scaled(LINES, 1.2),
    metrics: [
      fellThrough(-1),
      { metric: 'dibao_households', kind: 'difference', expect: 1 },
      { metric: 'poverty_headcount', kind: 'difference', expect: -1 },
    ],
  },
  {
    id: 'caseworkers',
    claim: 'caseworkers up where they bind → less waiting, fewer households fallen through',
    change: 'government.caseworkersPer10k × 2, from a quarter of the default (at the default the queue does not bind)',
    base: scaled(CASEWORKERS, 0.25), low: {}, high: scaled(CASEWORKERS, 0.5),
    metrics: [fellThrough(-1), { metric: 'unmet_waiting', kind: 'difference', expect: -1 }],
  },
  {
    id: 'government_budgets',
    claim: 'government budgets up where they bind → fewer needs unmet because a government budget ran out, fewer households fallen through',
    change: 'government.temporary, services and employment budgetPerHousehold × 2, from a quarter of the default (at the default they do not bind)',
    base: scaled(BUDGETS, 0.25), low: {}, high: scaled(BUDGETS, 0.5),
    metrics: [fellThrough(-1), { metric: 'unmet_no_capacity_government', kind: 'difference', expect: -1 }],
  },
  {
    id: 'data_sharing',
    claim: 'data sharing up → fewer needs unseen, fewer households fallen through',
    change: 'every government.dataSharing.* from its default (the pattern\'s 0.4; income 0.3) to 0.9',
    base: {}, low: {}, high: allAt(DATA_SHARING, 0.9),
    metrics: [fellThrough(-1), { metric: 'unmet_unseen', kind: 'difference', expect: -1 }],
  },
  {
    id: 'outreach',
    claim: 'community outreach up → fewer needs unseen, fewer households fallen through',
    change: 'charities.community.reach × 2',
    base: {}, low: {}, high: scaled(['charities.community.reach'], 2),
    metrics: [fellThrough(-1), { metric: 'unmet_unseen', kind: 'difference', expect: -1 }],
  },
  {
    id: 'digital_divide',
    claim: 'digital divide wider → more needs unmet for digital exclusion, more households fallen through',
    change: 'population.digitalRural and digitalElderlyFactor from their defaults down to 0.3',
    base: {}, low: {}, high: allAt(['population.digitalRural', 'population.digitalElderlyFactor'], 0.3),
    metrics: [fellThrough(1), { metric: 'unmet_digitally_excluded', kind: 'difference', expect: 1 }],
  },
  {
    id: 'charity_money',
    claim: 'charity money up → more charity help, fewer households fallen through',
    change: 'charities.community and foundation donationsPerYear × 2',
    base: {}, low: {}, high: scaled(DONATIONS, 2),
    metrics: [fellThrough(-1), { metric: 'served_charity', kind: 'difference', expect: 1 }],
  },
  {
    id: 'trust',
    claim: 'public trust up → more donations, fewer households fallen through',
    change: 'trust.baseline from its default 0.6 to 0.75',
    base: {}, low: {}, high: allAt(['trust.baseline'], 0.75),
    metrics: [fellThrough(-1), { metric: 'charity_donations', kind: 'difference', expect: 1 }],
  },
  {
    id: 'visibility_bias',
    claim: 'visibility bias up, at equal spending of charity organisations → lower need satisfaction',
    change: 'charities.visibilityBias from 0 to 0.6',
    base: {}, low: allAt(['charities.visibilityBias'], 0), high: allAt(['charities.visibilityBias'], 0.6),
    metrics: [
      { metric: 'need_satisfaction_rate', kind: 'difference', expect: -1 },
      { metric: 'organisation_spending', kind: 'unchanged', within: 0.1 },
    ],
  },
];

export const leverMetricId = (m: LeverMetric): string => `${m.kind === 'unchanged' ? 'unchanged:' : ''}${m.metric}${m.group && m.group !== 'all' ? `@${m.group}` : ''}`;

export function leverMeasure(m: LeverMetric): Measure {
  const read = (run: Parameters<Measure['compute']>[0], name: string) => metricValue(run(name), m.metric, m.group);
  if (m.kind === 'unchanged') {
    const within = m.within ?? 0.1;
    return {
      id: leverMetricId(m), label: `${m.metric}: high ÷ low − 1, within ±${within}`, unit: 'share', within, claim: true,
      compute: (run) => {
        const low = read(run, 'low'), high = read(run, 'high');
        return low === null || high === null || low === 0 ? null : high / low - 1;
      },
    };
  }
  return {
    id: leverMetricId(m), label: `${m.metric}${m.group && m.group !== 'all' ? ` (${m.group})` : ''}: high − low`, unit: 'metric units', expect: m.expect ?? 1, claim: true,
    compute: (run) => {
      const low = read(run, 'low'), high = read(run, 'high');
      return low === null || high === null ? null : high - low;
    },
  };
}

/** Each check as a design: runs "low" and "high" on the lever's base, one measure per metric; `kind` prefixes the design's id. */
export function leverDesigns(settings: Settings, checks: readonly LeverCheck[] = LEVER_CHECKS, kind = 'lever'): Design[] {
  return checks.map((check) => ({
    id: `${kind}:${check.id}`,
    runs: {
      low: generated(settings, mergeDeep(check.base, check.low)),
      high: generated(settings, mergeDeep(check.base, check.high)),
    },
    measures: [...check.metrics.map(leverMeasure), ...check.metrics.filter((m) => m.kind === 'difference').map(leverLowMeasure)],
  }));
}

/** The low value of a lever's metric (for expressing an effect relative to it), from the same samples. */
export function leverLowMeasure(m: LeverMetric): Measure {
  return {
    id: `low:${leverMetricId(m)}`, label: `${m.metric} at the low setting`, unit: 'metric units',
    compute: (run) => metricValue(run('low'), m.metric, m.group),
  };
}
