/**
 * From runs to chart specs: which metrics each chart shows, banded over seeds, with
 * translated labels and a title that states what the data show.
 */
import { format } from 'd3';
import { GROUPS, type Group } from '../sim/engine/groups.ts';
import type { MetricName } from '../sim/engine/metrics.ts';
import { groupIndex, metricIndex, metricOf, metricSeries } from '../sim/engine/metricValue.ts';
import { REASONS } from '../sim/engine/reasons.ts';
import type { ScenarioEvent } from '../sim/scenario/events.ts';
import { mean } from '../sim/stats/descriptive.ts';
import { keptBand, meanDifferenceBand } from './bands.ts';
import { colorAt, inkAt } from './charts/palette.ts';
import type { ChartEvent, ChartSeries, ChartSpec } from './charts/types.ts';
import type { ChartWords } from './charts/words.ts';
import type { RunHandle } from './engineClient.ts';
import { t } from './i18n/index.ts';
import { metricLabel, metricUnitLabel } from './i18n/metricTexts.ts';
import { decapitalise } from './format.ts';
import { getPath } from './state.ts';
import { PARAMETER_BY_PATH } from '../sim/scenario/parameters.ts';


/** Months every run has finished: their values no longer change. */
const settledMonths = (runs: readonly RunHandle[]): number => (runs.length ? Math.min(...runs.map((r) => r.monthsDone)) : 0);

/**
 * The banded series of one metric for one group over the runs (seeds) of a scenario. Kept
 * for the same runs between calls, so each redraw while a run streams in works out only the
 * months not yet finished in every run (bands.ts keptBand).
 */
export function metricBand(runs: readonly RunHandle[], metric: MetricName, group: Group = 'all') {
  return keptBand(runs, `${groupIndex(group)}:${metricIndex(metric)}`, runs.map((r) => metricSeries(r, metric, group)), runs[0]?.info.months ?? 0, settledMonths(runs));
}

const percent = format('.0%');
const whole = format(',.0f');
const fewDigits = format('.3~r');
/** Whole numbers with separators, small values (e.g. differences near zero) with a few digits. */
const count = (v: number): string => (Math.abs(v) >= 100 || v === 0 ? whole(v) : fewDigits(v));
const compact = format('.3~s');

/** Shares and trust as percentages, money in compact yuan, the rest as counts: by the metric's unit (metrics.ts). */
export const metricFormat = (metric: MetricName) => {
  const { unit } = metricOf(metric);
  return unit.startsWith('share') || unit === 'trust (0–1)' ? percent : unit === 'yuan' ? compact : count;
};

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + (Number.isNaN(b) ? 0 : b), 0);

/** The words charts write themselves (accessible names, summaries, table headers), translated. */
export function chartWords(): ChartWords {
  const keys = ['lineChart', 'stackedChart', 'drawn', 'noValues', 'only', 'ends', 'unchanged', 'range', 'low', 'high', 'band'] as const;
  return Object.fromEntries(keys.map((k) => [k, t(`chart.words.${k}`)])) as unknown as ChartWords;
}

export function eventMarks(events: readonly ScenarioEvent[]): ChartEvent[] {
  return events.map((e) => ({ month: e.month, label: t(`event.${e.type}`) }));
}

/** Who falls through the gaps, and why: unmet needs stacked by reason. */
export function reasonsSpec(runs: readonly RunHandle[], events: readonly ScenarioEvent[]): ChartSpec {
  const series: ChartSeries[] = REASONS.map((r, i) => ({ key: r, label: t(`reason.${r}`), color: colorAt(i), band: metricBand(runs, `unmet_${r}`) }));
  const top = [...series].sort((a, b) => sum(b.band.median) - sum(a.band.median))[0];
  return {
    title: t('chart.reasons.title', { top: top ? top.label : '–' }),
    xLabel: t('chart.axis.month'),
    words: chartWords(),
    yLabel: metricUnitLabel('unmet_unseen'),
    months: runs[0]?.info.months ?? 0,
    series,
    events: eventMarks(events),
    format: count,
  };
}

/** The mean over the months that have a value. */
function monthlyMean(values: readonly number[]): number {
  return mean(values.filter((v) => !Number.isNaN(v)));
}

/**
 * "Deep integration does best on households fallen through: 412 households a month on
 * average, 38 households fewer than Baseline county": the best scenario named, with the
 * unit, against the baseline (or, when the baseline is best, against the next best).
 * Rates differ in percentage points.
 */
