import { formatOf } from './frame.ts';
import type { ChartSeries, ChartSpec } from './types.ts';
import { ENGLISH_WORDS, fill } from './words.ts';
import { monthsOf, valueAt } from './values.ts';

interface MonthValue {
  readonly month: number;
  readonly value: number;
}

/** The months that have a median, in order. */
function knownMedians(spec: ChartSpec, series: ChartSeries): MonthValue[] {
  return monthsOf(spec)
    .map((month) => ({ month, value: valueAt(series.band.median, month) }))
    .filter((point) => Number.isFinite(point.value));
}

/** The first month holding the most extreme value; ties go to the earliest month. */
function extreme(points: readonly MonthValue[], beats: (a: number, b: number) => boolean): MonthValue | undefined {
  let best: MonthValue | undefined;
  for (const point of points) if (!best || beats(point.value, best.value)) best = point;
  return best;
}

function describeSeries(spec: ChartSpec, series: ChartSeries, format: (value: number) => string): string {
  const words = spec.words ?? ENGLISH_WORDS;
  const label = series.label;
  const points = knownMedians(spec, series);
  const first = points[0];
  const last = points[points.length - 1];
  const highest = extreme(points, (a, b) => a > b);
  const lowest = extreme(points, (a, b) => a < b);
  if (!first || !last || !highest || !lowest) return fill(words.noValues, { label });
  if (points.length === 1) return fill(words.only, { label, value: format(first.value), month: first.month });
  const ends = fill(words.ends, { first: format(first.value), firstMonth: first.month, last: format(last.value), lastMonth: last.month });
  if (highest.value === lowest.value) return fill(words.unchanged, { label, ends });
  return fill(words.range, { label, ends, high: format(highest.value), highMonth: highest.month, low: format(lowest.value), lowMonth: lowest.month });
}

/**
 * A plain-language text alternative to a chart: for each series, its median in the first and
 * last month with a value, and its highest and lowest with the months they fall in. Numbers use
 * spec.format, else the locale's grouping to three significant digits ("1,270").
 */
export function summarise(spec: ChartSpec, locale?: string): string {
  const format = spec.format ?? new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format;
  return spec.series.map((series) => describeSeries(spec, series, format)).join(' ');
}

/** Whether any series' band differs from its median, i.e. the run had more than one seed. */
function anyBand(spec: ChartSpec): boolean {
  return spec.series.some((series) =>
    monthsOf(spec).some((month) => {
      const median = valueAt(series.band.median, month);
      const low = valueAt(series.band.low, month);
      const high = valueAt(series.band.high, month);
      return (Number.isFinite(low) && low !== median) || (Number.isFinite(high) && high !== median);
    }),
  );
}

/** What a cell shows for a month with no value. */
const NO_VALUE = '–';

/**
 * The chart's numbers as a table, for screen readers and for anyone who wants the values:
 * one row per month, one column per series (plus its band's low and high edges when the
 * band says something the median does not).
 */
export function dataTable(spec: ChartSpec, document: Document): HTMLTableElement {
  const format = formatOf(spec);
  const cellText = (value: number): string => (Number.isFinite(value) ? format(value) : NO_VALUE);
  const withBands = anyBand(spec);
  const words = spec.words ?? ENGLISH_WORDS;

  const table = document.createElement('table');
  table.createCaption().textContent = spec.title;

  const headers = [spec.xLabel];
  for (const series of spec.series) {
    headers.push(series.label);
    if (withBands) headers.push(fill(words.low, { label: series.label }), fill(words.high, { label: series.label }));
  }
  const headRow = table.createTHead().insertRow();
  for (const header of headers) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = header;
    headRow.append(cell);
  }

  const body = table.createTBody();
  for (const month of monthsOf(spec)) {
    const row = body.insertRow();
    const monthCell = document.createElement('th');
    monthCell.scope = 'row';
    monthCell.textContent = String(month);
    row.append(monthCell);
    for (const series of spec.series) {
      const { median, low, high } = series.band;
      const values = withBands ? [median, low, high] : [median];
      for (const column of values) row.insertCell().textContent = cellText(valueAt(column, month));
    }
  }
  return table;
}
