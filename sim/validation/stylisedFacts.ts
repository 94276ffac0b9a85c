/**
 * The seven stylised facts of sources.md §9 as effects: one number per seed (a paired
 * difference, a ratio per seed) whose sign says whether the fact holds, with the extra margin
 * the engine's few-seed test asks of its mean. Defined once: the report judges each claim by
 * its 95% interval over many seeds, and test/sim/engine/stylisedFacts.test.ts runs the same
 * designs on 3 seeds and asks the mean to clear the margin. Each fact is also shown under
 * every pattern where that is meaningful. Pure (no Node, no DOM).
 */
import type { RunView } from '../calibration/quantities.ts';
import type { Group } from '../engine/groups.ts';
import type { MetricName } from '../engine/metrics.ts';
import { metricSeries, metricValue } from '../engine/metricValue.ts';
import { PATTERNS, type Pattern } from '../scenario/patterns.ts';
import { mean } from '../stats/descriptive.ts';
import { generated, type Design, type Measure, type Overrides, type RunSpec, type Settings } from './experiment.ts';

export interface StylisedFact {
  readonly id: string;
  readonly number: number;
  readonly statement: string;
  /** How the fact is measured, in words. */
  readonly measuredAs: string;
}

export const FACTS: readonly StylisedFact[] = [
  {
    id: 'unseen_by_pattern', number: 1,
    statement: 'Administrative incorporation leaves more needs unseen than social innovation, above all psychosocial and care needs and migrants\' needs.',
    measuredAs: 'Paired differences administrative incorporation − social innovation in needs unmet because unseen: at least 30% of the former\'s level; psychosocial and care at least half of the difference; psychosocial more than medical, education and subsistence together; migrants\' unseen share of their needs higher.',
  },
  {
    id: 'trust_shock', number: 2,
    statement: 'A trust shock cuts charity help most, and for longest, under social innovation.',
    measuredAs: 'Trust shock of 0.2 in month 13: charity help lost (paired, in months of the pre-shock level) from month 13 and from month 31; social innovation must lose more than 1.5 × each other pattern, and more than each from month 31.',
  },
  {
    id: 'grant_cut', number: 3,
    statement: 'A grant cut cuts charity help deeper under policy-driven participation than under the other patterns.',
    measuredAs: 'Grant cut of 80% in month 13: charity help lost (paired, in months of the pre-cut level); policy-driven must lose more than 1.2 × each other pattern.',
  },
  {
    id: 'deep_integration', number: 4,
    statement: 'Deep integration has the least duplication and the quickest help; a wider digital divide erodes its advantage and leaves rural and elderly needs a larger share of the unseen.',
    measuredAs: 'Duplication rate below half of each other pattern\'s and months to help below each other pattern\'s; with digitalRural and digitalElderlyFactor at 0.15, deep integration\'s advantage in unseen needs over administrative incorporation falls and the rural and elderly shares of unseen needs rise.',
  },
  {
    id: 'tacitus', number: 5,
    statement: 'A shock that pushes trust below the Tacitus threshold takes far longer to recover from than one that stops above it.',
    measuredAs: 'Months until public trust is back at 0.55 after a shock of 0.35 (below the threshold) and of 0.15 (above it) in month 13, over 120 months (capped at the horizon); the first must exceed 3 × the second.',
  },
  {
    id: 'visibility_bias', number: 6,
    statement: 'At equal spending, more visibility bias means a lower need satisfaction rate.',
    measuredAs: 'visibilityBias 0.6 against 0, paired: spending of charity organisations (crowdfunding apart) within 10%, need satisfaction rate lower, more needs unmet by mismatch.',
  },
  {
    id: 'disaster', number: 7,
    statement: 'After a mid-year disaster, charities respond at once while government help lags until budgets and approvals catch up.',
    measuredAs: 'Disaster in month 19 (July) hitting 15% at severity 0.8: the extra charity and government help over the next 12 months (paired) is positive, charities give a larger share of theirs in the first 3 months, and at least 30% of government\'s comes after the first 3 months (as approvals come through and a year\'s income falls below the line; temporary assistance, paid at once, has its yearly budget).',
  },
];

