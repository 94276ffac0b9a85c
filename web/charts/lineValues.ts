import type { ChartSpec } from './types.ts';
import { monthsOf, valueAt } from './values.ts';

/** Every value a line chart draws (medians and both band edges), to fit the y axis around. */
export function lineValues(spec: ChartSpec): number[] {
  const values: number[] = [];
  for (const series of spec.series) {
    for (const month of monthsOf(spec)) {
      values.push(valueAt(series.band.median, month), valueAt(series.band.low, month), valueAt(series.band.high, month));
    }
  }
  return values;
}

/** Whether a series has a band worth drawing: some month where low and high differ. */
export function hasVisibleBand(spec: ChartSpec, index: number): boolean {
  const band = spec.series[index]?.band;
  if (!band) return false;
  return monthsOf(spec).some((month) => {
    const low = valueAt(band.low, month);
    const high = valueAt(band.high, month);
    return Number.isFinite(low) && Number.isFinite(high) && low !== high;
  });
}
