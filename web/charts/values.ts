import type { ChartSpec } from './types.ts';

/** The value of a month (1-based) in a series array; missing months count as no value. */
export const valueAt = (values: readonly number[], month: number): number => values[month - 1] ?? Number.NaN;

/** The month numbers 1..months, the x positions every chart draws. */
export const monthsOf = (spec: ChartSpec): number[] => Array.from({ length: Math.max(0, spec.months) }, (_, i) => i + 1);