// The events and settings the facts are measured under (each fact's measuredAs says them in words).
const TRUST_SHOCK = { month: 13, type: 'trust_shock', magnitude: 0.2 };
const GRANT_CUT = { month: 13, type: 'grant_cut', share: 0.8 };
const DISASTER = { month: 19, type: 'disaster', share: 0.15, severity: 0.8 }; // July of year 2
// Public trust 0.6 → 0.45, above the Tacitus threshold of 0.35, and 0.6 → 0.25, below it.
const SHOCK_ABOVE_THRESHOLD = { month: 13, type: 'trust_shock', magnitude: 0.15 };
const SHOCK_BELOW_THRESHOLD = { month: 13, type: 'trust_shock', magnitude: 0.35 };
const WIDE_DIVIDE = { population: { digitalRural: 0.15, digitalElderlyFactor: 0.15 } };
const DEFAULT_PATTERN: Pattern = 'administrative_incorporation';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

type Get = (name: string) => RunView;

const summary = (run: RunView, metric: MetricName, group: Group = 'all'): number | null => metricValue(run, metric, group);
const series = (run: RunView, metric: MetricName, group: Group = 'all'): number[] | null => {
  const s = metricSeries(run, metric, group);
  return s.length > 0 ? Array.from(s) : null;
};

/** A value from several possibly missing numbers: null if any is missing. */
function all<T extends ReadonlyArray<number | null>>(values: T, f: (...xs: number[]) => number): number | null {
  return values.some((v) => v === null || !Number.isFinite(v)) ? null : f(...(values as unknown as number[]));
}

/**
 * Charity help lost to an event, from series index `from` on: the paired difference in
 * needs served by charities, in months of the pre-event level (area between the curves).
 */
export function charityHelpLost(without: readonly number[], withEvent: readonly number[], from: number): number | null {
  const level = mean(without.slice(0, 12));
  if (!(level > 0)) return null;
  return sum(without.slice(from).map((v, i) => (v - withEvent[from + i]!) / level));
}

/** Months from index 12 until trust is back at `at` (the horizon, counted from 12, if never). */
export function trustRecoveryMonths(trust: readonly number[], at = 0.55): number {
  const back = trust.findIndex((v, i) => i >= 12 && v >= at);
  return back < 0 ? trust.length : back - 12;
}

/** Extra help per month in the 12 months from index 18 (the disaster month), with − without. */
function disasterExtra(get: Get, pattern: Pattern, metric: MetricName): number[] | null {
  const without = series(get(`plain:${pattern}`), metric);
  const withDisaster = series(get(`disaster:${pattern}`), metric);
  if (!without || !withDisaster || withDisaster.length < 30) return null;
  return Array.from({ length: 12 }, (_, i) => withDisaster[18 + i]! - without[18 + i]!);
}

const short = (p: Pattern): string => p.replace(/_/g, ' ');

function runsFor(settings: Settings, long: Settings): Record<string, RunSpec> {
  const runs: Record<string, RunSpec> = {};
  const spec = (overrides: Overrides, s = settings) => generated(s, overrides);
  for (const p of PATTERNS) {
    runs[`plain:${p}`] = spec({ pattern: p });
    runs[`shock:${p}`] = spec({ pattern: p, events: [TRUST_SHOCK] });
    runs[`cut:${p}`] = spec({ pattern: p, events: [GRANT_CUT] });
    runs[`disaster:${p}`] = spec({ pattern: p, events: [DISASTER] });
    runs[`wide:${p}`] = spec({ pattern: p, ...WIDE_DIVIDE });
    runs[`vis0:${p}`] = spec({ pattern: p, charities: { visibilityBias: 0 } });
    runs[`vis6:${p}`] = spec({ pattern: p, charities: { visibilityBias: 0.6 } });
    runs[`above:${p}`] = spec({ pattern: p, events: [SHOCK_ABOVE_THRESHOLD] }, long);
    runs[`below:${p}`] = spec({ pattern: p, events: [SHOCK_BELOW_THRESHOLD] }, long);
  }
  return runs;
}

/** Only the runs a fact's measures read, so that facts evaluated alone run no more than they need. */
function pick(runs: Record<string, RunSpec>, names: readonly string[]): Record<string, RunSpec> {
  return Object.fromEntries(names.map((n) => [n, runs[n]!]));
}
const each = (prefix: string, patterns: readonly Pattern[] = PATTERNS): string[] => patterns.map((p) => `${prefix}:${p}`);

