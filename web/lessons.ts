/**
 * A guided sequence for a class. Each step loads a ready scenario and asks the class to
 * predict before it runs (PhET's and explorable explanations' predict-then-reveal); the
 * reveal runs it, points at the chart that shows the lesson, and states what this run
 * shows: every claim is computed from the run, never fixed text the data could contradict.
 * Texts live in i18n: lesson.<key>.title, .text (the set-up), .question, .option.<option>
 * and .finding (placeholders filled from the run).
 */
import { GROUPS, type Group } from '../sim/engine/groups.ts';
import type { MetricName } from '../sim/engine/metrics.ts';
import { metricSeries, metricValue } from '../sim/engine/metricValue.ts';
import { REASONS } from '../sim/engine/reasons.ts';
import { median } from '../sim/stats/descriptive.ts';
import type { FinishedRun } from './engineClient.ts';

/** What a reveal states: the right option, and the numbers its finding quotes. */
export interface Reveal {
  readonly answer: string;
  readonly values: Readonly<Record<string, number | string>>;
}

export interface Lesson {
  readonly key: string;
  /** Ready scenario file (scenarios/...). */
  readonly scenario: string;
  /** The chart card that shows the lesson (data-chart id). */
  readonly chart: string;
  /** The choices the class predicts between. */
  readonly options: readonly string[];
  /** From the finished runs (one per seed) of scenario `raw`: the right option and the finding's numbers. */
  readonly reveal: (runs: readonly FinishedRun[], raw: Readonly<Record<string, unknown>>) => Reveal;
}

/** How sure the class is of its prediction. */
export const CONFIDENCE = ['sure', 'fairly_sure', 'guessing'] as const;

/** A run-summary value (a rate over the whole run is the ratio of its totals), 0 where undefined. */
const summary = (run: FinishedRun, name: MetricName, group: Group = 'all'): number => metricValue(run, name, group) ?? 0;
const overSeeds = (runs: readonly FinishedRun[], f: (run: FinishedRun) => number): number => median(runs.map(f));

/** The largest reason needs went unmet, and its share of unmet needs. */
export function topUnmetReason(runs: readonly FinishedRun[]): { reason: string; share: number } {
  const totals = REASONS.map((r) => overSeeds(runs, (run) => summary(run, `unmet_${r}`)));
  const all = totals.reduce((a, b) => a + b, 0);
  const top = totals.indexOf(Math.max(...totals));
  return { reason: REASONS[top]!, share: all > 0 ? totals[top]! / all : 0 };
}

/** Unmet needs per 1,000 households of each group (the group panels' measure), worst first. */
export function unmetByGroup(runs: readonly FinishedRun[]): Array<{ group: string; per1000: number }> {
  return GROUPS.filter((g) => g !== 'all').map((g) => ({
    group: g,
    per1000: overSeeds(runs, (run) => {
      const households = summary(run, 'households', g);
      return households > 0 ? (1000 * REASONS.reduce((sum, r) => sum + summary(run, `unmet_${r}`, g), 0)) / households : 0;
    }),
  })).sort((a, b) => b.per1000 - a.per1000);
}

/** The option (a range of shares, e.g. "10to25") a share falls in. */
function rangeOf(share: number, bounds: readonly number[], names: readonly string[]): string {
  const i = bounds.findIndex((bound) => share < bound);
  return names[i < 0 ? names.length - 1 : i]!;
}

/** The month of the scenario's first trust shock (the scandal). */
function shockMonth(raw: Readonly<Record<string, unknown>>): number {
  const events = Array.isArray(raw.events) ? (raw.events as Array<{ type: string; month: number }>) : [];
  return events.find((e) => e.type === 'trust_shock')?.month ?? 1;
}

const UNMET_OPTIONS = ['unseen', 'ineligible', 'no_capacity', 'declined'] as const;

export const LESSONS: readonly Lesson[] = [
  {
    key: 'governmentAlone', scenario: 'scenarios/government_alone.json', chart: 'reasons', options: UNMET_OPTIONS,
    reveal: (runs) => {
      const top = topUnmetReason(runs);
      return { answer: top.reason, values: { reason: top.reason, share: top.share, coverage: overSeeds(runs, (run) => summary(run, 'service_coverage_rate')) } };
    },
  },
  {
    key: 'communityJoins', scenario: 'scenarios/social_innovation.json', chart: 'reasons', options: ['under10', '10to25', 'over25'],
    reveal: (runs) => {
      const charity = overSeeds(runs, (run) => summary(run, 'charity_coverage_rate'));
      const top = topUnmetReason(runs);
      return { answer: rangeOf(charity, [0.1, 0.25], ['under10', '10to25', 'over25']), values: { charity, reason: top.reason, share: top.share } };
    },
  },
  {
    key: 'scandal', scenario: 'scenarios/scandal_below_tacitus.json', chart: 'trust', options: ['yes', 'no'],
    reveal: (runs, raw) => {
      const month = shockMonth(raw);
      const trust = (run: FinishedRun, i: number) => metricSeries(run, 'public_trust')[i]!;
      const before = overSeeds(runs, (run) => trust(run, Math.max(0, month - 2)));
      const lowest = overSeeds(runs, (run) => Math.min(...Array.from({ length: run.monthsDone }, (_, i) => trust(run, i))));
      const end = overSeeds(runs, (run) => trust(run, run.monthsDone - 1));
      const window = (run: FinishedRun, from: number) => {
        const values = metricSeries(run, 'charity_donations');
        let sum = 0;
        for (let i = Math.max(0, from); i < Math.min(run.monthsDone, from + 12); i++) sum += values[i]!;
        return sum;
      };
      const donations = overSeeds(runs, (run) => window(run, month - 1) / Math.max(1, window(run, month - 13)) - 1);
      // "Back where it started": within half a percentage point of trust before the shock.
      return { answer: end >= before - 0.005 ? 'yes' : 'no', values: { month, before, lowest, end, donations } };
    },
  },
  {
    key: 'dataShared', scenario: 'scenarios/deep_integration.json', chart: 'indicators', options: ['under50', '50to75', 'over75'],
    reveal: (runs) => {
      const covered = overSeeds(runs, (run) => summary(run, 'service_coverage_rate'));
      const duplication = overSeeds(runs, (run) => summary(run, 'duplication_rate'));
      return { answer: rangeOf(covered, [0.5, 0.75], ['under50', '50to75', 'over75']), values: { coverage: covered, duplication } };
    },
  },
  {
    key: 'digitalDivide', scenario: 'scenarios/rural_digital_divide.json', chart: 'groups', options: GROUPS.filter((g) => g !== 'all'),
    reveal: (runs) => {
      const groups = unmetByGroup(runs);
      const of = (g: string) => groups.find((x) => x.group === g)!.per1000;
      return { answer: groups[0]!.group, values: { group: groups[0]!.group, worst: groups[0]!.per1000, rural: of('rural'), urban: of('urban'), offline: of('digitally_excluded') } };
    },
  },
];
