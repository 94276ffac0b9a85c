/**
 * Size invariance: rates and reason shares should not depend on how many households the
 * synthetic county has. The same scenario (the defaults) is run at several sizes, each over
 * its own seeds, and each size's mean is compared with the largest size's: they agree when
 * the absolute difference is within max(2 standard errors of the difference, a floor).
 * Pure (no Node, no DOM).
 */
import { shareOfUnmet } from '../calibration/quantities.ts';
import { metricValue } from '../engine/metricValue.ts';
import { REASONS } from '../engine/reasons.ts';
import { generated, type Design, type Measure, type Settings } from './experiment.ts';
import type { Summary } from './summary.ts';

export interface SizeSetting {
  readonly households: number;
  readonly seeds: number;
}

/** Absolute floor of the tolerance, in the unit of the rate (a share): half a percentage point. */
export const SIZE_FLOOR = 0.005;
/** Standard errors of the difference the tolerance allows above the floor. */
export const SIZE_SE = 2;

const RATES = [
  'in_need_rate', 'service_coverage_rate', 'need_satisfaction_rate', 'charity_coverage_rate', 'fell_through_rate',
  'dibao_coverage', 'dibao_exclusion_error', 'dibao_inclusion_error', 'extreme_poverty_coverage', 'poverty_headcount', 'internet_use',
  'duplication_rate', 'leakage_rate',
] as const;

export const SIZE_MEASURES: readonly Measure[] = [
  ...RATES.map((metric): Measure => ({ id: metric, label: metric, unit: 'share', compute: (run) => metricValue(run('run'), metric) })),
  ...REASONS.map((reason): Measure => ({
    id: `reason_share:${reason}`, label: `share of unmet needs: ${reason}`, unit: 'share of unmet needs',
    compute: (run) => shareOfUnmet(run('run'), `unmet_${reason}`),
  })),
];

/** The design at one size: one run of the defaults per seed. */
export function sizeDesign(settings: Settings): Design {
  return { id: `size:${settings.households}`, runs: { run: generated(settings) }, measures: SIZE_MEASURES };
}

export interface SizeComparison {
  readonly households: number;
  readonly difference: number;
  /** Standard error of the difference (the two sizes' standard errors combined). */
  readonly se: number;
  readonly tolerance: number;
  readonly agrees: boolean;
}

/** Compare a size's summary with the reference (largest) size's. */
export function compareSizes(summary: Summary, reference: Summary, households: number): SizeComparison {
  const se = Math.sqrt((Number.isFinite(summary.se) ? summary.se ** 2 : 0) + (Number.isFinite(reference.se) ? reference.se ** 2 : 0));
  const tolerance = Math.max(SIZE_SE * se, SIZE_FLOOR);
  const difference = summary.mean - reference.mean;
  return { households, difference, se, tolerance, agrees: Number.isFinite(difference) && Math.abs(difference) <= tolerance };
}