export function compareTitle(scenarios: ReadonlyArray<{ label: string; value: number }>, metric: MetricName, baseline: number): string {
  const lower = metricOf(metric).better === 'lower';
  const ranked = scenarios.map((s, i) => ({ ...s, i })).filter((s) => !Number.isNaN(s.value)).sort((a, b) => (lower ? a.value - b.value : b.value - a.value));
  const best = ranked[0];
  if (!best || ranked.length < 2) return metricLabel(metric);
  const other = best.i === baseline ? ranked[1]! : scenarios[baseline] ? { ...scenarios[baseline]!, i: baseline } : ranked[1]!;
  const difference = best.value - other.value;
  const isShare = metricFormat(metric) === percent;
  const amount = isShare ? t('unit.points', { n: format('.1f')(Math.abs(difference) * 100) }) : `${count(Math.abs(difference))} ${metricUnitLabel(metric)}`;
  const value = isShare ? percent(best.value) : `${count(best.value)} ${metricUnitLabel(metric)}`;
  if (Math.abs(difference) < 1e-9) return t('chart.compare.tie', { metric: decapitalise(metricLabel(metric)), value });
  return t('chart.compare.best', {
    best: best.label, metric: decapitalise(metricLabel(metric)), value,
    change: t(difference > 0 ? 'chart.change.higher' : 'chart.change.lower', { amount }), other: other.label,
  });
}

/** Which group fares worst: the most needs unmet per 1,000 households. */
export function worstGroup(specs: readonly ChartSpec[]): string {
  const totals = specs.map((s) => sum(s.series.flatMap((x) => x.band.median)));
  const worst = totals.indexOf(Math.max(...totals));
  return t(`group.${GROUPS.filter((g) => g !== 'all')[worst] ?? 'all'}`);
}

/** The same by group, per 1,000 households of the group so groups of different size compare. */
export function groupSpecs(runs: readonly RunHandle[]): ChartSpec[] {
  const months = runs[0]?.info.months ?? 0;
  return GROUPS.filter((g) => g !== 'all').map((group) => {
    const households = metricBand(runs, 'households', group).median;
    const per1000 = (values: readonly number[]) => values.map((v, i) => (households[i]! > 0 ? (1000 * v) / households[i]! : NaN));
    const series: ChartSeries[] = REASONS.map((r, i) => {
      const b = metricBand(runs, `unmet_${r}`, group);
      return { key: r, label: t(`reason.${r}`), color: colorAt(i), band: { median: per1000(b.median), low: per1000(b.low), high: per1000(b.high) } };
    });
    // A monthly mean over the months done so far (while stepping, not over the whole run).
    const done = households.filter((v) => v > 0).length;
    const total = sum(series.flatMap((s) => s.band.median)) / Math.max(1, done);
    return {
      legend: false,
      title: t('chart.groups.panel', { group: t(`group.${group}`), value: count(total) }),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: t('ui.per1000'),
      months,
      series,
      format: count,
    };
  });
}

/** The paper's three indicators (§5.2). */
export function indicatorsSpec(runs: readonly RunHandle[], events: readonly ScenarioEvent[]): ChartSpec {
  const metrics = ['resource_matching_rate', 'need_satisfaction_rate', 'service_coverage_rate'] as const;
  const series = metrics.map((m, i) => ({ key: m, label: metricLabel(m), ...inkAt(i), band: metricBand(runs, m) }));
  // Before any month has a value, every indicator ranks as 0.
  const average = (s: ChartSeries) => monthlyMean(s.band.median) || 0;
  const ranked = [...series].sort((a, b) => average(b) - average(a));
  return {
    title: t('chart.indicators.title', { best: decapitalise(ranked[0]!.label), worst: decapitalise(ranked.at(-1)!.label) }),
    xLabel: t('chart.axis.month'),
    words: chartWords(),
    yLabel: t('ui.share'),
    months: runs[0]?.info.months ?? 0,
    series,
    events: eventMarks(events),
    format: percent,
    yDomain: [0, 1],
  };
}