function moreUnseenUnderAdministrativeIncorporation(): Measure[] {
  const admin = 'plain:administrative_incorporation', social = 'plain:social_innovation';
  const gap = (get: Get, metric: MetricName, group: Group = 'all') => all([summary(get(admin), metric, group), summary(get(social), metric, group)], (a, s) => a - s);
  const migrantShare = (run: RunView) => all([summary(run, 'unmet_unseen', 'migrant'), summary(run, 'needs', 'migrant')], (u, n) => u / n);
  return [
    ...PATTERNS.map((p): Measure => ({
      id: `unseen_share:${p}`, pattern: p, label: `needs unmet because unseen ÷ needs, ${short(p)}`, unit: 'share of needs',
      compute: (get) => all([summary(get(`plain:${p}`), 'unmet_unseen'), summary(get(`plain:${p}`), 'needs')], (u, n) => u / n),
    })),
    {
      id: 'more_unseen', claim: true, expect: 1, label: 'unseen: admin − social − 0.3 × admin', unit: 'household-domains',
      compute: (get) => all([gap(get, 'unmet_unseen'), summary(get(admin), 'unmet_unseen')], (g, a) => g - 0.3 * a),
    },
    {
      id: 'psychosocial_and_care', claim: true, expect: 1, label: 'gap in unseen psychosocial + care − 0.5 × gap in all unseen', unit: 'needs',
      compute: (get) => all([gap(get, 'unseen_psychosocial'), gap(get, 'unseen_care'), gap(get, 'unmet_unseen')], (ps, c, u) => ps + c - 0.5 * u),
    },
    {
      id: 'psychosocial_most', claim: true, expect: 1, label: 'gap in unseen psychosocial − gap in medical + education + subsistence', unit: 'households',
      compute: (get) => all([gap(get, 'unseen_psychosocial'), gap(get, 'unseen_medical'), gap(get, 'unseen_education'), gap(get, 'unseen_subsistence')], (ps, m, e, s) => ps - (m + e + s)),
    },
    {
      id: 'migrants', claim: true, expect: 1, margin: 0.1, label: 'migrants\' unseen share of needs: admin − social', unit: 'share',
      compute: (get) => all([migrantShare(get(admin)), migrantShare(get(social))], (a, s) => a - s),
    },
  ];
}

function lostMeasures(kind: 'shock' | 'cut', from: number, idPrefix: string, what: string): Measure[] {
  return PATTERNS.map((p): Measure => ({
    id: `${idPrefix}:${p}`, pattern: p, label: `charity help lost to the ${what}${from > 12 ? ` from month ${from + 1}` : ''}, ${short(p)}`, unit: 'months of pre-event help',
    compute: (get) => {
      const without = series(get(`plain:${p}`), 'served_charity');
      const withEvent = series(get(`${kind}:${p}`), 'served_charity');
      return without && withEvent ? charityHelpLost(without, withEvent, from) : null;
    },
  }));
}

function trustShockCutsSocialInnovationMost(): Measure[] {
  const lost = lostMeasures('shock', 12, 'lost', 'trust shock');
  const late = lostMeasures('shock', 30, 'late_lost', 'trust shock');
  const byId = (ms: Measure[], p: Pattern) => ms.find((m) => m.pattern === p)!;
  const others = PATTERNS.filter((p) => p !== 'social_innovation');
  return [
    ...lost,
    ...late,
    ...others.map((p): Measure => ({
      id: `most_vs_${p}`, claim: true, expect: 1, margin: 0.5, label: `lost: social − 1.5 × ${short(p)}`, unit: 'months of pre-event help',
      compute: (get) => all([byId(lost, 'social_innovation').compute(get), byId(lost, p).compute(get)], (s, o) => s - 1.5 * o),
    })),
    ...others.map((p): Measure => ({
      id: `longest_vs_${p}`, claim: true, expect: 1, manySeedsOnly: true, label: `lost from month 31: social − ${short(p)}`, unit: 'months of pre-event help',
      compute: (get) => all([byId(late, 'social_innovation').compute(get), byId(late, p).compute(get)], (s, o) => s - o),
    })),
  ];
}

function grantCutCutsPolicyDrivenDeepest(): Measure[] {
  const lost = lostMeasures('cut', 12, 'lost', 'grant cut');
  const policy = lost.find((m) => m.pattern === 'policy_driven')!;
  return [
    ...lost,
    ...PATTERNS.filter((p) => p !== 'policy_driven').map((p): Measure => ({
      id: `deeper_vs_${p}`, claim: true, expect: 1, margin: 0.5, label: `lost: policy-driven − 1.2 × ${short(p)}`, unit: 'months of pre-event help',
      compute: (get) => all([policy.compute(get), lost.find((m) => m.pattern === p)!.compute(get)], (pd, o) => pd - 1.2 * o),
    })),
  ];
}

