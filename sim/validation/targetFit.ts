/**
 * Published figures (calibration/targets.json) against the model: each target's quantity
 * (sim/calibration/quantities.ts) computed on its ready scenarios, one value per seed; a
 * target passes when the mean over seeds is within its tolerance of the published value.
 * Pure (no Node, no DOM): ready scenarios come through an injected loader.
 */
import { quantityByName } from '../calibration/quantities.ts';
import type { Target } from '../calibration/targets.ts';
import type { Scenario } from '../scenario/parameters.ts';
import type { Design, RunSpec } from './experiment.ts';
import type { Summary } from './summary.ts';

/** A ready scenario (scenarios/NAME.json) for a seed. */
export type LoadReady = (name: string, seed: number) => Scenario;

export const TARGET_MEASURE = 'value';

export function readySpec(name: string, load: LoadReady): RunSpec {
  return { key: `ready:${name}`, make: (seed) => load(name, seed) };
}

export function targetDesigns(targets: readonly Target[], load: LoadReady): Design[] {
  return targets.map((target) => {
    const quantity = quantityByName(target.quantity);
    if (!quantity) throw new Error(`target ${target.id}: no quantity ${target.quantity}`);
    return {
      id: `target:${target.id}`,
      runs: Object.fromEntries(target.scenarios.map((name, i) => [String(i), readySpec(name, load)])),
      measures: [{
        id: TARGET_MEASURE, label: quantity.description, unit: quantity.unit,
        compute: (run) => quantity.compute(target.scenarios.map((_, i) => run(String(i)))),
      }],
    };
  });
}

export interface TargetFit {
  readonly target: Target;
  readonly summary: Summary;
  /** null when no seed gave a value. */
  readonly pass: boolean | null;
  /** (model mean − published) ÷ tolerance: within ±1 passes. */
  readonly normalised: number;
}

export function fitTarget(target: Target, summary: Summary): TargetFit {
  const normalised = (summary.mean - target.value) / target.tolerance;
  return { target, summary, normalised, pass: summary.n === 0 || !Number.isFinite(summary.mean) ? null : Math.abs(normalised) <= 1 };
}