/** Public trust and charity funds, with events marked. */
export function trustSpecs(runs: readonly RunHandle[], events: readonly ScenarioEvent[]): ChartSpec[] {
  const months = runs[0]?.info.months ?? 0;
  const threshold = tacitusThreshold(runs);
  const trust = metricBand(runs, 'public_trust');
  return [
    {
      title: trustTitle(trust.median, threshold),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: metricUnitLabel('public_trust'),
      months,
      series: [{ key: 'public_trust', label: metricLabel('public_trust'), ...inkAt(0), band: trust }],
      events: eventMarks(events),
      references: [{ value: threshold, label: t('chart.tacitusThreshold', { value: percent(threshold) }) }],
      format: percent,
      yDomain: [0, 1],
    },
    {
      title: t('chart.funds.title', { donations: compact(sum(metricBand(runs, 'charity_donations').median)), spent: compact(sum(metricBand(runs, 'charity_spending').median)) }),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: metricUnitLabel('charity_funds'),
      months,
      series: (['charity_donations', 'charity_spending'] as const).map((m, i) => ({ key: m, label: metricLabel(m), ...inkAt(i), band: metricBand(runs, m) })),
      events: eventMarks(events),
      format: compact,
    },
  ];
}

/** The scenario's Tacitus threshold: below this level of trust, even good work is read as bad (trust.ts). */
export function tacitusThreshold(runs: readonly RunHandle[]): number {
  const raw = runs[0]?.request.raw ?? {};
  return Number(getPath(raw, 'trust.tacitusThreshold') ?? PARAMETER_BY_PATH.get('trust.tacitusThreshold')!.default);
}

/** Points of trust that count as a change in a title (half a percentage point). */
const TRUST_STEP = 0.005;

/**
 * What the trust line does, in words that the line cannot contradict: holds, rises, or
 * falls to its lowest (and whether it then recovers), and whether it went below the
 * Tacitus threshold.
 */
export function trustTitle(median: readonly number[], threshold: number): string {
  const values = median.map((v, i) => ({ v, month: i + 1 })).filter((x) => !Number.isNaN(x.v));
  if (!values.length) return t('chart.trust.none');
  const first = values[0]!;
  const last = values.at(-1)!;
  const lowest = values.reduce((a, b) => (b.v < a.v ? b : a));
  const highest = values.reduce((a, b) => (b.v > a.v ? b : a));
  const below = lowest.v < threshold ? t('chart.trust.belowThreshold', { threshold: percent(threshold) }) : '';
  if (highest.v - lowest.v < TRUST_STEP) return t('chart.trust.holds', { value: percent(first.v) }) + below;
  if (lowest.v < first.v - TRUST_STEP) {
    const recovery = last.v > lowest.v + TRUST_STEP ? t('chart.trust.recovers', { end: percent(last.v) }) : '';
    return t('chart.trust.falls', { start: percent(first.v), min: percent(lowest.v), month: lowest.month }) + recovery + below;
  }
  return t('chart.trust.rises', { start: percent(first.v), end: percent(last.v) }) + below;
}

/** A metric under up to four scenarios on the same seeds, and their differences from a baseline. */
export function compareSpecs(sets: ReadonlyArray<{ label: string; runs: readonly RunHandle[] }>, metric: MetricName, baseline: number): ChartSpec[] {
  const months = Math.max(0, ...sets.map((s) => s.runs[0]?.info.months ?? 0));
  const values = (runs: readonly RunHandle[]) => runs.map((r) => metricSeries(r, metric));
  const band = (runs: readonly RunHandle[], months: number) => keptBand(runs, `0:${metricIndex(metric)}`, values(runs), months, settledMonths(runs));
  const base = sets[baseline];
  const fmt = metricFormat(metric);
  return [
    {
      title: compareTitle(sets.map((s) => ({ label: s.label, value: monthlyMean(band(s.runs, months).median) })), metric, baseline),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: metricUnitLabel(metric),
      months,
      series: sets.map((s, i) => ({ key: `scenario-${i}`, label: i === baseline ? `${s.label} (${t('ui.baseline')})` : s.label, ...inkAt(i), band: band(s.runs, months) })),
      format: fmt,
    },
    {
      title: t('chart.difference.title', { baseline: base?.label ?? '–' }),
      xLabel: t('chart.axis.month'),
      // The band here is an interval of the mean difference, and its legend says so.
      words: { ...chartWords(), band: t('chart.words.interval') },
      yLabel: metricUnitLabel(metric),
      months,
      series: sets.flatMap((s, i) => (i === baseline || !base ? [] : [{ key: `scenario-${i}`, label: s.label, ...inkAt(i), band: meanDifferenceBand(values(s.runs), values(base.runs), months) }])),
      format: fmt,
    },
  ];
}
