/**
 * How a sensitivity analysis bootstraps its intervals (sim/stats/bootstrap.ts): the seeded
 * generator, the resamples and the level, checked. Pure (no Node, no DOM).
 */
import type { Random } from '../../engine/random.ts';
import { checkCount, checkLevel } from '../analysisError.ts';

export interface BootstrapOptions {
  /** A seeded generator, e.g. seedrandom.alea('gapsim:sobol:1'). */
  readonly random: Random;
  /** Resamples; 1000 unless given. */
  readonly resamples?: number;
  /** Confidence level; 0.95 unless given. */
  readonly level?: number;
}

/** Resamples and level, checked, with their defaults. */
export function bootstrapSettings(options: BootstrapOptions): { resamples: number; level: number } {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  checkCount(resamples, 'resamples', 2, 'bootstrap resamples, e.g. 1000');
  checkLevel(level);
  return { resamples, level };
}
