/**
 * An experiment's runs: every combination of its factors' values (the first factor varies
 * slowest), crossed with its Latin hypercube points, each on every seed. A run's id is
 * derived from its resolved scenario and seed alone, so adding a factor value or a seed
 * leaves every other run's id — and its results — as they were.
 *
 * An experiment with a `sensitivity` key plans its sample instead (sensitivity/plan.ts): the
 * points are the sample's rows in order, each on every seed. Rows that are equal (Morris
 * trajectories crossing on the grid, whole numbers rounding together) would be the same runs,
 * so they are one point, and `sample.pointOfRow` says which point each row reads.
 * Pure (no Node, no DOM).
 */
import { ScenarioError } from '../scenario/errors.ts';
import { withPattern } from '../scenario/load.ts';
import { PARAMETER_BY_PATH, type Scenario } from '../scenario/parameters.ts';
import { validateScenario } from '../scenario/validate.ts';
import { setPath } from '../common/plainData.ts';
import { canonical } from './canonical.ts';
import type { Experiment } from './experimentFile.ts';
import { latinHypercube } from './latinHypercube.ts';
import { sensitivitySample, valueToRun, type SensitivitySample } from './sensitivity/plan.ts';
import { sha256 } from './sha256.ts';

/** One setting of the factors: its values and the scenario it gives (seed 0; each run sets its own). */
export interface Point {
  readonly factors: Readonly<Record<string, unknown>>;
  readonly scenario: Scenario;
  /** Digest of the resolved scenario without its seed. */
  readonly digest: string;
}

export interface PlannedRun {
  /** 16 hex digits from the resolved scenario and the seed. */
  readonly id: string;
  readonly seed: number;
  /** Index into the design's points. */
  readonly point: number;
}

export interface Design {
  readonly points: readonly Point[];
  readonly runs: readonly PlannedRun[];
  /** An experiment's sensitivity sample, and for each of its rows the index of the point that runs it. */
  readonly sample?: SensitivitySample & { readonly pointOfRow: readonly number[] };
}

/** `base`: the experiment's scenario file, composed (`extends` followed), not yet validated. */
export function planExperiment(experiment: Experiment, base: Record<string, unknown>, file?: string): Design {
  let common = base;
  for (const [path, value] of Object.entries(experiment.set)) common = setPath(common, path, value);
  const pointAt = (factors: Record<string, unknown>): Point => {
    let raw = common;
    for (const [path, value] of Object.entries(factors)) raw = setPath(raw, path, value);
    let scenario: Scenario;
    try {
      scenario = validateScenario(withPattern({ ...raw, seed: 0 }));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      const where = Object.keys(factors).length > 0 ? ` (with ${Object.entries(factors).map(([p, v]) => `${p} = ${JSON.stringify(v)}`).join(', ')})` : '';
      throw new ScenarioError(error.issues.map((issue) => ({ ...issue, message: `${issue.message}${where}` })), file);
    }
    return { factors, scenario, digest: sha256(canonical(scenario)) };
  };
  let points: Point[];
  let sample: Design['sample'];
  if (experiment.sensitivity) {
    const drawn = sensitivitySample(experiment.sensitivity);
    const byValues = new Map<string, number>();
    const pointOfRow: number[] = [];
    points = [];
    for (const row of drawn.rows) {
      const factors = Object.fromEntries(drawn.factors.map((f, i) => [f.name, valueToRun(f.name, row[i]!)]));
      const key = canonical(factors);
      let index = byValues.get(key);
      if (index === undefined) {
        index = points.push(pointAt(factors)) - 1;
        byValues.set(key, index);
      }
      pointOfRow.push(index);
    }
    sample = { ...drawn, pointOfRow };
  } else {
    points = settings(experiment).map(pointAt);
  }
  const runs = points.flatMap((point, index) => experiment.seeds.map((seed) => ({ id: runId(point.digest, seed), seed, point: index })));
  const ids = new Set<string>();
  for (const run of runs) {
    if (ids.has(run.id)) throw new ScenarioError([{ path: 'factors', message: `give the same scenario twice (run ${run.id}, seed ${run.seed}); expected every factor setting to differ` }], file);
    ids.add(run.id);
  }
  return sample ? { points, runs, sample } : { points, runs };
}

export const runId = (digest: string, seed: number): string => sha256(`${digest}:${seed}`).slice(0, 16);

/** The scenario of one planned run. */
export const scenarioOf = (design: Design, run: PlannedRun): Scenario => ({ ...design.points[run.point]!.scenario, seed: run.seed });

/** Every factor setting: the factorial product in the file's order, crossed with the hypercube. */
function settings(experiment: Experiment): Array<Record<string, unknown>> {
  let out: Array<Record<string, unknown>> = [{}];
  for (const factor of experiment.factors) out = out.flatMap((s) => factor.values.map((v) => ({ ...s, [factor.path]: v })));
  const cube = experiment.latinHypercube;
  if (!cube) return out;
  const sample = latinHypercube(cube.points, cube.ranges.length, cube.seed).map((u) =>
    Object.fromEntries(cube.ranges.map((r, d) => [r.path, valueIn(r.path, r.low + u[d]! * (r.high - r.low))])));
  return out.flatMap((s) => sample.map((p) => ({ ...s, ...p })));
}

/** A sampled value as the parameter takes it: whole numbers rounded, others to 6 significant digits. */
function valueIn(path: string, x: number): number {
  return PARAMETER_BY_PATH.get(path)?.kind === 'integer' ? Math.round(x) : Number(x.toPrecision(6));
}
