/**
 * The runs that score one candidate (one set of values of the free parameters): every
 * scenario the targets need, on every seed of the calibration. Every candidate uses the
 * same seeds (common random numbers), so two candidates differ by their values, not by
 * their luck.
 */
import type { RunRequest } from '../experiment/runOne.ts';
import { setPath } from '../common/plainData.ts';
import { withPattern } from '../scenario/load.ts';
import { validateScenario } from '../scenario/validate.ts';
import type { Calibration } from './calibrationFile.ts';
import type { Target } from './targets.ts';

export interface CandidateRun {
  readonly seed: number;
  /** Ready scenario name (scenarios/NAME.json). */
  readonly scenario: string;
  readonly request: RunRequest;
}

/** The ready scenarios the targets are computed on, each once. */
export function scenariosNeeded(targets: readonly Target[]): string[] {
  return [...new Set(targets.flatMap((t) => t.scenarios))];
}

/** Parameter values at a point of the unit cube (0 → low, 1 → high of each range). */
export function valuesAt(calibration: Calibration, point: readonly number[]): number[] {
  return calibration.parameters.map((p, i) => p.low + point[i]! * (p.high - p.low));
}

/** The point of the unit cube of some parameter values. */
export function pointOf(calibration: Calibration, values: readonly number[]): number[] {
  return calibration.parameters.map((p, i) => (values[i]! - p.low) / (p.high - p.low));
}

/**
 * One request per seed and scenario. `bases` holds each ready scenario as composed from
 * its file (extends followed), before validation.
 */
export function candidateRuns(calibration: Calibration, bases: ReadonlyMap<string, Record<string, unknown>>, values: readonly number[]): CandidateRun[] {
  const runs: CandidateRun[] = [];
  for (const seed of calibration.seeds) {
    for (const name of scenariosNeeded(calibration.targets)) {
      const base = bases.get(name);
      if (!base) throw new Error(`scenario "${name}" was not loaded; expected every scenario the targets need in bases`);
      let raw: Record<string, unknown> = { ...base, seed, households: calibration.households, months: calibration.months };
      if (calibration.warmupMonths !== undefined) raw.warmupMonths = calibration.warmupMonths;
      calibration.parameters.forEach((p, i) => {
        raw = setPath(raw, p.path, values[i]);
      });
      runs.push({ seed, scenario: name, request: { scenario: validateScenario(withPattern(raw), `scenarios/${name}.json`) } });
    }
  }
  return runs;
}
