import type { ChartSpec } from './types.ts';

/** The value of a month (1-based) in a series array; missing months count as no value. */
export const valueAt = (values: readonly number[], month: number): number => values[month - 1] ?? Number.NaN;

/**
 * Months with a value but none either side: a line or an area cannot show them (after one
 * step of a run, every month drawn is one), so charts mark them as dots or bars.
 */
export function isolatedMonths(known: (month: number) => boolean, months: number): number[] {
  const isolated: number[] = [];
  for (let m = 1; m <= months; m++) if (known(m) && !known(m - 1) && !known(m + 1)) isolated.push(m);
  return isolated;
}

/** The month numbers 1..months, the x positions every chart draws. */
export const monthsOf = (spec: ChartSpec): number[] => Array.from({ length: Math.max(0, spec.months) }, (_, i) => i + 1);
