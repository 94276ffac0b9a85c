/**
 * The calibration method: the current defaults and a Latin hypercube over the free
 * parameters' ranges, then Nelder–Mead from the best of them, both on the weighted loss (loss.ts) and in the unit
 * cube of the ranges. The values found are rounded to 4 significant figures and scored
 * once more, so the loss reported is the loss of the values written.
 *
 * Scoring a candidate (running the model) is passed in, so this is the same in the CLI,
 * in tests and in a page worker. Deterministic: the hypercube is seeded and every
 * candidate runs on the same seeds.
 */
import { ScenarioError } from '../scenario/errors.ts';
import type { Calibration } from './calibrationFile.ts';
import { pointOf, valuesAt } from './candidateRuns.ts';
import { latinHypercube } from '../experiment/latinHypercube.ts';
import type { TargetFit } from './loss.ts';
import { nelderMead } from './nelderMead.ts';
import { PARAMETER_BY_PATH } from '../scenario/parameters.ts';

/** A numeric parameter's default as the scenario loader fills it in now (fitted or declared). */
const currentDefault = (path: string): number => PARAMETER_BY_PATH.get(path)!.default as number;

export interface Candidate {
  readonly values: readonly number[];
  readonly loss: number;
  readonly fits: readonly TargetFit[];
}

export type Stage = 'latinHypercube' | 'nelderMead' | 'check';

export const STAGE_NAMES: Readonly<Record<Stage, string>> = { latinHypercube: 'Latin hypercube', nelderMead: 'Nelder–Mead', check: 'check of the rounded values' };

/** Score candidates (sets of parameter values, in the calibration's order), in order. */
export type ScoreCandidates = (valueSets: number[][], stage: Stage) => Promise<Candidate[]>;

export interface Fit {
  /** The rounded values and their score. */
  readonly best: Candidate;
  /** The lowest loss the search found, before rounding. */
  readonly searchLoss: number;
  /** Candidates scored at each stage. */
  readonly evaluations: Readonly<Record<Stage, number>>;
}

export async function fitCalibration(calibration: Calibration, score: ScoreCandidates, file?: string): Promise<Fit> {
  const { points, seed } = calibration.latinHypercube;
  // The current defaults are scored first beside the hypercube: the loss is rough (a changed
  // parameter reshuffles later random draws, so nearby candidates differ by noise), and a
  // search that cannot beat the values in use must not replace them with worse ones.
  const current = calibration.parameters.map((p) => Math.min(p.high, Math.max(p.low, currentDefault(p.path))));
  const sample = [current, ...latinHypercube(points, calibration.parameters.length, seed).map((point) => valuesAt(calibration, point))];
  let best = lowest(await score(sample, 'latinHypercube'));
  if (best.loss === Infinity) throw noModelValue(best, points, file);

  let searched = 0;
  if (calibration.nelderMead.maxEvaluations > 0) {
    const found = await nelderMead(async (unitPoints) => {
      const scored = await score(unitPoints.map((point) => valuesAt(calibration, point)), 'nelderMead');
      best = lowest([best, ...scored]);
      return scored.map((c) => c.loss);
    }, pointOf(calibration, best.values), { maxEvaluations: calibration.nelderMead.maxEvaluations }, best.loss);
    searched = found.evaluations;
  }

  const rounded = best.values.map((v, i) => roundWithin(v, calibration.parameters[i]!.low, calibration.parameters[i]!.high));
  const [checked] = await score([rounded], 'check');
  return { best: checked!, searchLoss: best.loss, evaluations: { latinHypercube: points, nelderMead: searched, check: 1 } };
}

function lowest(candidates: readonly Candidate[]): Candidate {
  return candidates.reduce((a, b) => (b.loss < a.loss ? b : a));
}

/** 4 significant figures, kept within the range. */
export function roundWithin(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Number(value.toPrecision(4))));
}

function noModelValue(best: Candidate, points: number, file?: string): ScenarioError {
  const missing = best.fits.filter((f) => f.model === null).map((f) => `"${f.id}"`).join(', ');
  return new ScenarioError([{
    path: 'households',
    message: `target ${missing} had no model value on any seed at any of the ${points} Latin hypercube points; expected households × months large enough for the quantity to be defined (crowdfunding needs campaigns, for instance)`,
  }], file);
}
