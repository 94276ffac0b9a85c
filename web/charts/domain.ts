import { scaleLinear } from 'd3';

/**
 * The y extent of some values: from min(0, smallest) to the largest, so counts start at zero
 * and a fall below zero still shows. NaN and infinities are no value. With nothing to show
 * (no values, or all zero) it is [0, 1], so the axis is still drawn.
 */
export function valueExtent(values: Iterable<number>): [number, number] {
  let low = 0;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (!(high > low)) return low < 0 ? [low, 0] : [0, 1];
  return [low, high];
}

/**
 * Extends the extent to round numbers with the same tick count the axis uses, so the top of
 * the axis carries a labelled tick.
 */
export function niceDomain(extent: readonly [number, number], tickCount: number): [number, number] {
  const [low, high] = scaleLinear().domain(extent).nice(tickCount).domain();
  return [low ?? extent[0], high ?? extent[1]];
}
