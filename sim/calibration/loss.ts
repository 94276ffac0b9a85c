/**
 * The calibration loss: Σ weight × ((model − published) ÷ tolerance)² over the targets.
 * Dividing by the tolerance puts every target in its own unit of "acceptable miss", so a
 * term of 1 is a model value at the edge of what the published figure allows.
 */
import type { Target } from './targets.ts';

export interface TargetFit {
  readonly id: string;
  /** Mean over the seeds of the model's value; null if no seed gave one. */
  readonly model: number | null;
  readonly value: number;
  readonly tolerance: number;
  readonly weight: number;
  /** weight × ((model − value) ÷ tolerance)²; Infinity without a model value. */
  readonly term: number;
}

export interface Loss {
  readonly loss: number;
  readonly fits: TargetFit[];
}

export function weightedLoss(targets: readonly Target[], means: ReadonlyMap<string, number | null>): Loss {
  const fits = targets.map((t): TargetFit => {
    const model = means.get(t.id) ?? null;
    const term = model === null ? Infinity : t.weight * ((model - t.value) / t.tolerance) ** 2;
    return { id: t.id, model, value: t.value, tolerance: t.tolerance, weight: t.weight, term };
  });
  return { loss: fits.reduce((sum, f) => sum + f.term, 0), fits };
}