function deepIntegrationLeastDuplicatedAndQuickest(): Measure[] {
  const deep = 'plain:deep_integration', admin = 'plain:administrative_incorporation';
  const deepWide = 'wide:deep_integration', adminWide = 'wide:administrative_incorporation';
  const others = PATTERNS.filter((p) => p !== 'deep_integration');
  const advantage = (get: Get, d: string, a: string) => all([summary(get(d), 'unmet_unseen'), summary(get(a), 'unmet_unseen')], (x, y) => 1 - x / y);
  const share = (run: RunView, group: Group) => all([summary(run, 'unmet_unseen', group), summary(run, 'unmet_unseen')], (g, t) => g / t);
  return [
    ...PATTERNS.map((p): Measure => ({ id: `duplication:${p}`, pattern: p, label: `duplication rate, ${short(p)}`, unit: 'share', compute: (get) => summary(get(`plain:${p}`), 'duplication_rate') })),
    ...PATTERNS.map((p): Measure => ({ id: `months_to_help:${p}`, pattern: p, label: `months to help, ${short(p)}`, unit: 'months', compute: (get) => summary(get(`plain:${p}`), 'months_to_help') })),
    ...others.map((p): Measure => ({
      // De-duplication should remove most of it: deep integration's rate below half the other's.
      id: `least_duplication_vs_${p}`, claim: true, expect: 1, label: `duplication: ${short(p)} − 2 × deep`, unit: 'share',
      compute: (get) => all([summary(get(`plain:${p}`), 'duplication_rate'), summary(get(deep), 'duplication_rate')], (o, d) => o - 2 * d),
    })),
    ...others.map((p): Measure => ({
      id: `quickest_vs_${p}`, claim: true, expect: 1, margin: 0.3, label: `months to help: ${short(p)} − deep`, unit: 'months',
      compute: (get) => all([summary(get(`plain:${p}`), 'months_to_help'), summary(get(deep), 'months_to_help')], (o, d) => o - d),
    })),
    {
      id: 'advantage_eroded', claim: true, expect: 1, label: 'advantage over admin in unseen (1 − deep ÷ admin): default − wide divide', unit: 'share',
      compute: (get) => all([advantage(get, deep, admin), advantage(get, deepWide, adminWide)], (a, w) => a - w),
    },
    {
      id: 'rural_share', claim: true, expect: 1, margin: 0.01, label: 'rural share of deep integration\'s unseen: wide − default', unit: 'share',
      compute: (get) => all([share(get(deepWide), 'rural'), share(get(deep), 'rural')], (w, d) => w - d),
    },
    {
      id: 'elderly_share', claim: true, expect: 1, margin: 0.005, label: 'elderly share of deep integration\'s unseen: wide − default', unit: 'share',
      compute: (get) => all([share(get(deepWide), 'elderly'), share(get(deep), 'elderly')], (w, d) => w - d),
    },
  ];
}

function belowTacitusThresholdRecoversSlower(): Measure[] {
  const recovery = (run: RunView) => {
    const trust = series(run, 'public_trust');
    return trust ? trustRecoveryMonths(trust) : null;
  };
  return [
    ...PATTERNS.map((p): Measure => ({ id: `recovery_below:${p}`, pattern: p, label: `months to recover from a shock below the threshold, ${short(p)}`, unit: 'months', compute: (get) => recovery(get(`below:${p}`)) })),
    ...PATTERNS.map((p): Measure => ({ id: `recovery_above:${p}`, pattern: p, label: `months to recover from a shock above the threshold, ${short(p)}`, unit: 'months', compute: (get) => recovery(get(`above:${p}`)) })),
    ...PATTERNS.map((p): Measure => ({
      id: `slower:${p}`, pattern: p, claim: p === DEFAULT_PATTERN, expect: 1, label: `recovery below − 3 × above, ${short(p)}`, unit: 'months',
      compute: (get) => all([recovery(get(`below:${p}`)), recovery(get(`above:${p}`))], (b, a) => b - 3 * a),
    })),
  ];
}

