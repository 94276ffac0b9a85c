import { stack, type Series } from 'd3';
import type { ChartSpec } from './types.ts';
import { monthsOf, valueAt } from './values.ts';

/**
 * The series' medians stacked month by month, in series order (the first series at the
 * bottom). Keys are series indexes, so two series with the same key still stack apart.
 * A NaN month stays NaN in its own layer, and d3 stacks the layers above it on what lies
 * below, so a gap in one series does not tear the others.
 */
export function stackMedians(spec: ChartSpec): Series<number, number>[] {
  const indexes = spec.series.map((_, index) => index);
  return stack<number, number>()
    .keys(indexes)
    .value((month, index) => valueAt(spec.series[index]?.band.median ?? [], month))(monthsOf(spec));
}

/** Every stacked edge, to fit the y axis around (from `layers` if already stacked). */
export function stackValues(spec: ChartSpec, layers: Series<number, number>[] = stackMedians(spec)): number[] {
  const values: number[] = [];
  for (const layer of layers) for (const point of layer) values.push(point[0] ?? Number.NaN, point[1] ?? Number.NaN);
  return values;
}
