/**
 * calibration/fitted.json: what `gapsim calibrate` found, and what parameters.ts takes as
 * the defaults of the parameters declared with calibrated() (sim/scenario/calibrated.ts).
 */
import type { Calibration } from './calibrationFile.ts';
import type { Fit, Stage } from './fit.ts';

export interface FittedParameter {
  readonly value: number;
  readonly range: readonly [number, number];
  /** Target ids the parameter was fitted to. */
  readonly targets: readonly string[];
}

export interface FittedTarget {
  /** Mean over the seeds; null if undefined on every seed. */
  readonly model: number | null;
  readonly value: number;
  readonly tolerance: number;
  readonly weight: number;
  /** This target's share of the loss; null if it has no model value. */
  readonly term: number | null;
}

export interface FittedFile {
  readonly about: string;
  /** The calibration file, as given on the command line. */
  readonly calibration: string;
  /** "sha256:…" of the calibration file's bytes. */
  readonly calibrationDigest: string;
  readonly version: string;
  readonly method: string;
  readonly seeds: readonly number[];
  readonly households: number;
  readonly months: number;
  readonly warmupMonths?: number;
  readonly parameters: Readonly<Record<string, FittedParameter>>;
  /** The loss of the values written (rounded). */
  readonly loss: number;
  /** The lowest loss the search found, before rounding to 4 significant figures. */
  readonly searchLoss: number;
  readonly targets: Readonly<Record<string, FittedTarget>>;
  readonly evaluations: Readonly<Record<Stage, number>>;
  readonly runs: number;
  readonly wallSeconds: number;
}

export interface FitRecord {
  readonly calibration: Calibration;
  readonly fit: Fit;
  readonly file: string;
  readonly digest: string;
  readonly version: string;
  readonly runs: number;
  readonly wallSeconds: number;
}

/** The file's text: two-space JSON with short lists of numbers or strings on one line. */
export function fittedText(file: FittedFile): string {
  return `${JSON.stringify(file, null, 2).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`)}\n`;
}

export function methodText(calibration: Calibration): string {
  return `the current defaults and a Latin hypercube of ${calibration.latinHypercube.points} points (seed ${calibration.latinHypercube.seed}), then Nelder–Mead from the best (at most ${calibration.nelderMead.maxEvaluations} evaluations), on Σ weight × ((model mean − value) ÷ tolerance)² in the unit cube of the ranges; model means over ${calibration.seeds.length} common seeds; values rounded to 4 significant figures and scored again`;
}

export function fittedFile(record: FitRecord): FittedFile {
  const { calibration, fit } = record;
  const parameters: Record<string, FittedParameter> = {};
  calibration.parameters.forEach((p, i) => {
    parameters[p.path] = { value: fit.best.values[i]!, range: [p.low, p.high], targets: p.targets };
  });
  const targets: Record<string, FittedTarget> = {};
  for (const f of fit.best.fits) {
    targets[f.id] = { model: f.model, value: f.value, tolerance: f.tolerance, weight: f.weight, term: Number.isFinite(f.term) ? f.term : null };
  }
  return {
    about: `Written by \`gapsim calibrate ${record.file}\`; do not edit by hand. The parameters declared with calibrated() in sim/scenario/parameters.ts take these values as their defaults (docs/parameters.md: "calibrated to …").`,
    calibration: record.file,
    calibrationDigest: record.digest,
    version: record.version,
    method: methodText(calibration),
    seeds: calibration.seeds,
    households: calibration.households,
    months: calibration.months,
    ...(calibration.warmupMonths === undefined ? {} : { warmupMonths: calibration.warmupMonths }),
    parameters,
    loss: fit.best.loss,
    searchLoss: fit.searchLoss,
    targets,
    evaluations: fit.evaluations,
    runs: record.runs,
    wallSeconds: Math.round(record.wallSeconds * 10) / 10,
  };
}