function visibilityBiasLowersSatisfaction(): Measure[] {
  const at = (get: Get, bias: 0 | 6, p: Pattern, metric: MetricName) => summary(get(`vis${bias}:${p}`), metric);
  const p = DEFAULT_PATTERN;
  return [
    ...PATTERNS.map((q): Measure => ({
      id: `satisfaction:${q}`, pattern: q, expect: -1, label: `need satisfaction rate: bias 0.6 − bias 0, ${short(q)}`, unit: 'share',
      compute: (get) => all([at(get, 6, q, 'need_satisfaction_rate'), at(get, 0, q, 'need_satisfaction_rate')], (hi, lo) => hi - lo),
    })),
    {
      id: 'equal_spending', claim: true, within: 0.1, label: 'spending of charity organisations (crowdfunding apart): bias 0.6 ÷ bias 0 − 1, within ±0.1', unit: 'share',
      compute: (get) => all([at(get, 6, p, 'organisation_spending'), at(get, 0, p, 'organisation_spending')], (hi, lo) => hi / lo - 1),
    },
    {
      id: 'lower_satisfaction', claim: true, expect: 1, margin: 0.003, label: 'need satisfaction rate: bias 0 − bias 0.6', unit: 'share',
      compute: (get) => all([at(get, 0, p, 'need_satisfaction_rate'), at(get, 6, p, 'need_satisfaction_rate')], (lo, hi) => lo - hi),
    },
    {
      id: 'more_mismatch', claim: true, expect: 1, label: 'needs unmet by mismatch: bias 0.6 − bias 0', unit: 'household-domains',
      compute: (get) => all([at(get, 6, p, 'unmet_mismatch'), at(get, 0, p, 'unmet_mismatch')], (hi, lo) => hi - lo),
    },
  ];
}

function charitiesRespondFirstAfterDisaster(): Measure[] {
  const early = (xs: number[]) => sum(xs.slice(0, 3)) / sum(xs);
  return PATTERNS.flatMap((p): Measure[] => [
    {
      id: `charity_responds:${p}`, pattern: p, claim: true, expect: 1, label: `extra charity help in 12 months, ${short(p)}`, unit: 'need-months',
      compute: (get) => { const c = disasterExtra(get, p, 'served_charity'); return c ? sum(c) : null; },
    },
    {
      id: `government_responds:${p}`, pattern: p, claim: true, expect: 1, label: `extra government help in 12 months, ${short(p)}`, unit: 'need-months',
      compute: (get) => { const g = disasterExtra(get, p, 'served_gov'); return g ? sum(g) : null; },
    },
    {
      id: `charity_first:${p}`, pattern: p, claim: true, expect: 1, margin: 0.3, label: `share in the first 3 months: charity − government, ${short(p)}`, unit: 'share',
      compute: (get) => {
        const c = disasterExtra(get, p, 'served_charity'), g = disasterExtra(get, p, 'served_gov');
        return c && g ? early(c) - early(g) : null;
      },
    },
    {
      id: `government_catches_up:${p}`, pattern: p, claim: true, expect: 1, label: `government's extra help after the 3rd month − 0.3 × all of it, ${short(p)}`, unit: 'need-months',
      compute: (get) => { const g = disasterExtra(get, p, 'served_gov'); return g ? sum(g.slice(3)) - 0.3 * sum(g) : null; },
    },
  ]);
}

const MEASURES: Record<string, () => Measure[]> = {
  unseen_by_pattern: moreUnseenUnderAdministrativeIncorporation,
  trust_shock: trustShockCutsSocialInnovationMost,
  grant_cut: grantCutCutsPolicyDrivenDeepest,
  deep_integration: deepIntegrationLeastDuplicatedAndQuickest,
  tacitus: belowTacitusThresholdRecoversSlower,
  visibility_bias: visibilityBiasLowersSatisfaction,
  disaster: charitiesRespondFirstAfterDisaster,
};

/** The runs each fact reads. */
const RUNS: Record<string, string[]> = {
  unseen_by_pattern: each('plain'),
  trust_shock: [...each('plain'), ...each('shock')],
  grant_cut: [...each('plain'), ...each('cut')],
  deep_integration: [...each('plain'), 'wide:deep_integration', 'wide:administrative_incorporation'],
  tacitus: [...each('above'), ...each('below')],
  visibility_bias: [...each('vis0'), ...each('vis6')],
  disaster: [...each('plain'), ...each('disaster')],
};

/**
 * Each fact as a design. `settings` are used for every run except the trust-recovery runs
 * of fact 5, which use `longSettings` (the engine test: 120 months).
 */
export function factDesigns(settings: Settings, longSettings: Settings = { ...settings, months: 120 }, facts: readonly StylisedFact[] = FACTS): Design[] {
  const runs = runsFor(settings, longSettings);
  return facts.map((fact) => ({ id: `fact:${fact.id}`, runs: pick(runs, RUNS[fact.id]!), measures: MEASURES[fact.id]!() }));
}
