import { format } from 'd3';
import { colorAt } from '../../../web/charts/palette.ts';
import type { Band, ChartSeries, ChartSpec } from '../../../web/charts/types.ts';

/** A band from a median and a half-width; width 0 is a single-seed run (low = high = median). */
export function bandAround(median: readonly number[], halfWidth: number): Band {
  return {
    median,
    low: median.map((value) => (Number.isNaN(value) ? Number.NaN : value - halfWidth)),
    high: median.map((value) => (Number.isNaN(value) ? Number.NaN : value + halfWidth)),
  };
}

export function series(key: string, index: number, median: readonly number[], halfWidth = 0, dashed = false): ChartSeries {
  return { key, label: key[0]!.toUpperCase() + key.slice(1), color: colorAt(index), band: bandAround(median, halfWidth), dashed };
}

const months = (count: number, value: (month: number) => number): number[] =>
  Array.from({ length: count }, (_, i) => value(i + 1));

/** Three series over 24 months: one with a band, one rising without, a dashed flat baseline; one event. */
export const threeSeries: ChartSpec = {
  title: 'Most unmet needs are unseen: no one knows of them',
  xLabel: 'month',
  yLabel: 'needs (household-domains)',
  months: 24,
  series: [
    series('unseen', 0, months(24, (m) => 1000 + 10 * m - (m > 12 ? 15 * (m - 12) : 0)), 150),
    series('known', 1, months(24, (m) => 400 + 25 * m)),
    series('baseline', 2, months(24, () => 800), 0, true),
  ],
  events: [{ month: 12, label: 'Grant cut' }],
  format: format(','),
};

/** Reasons needs stay unmet, stacked; two events. */
export const reasonsStacked: ChartSpec = {
  title: 'Not applying is the largest reason needs go unmet',
  xLabel: 'month',
  yLabel: 'unmet needs',
  months: 12,
  series: [
    series('notEligible', 0, months(12, (m) => 10 + m)),
    series('didNotApply', 1, months(12, () => 20), 3),
    series('refused', 2, months(12, (m) => 5 + (m % 3))),
  ],
  events: [
    { month: 3, label: 'Charity scandal' },
    { month: 9, label: 'Relief fund opens for disaster victims' },
  ],
};

/** Missing months: a hole in the middle of one series, missing ends in another. */
export const withGaps: ChartSpec = {
  title: 'Months without data leave gaps',
  xLabel: 'month',
  yLabel: 'share of households',
  months: 12,
  series: [
    series('helped', 0, months(12, (m) => (m === 4 || m === 5 ? Number.NaN : 0.2 + 0.05 * m)), 0.05),
    series('waiting', 1, months(12, (m) => (m === 1 || m === 12 ? Number.NaN : 0.5 - 0.02 * m))),
  ],
  format: format('.0%'),
  yDomain: [0, 1],
};

/** Nothing happened: every value is zero. */
export const allZero: ChartSpec = {
  title: 'No one was refused',
  xLabel: 'month',
  yLabel: 'refusals',
  months: 6,
  series: [series('refused', 0, months(6, () => 0))],
};

export const fixtures = { threeSeries, reasonsStacked, withGaps, allZero } as const;
