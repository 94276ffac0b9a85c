/**
 * From runs to chart specs: which metrics each chart shows, banded over seeds, with
 * translated labels and a title that states what the data show.
 */
import { format } from 'd3';
import { GROUPS } from '../sim/engine/groups.ts';
import { METRIC_NAMES } from '../sim/engine/metrics.ts';
import { REASONS } from '../sim/engine/reasons.ts';
import type { ScenarioEvent } from '../sim/scenario/events.ts';
import { band, differenceBand } from './bands.ts';
import { colorAt } from './charts/palette.ts';
import type { ChartEvent, ChartSeries, ChartSpec } from './charts/types.ts';
import type { ChartWords } from './charts/words.ts';
import type { RunHandle } from './engineClient.ts';
import { t } from './i18n/index.ts';

const metricIndex = (name: string): number => {
  const m = METRIC_NAMES.indexOf(name);
  if (m < 0) throw new Error(`no metric ${name}`);
  return m;
};
const groupIndex = (name: string): number => GROUPS.indexOf(name as (typeof GROUPS)[number]);

/** The banded series of one metric for one group over the runs (seeds) of a scenario. */
export function metricBand(runs: readonly RunHandle[], metric: string, group = 'all') {
  const g = groupIndex(group);
  const m = metricIndex(metric);
  return band(runs.map((r) => r.series[g]![m]!), runs[0]?.info.months ?? 0);
}

const percent = format('.0%');
/** Whole numbers with separators, small values (e.g. differences near zero) with a few digits. */
const count = (v: number): string => (Math.abs(v) >= 100 || v === 0 ? format(',.0f')(v) : format('.3~r')(v));
const compact = format('.3~s');

export const metricFormat = (metric: string) => (metric.endsWith('_rate') || metric === 'public_trust' ? percent : metric.includes('spending') || metric.includes('funds') ? compact : count);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + (Number.isNaN(b) ? 0 : b), 0);

/** The words charts write themselves (accessible names, summaries, table headers), translated. */
export function chartWords(): ChartWords {
  const keys = ['lineChart', 'stackedChart', 'drawn', 'noValues', 'only', 'ends', 'unchanged', 'range', 'low', 'high'] as const;
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
    yLabel: t('metric.unmet_unseen.unit'),
    months: runs[0]?.info.months ?? 0,
    series,
    events: eventMarks(events),
    format: count,
  };
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
    const total = sum(series.flatMap((s) => s.band.median)) / Math.max(1, months);
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
  const metrics = ['resource_matching_rate', 'need_satisfaction_rate', 'service_coverage_rate'];
  const series = metrics.map((m, i) => ({ key: m, label: t(`metric.${m}`), color: colorAt(i + 4), band: metricBand(runs, m) }));
  const mean = (s: ChartSeries) => sum(s.band.median) / Math.max(1, s.band.median.filter((v) => !Number.isNaN(v)).length);
  const ranked = [...series].sort((a, b) => mean(b) - mean(a));
  return {
    title: t('chart.indicators.title', { best: ranked[0]!.label, worst: ranked.at(-1)!.label }),
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
  const trust = metricBand(runs, 'public_trust');
  let lowest = 0;
  trust.median.forEach((v, i) => { if (v < trust.median[lowest]!) lowest = i; });
  return [
    {
      title: t('chart.trust.title', { min: percent(trust.median[lowest] ?? NaN), month: lowest + 1 }),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: t('metric.public_trust.unit'),
      months,
      series: [{ key: 'public_trust', label: t('metric.public_trust'), color: colorAt(4), band: trust }],
      events: eventMarks(events),
      format: percent,
      yDomain: [0, 1],
    },
    {
      title: t('chart.funds.title', { donations: compact(sum(metricBand(runs, 'charity_donations').median)), spent: compact(sum(metricBand(runs, 'charity_spending').median)) }),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: t('metric.charity_funds.unit'),
      months,
      series: ['charity_donations', 'charity_spending'].map((m, i) => ({ key: m, label: t(`metric.${m}`), color: colorAt(i), band: metricBand(runs, m) })),
      events: eventMarks(events),
      format: compact,
    },
  ];
}

/** A metric under up to four scenarios on the same seeds, and their differences from a baseline. */
export function compareSpecs(sets: ReadonlyArray<{ label: string; runs: readonly RunHandle[] }>, metric: string, baseline: number): ChartSpec[] {
  const months = Math.max(0, ...sets.map((s) => s.runs[0]?.info.months ?? 0));
  const m = metricIndex(metric);
  const values = (runs: readonly RunHandle[]) => runs.map((r) => r.series[0]![m]!);
  const base = sets[baseline];
  const fmt = metricFormat(metric);
  const total = (runs: readonly RunHandle[]) => sum(band(values(runs), months).median);
  const other = sets.find((_, i) => i !== baseline);
  const change = other && base ? total(other.runs) - total(base.runs) : 0;
  const amount = fmt(Math.abs(change) / Math.max(1, months));
  return [
    {
      title: t('chart.compare.title', {
        scenario: other?.label ?? '–', baseline: base?.label ?? '–', metric: t(`metric.${metric}`),
        change: Math.abs(change) < 1e-9 ? t('chart.change.same') : t(change > 0 ? 'chart.change.higher' : 'chart.change.lower', { amount }),
      }),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: t(`metric.${metric}.unit`),
      months,
      series: sets.map((s, i) => ({ key: `scenario-${i}`, label: s.label, color: colorAt(i), band: band(values(s.runs), months), dashed: i === baseline })),
      format: fmt,
    },
    {
      title: t('chart.difference.title', { baseline: base?.label ?? '–' }),
      xLabel: t('chart.axis.month'),
      words: chartWords(),
      yLabel: t(`metric.${metric}.unit`),
      months,
      series: sets.flatMap((s, i) => (i === baseline || !base ? [] : [{ key: `scenario-${i}`, label: s.label, color: colorAt(i), band: differenceBand(values(s.runs), values(base.runs), months) }])),
      format: fmt,
    },
  ];
}
