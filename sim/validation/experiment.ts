/**
 * The shared machinery of the validation: a *design* names the runs it needs on each seed
 * (a scenario per name) and the *measures* it computes from them, one number per seed.
 * Designs are evaluated over seeds through an injected runner, so the same code runs in
 * process (tests) or on a pool of workers (`npm run validation`). Runs that several designs
 * share — the same scenario on the same seed — are run once. Pure (no Node, no DOM).
 */
import { canonical } from '../experiment/canonical.ts';
import type { RunView } from '../calibration/quantities.ts';
import { runScenario, type RunResult } from '../engine/simulation.ts';
import { mergeDeep } from '../scenario/compose.ts';
import { withPattern } from '../scenario/load.ts';
import type { Pattern } from '../scenario/patterns.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { validateScenario } from '../scenario/validate.ts';

export type Overrides = Record<string, unknown>;

/**
 * Runs scenarios and returns what measures read of each (a RunResult through toRunView, or
 * a batch pool's record), in input order; calls onRunDone after each run.
 */
export type Runner = (scenarios: readonly Scenario[], onRunDone?: () => void) => Promise<RunView[]>;

/** The runner of the tests: every run in this thread, one after another. */
export const inProcessRunner: Runner = async (scenarios, onRunDone) =>
  scenarios.map((scenario) => {
    const view = toRunView(runScenario(scenario));
    onRunDone?.();
    return view;
  });

/** Households, months and warm-up of generated runs. */
export interface Settings {
  readonly households: number;
  readonly months: number;
  readonly warmupMonths: number;
}

/** A scenario made for each seed; runs with equal keys are the same run. */
export interface RunSpec {
  readonly key: string;
  readonly make: (seed: number) => Scenario;
}

export interface Measure {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** The pattern this value is computed under, where it is one of a per-pattern set. */
  readonly pattern?: Pattern;
  /** The sign a value must have for the claim to hold; absent for a value only shown. */
  readonly expect?: 1 | -1;
  /** Instead of a sign: the value must stay within ±within (a condition of the comparison, e.g. equal spending). */
  readonly within?: number;
  /**
   * The extra distance from zero, in the measure's unit, that the engine's few-seed test
   * asks of the mean (test/sim/engine): a guard against noise with few seeds. The verdict
   * here is on the effect's own 95% interval; the report says whether the mean also clears this.
   */
  readonly margin?: number;
  /** A claim too small an effect for the engine's few-seed test: judged here, over many seeds, only. */
  readonly manySeedsOnly?: boolean;
  /** Part of the claim of its design (decides the verdict), or shown beside it for information. */
  readonly claim?: boolean;
  /** One number from one seed's runs (`run(name)` is the run named in the design), or null if undefined. */
  readonly compute: (run: (name: string) => RunView) => number | null;
}

/**
 * Whether a mean over a few seeds passes the engine's test of a claim: beyond the claim's
 * margin on the expected side, or inside its bound.
 */
export function clearsFewSeedTest(measure: Measure, mean: number): boolean {
  if (measure.within !== undefined) return Math.abs(mean) < measure.within;
  return (measure.expect ?? 1) * mean > (measure.margin ?? 0);
}

export interface Design {
  readonly id: string;
  readonly runs: Readonly<Record<string, RunSpec>>;
  readonly measures: readonly Measure[];
}

/** Per-seed values: samples.get(designId).get(measureId)[seedIndex]. */
export type Samples = Map<string, Map<string, Array<number | null>>>;

/**
 * A run made from the defaults: settings, then the overrides (pattern presets fill what is
 * unset), then the seed. The key is the resolved scenario, so overrides that spell out a
 * default (the default pattern, say) give the same run as leaving it out.
 */
export function generated(settings: Settings, overrides: Overrides = {}): RunSpec {
  const raw = mergeDeep({ ...settings }, overrides);
  const make = (seed: number): Scenario => validateScenario(withPattern(mergeDeep(raw, { seed })));
  return { key: `generated:${canonical({ ...make(0), seed: 0 })}`, make };
}

/** What a measure reads from a run: RunResult with the scenario's events, as calibration quantities expect. */
export function toRunView(result: RunResult): RunView {
  return { months: result.months, summary: result.summary, series: result.series, events: result.scenario.events };
}

/** Distinct runs per seed over all designs. */
export function distinctSpecs(designs: readonly Design[]): RunSpec[] {
  const byKey = new Map<string, RunSpec>();
  for (const design of designs) for (const spec of Object.values(design.runs)) if (!byKey.has(spec.key)) byKey.set(spec.key, spec);
  return [...byKey.values()];
}

export function countRuns(designs: readonly Design[], seeds: readonly number[]): number {
  return distinctSpecs(designs).length * seeds.length;
}

/**
 * Evaluate every measure of every design on every seed. Seeds are run a batch at a time
 * (all of a batch's runs go to the runner together) and each batch's results are reduced
 * to numbers before the next, so memory does not grow with the number of seeds.
 */
export async function evaluate(designs: readonly Design[], seeds: readonly number[], runner: Runner, options: { seedsPerBatch?: number; onRunDone?: () => void } = {}): Promise<Samples> {
  const ids = designs.map((d) => d.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw new Error(`two designs are named ${twice}; expected unique names`);
  for (const d of designs) {
    const measureIds = d.measures.map((m) => m.id);
    const again = measureIds.find((id, i) => measureIds.indexOf(id) !== i);
    if (again !== undefined) throw new Error(`design ${d.id} has two measures named ${again}; expected unique names`);
  }
  const specs = distinctSpecs(designs);
  const samples: Samples = new Map(designs.map((d) => [d.id, new Map(d.measures.map((m) => [m.id, [] as Array<number | null>]))]));
  const perBatch = Math.max(1, options.seedsPerBatch ?? 4);
  for (let start = 0; start < seeds.length; start += perBatch) {
    const batch = seeds.slice(start, start + perBatch);
    const scenarios = batch.flatMap((seed) => specs.map((spec) => spec.make(seed)));
    const results = await runner(scenarios, options.onRunDone);
    if (results.length !== scenarios.length) throw new Error(`the runner returned ${results.length} results for ${scenarios.length} scenarios`);
    batch.forEach((seed, b) => {
      const views = new Map(specs.map((spec, s) => [spec.key, results[b * specs.length + s]!]));
      for (const design of designs) {
        const run = (name: string): RunView => {
          const spec = design.runs[name];
          if (!spec) throw new Error(`design ${design.id} has no run named ${name}`);
          return views.get(spec.key)!;
        };
        const perMeasure = samples.get(design.id)!;
        for (const measure of design.measures) {
          const value = measure.compute(run);
          perMeasure.get(measure.id)!.push(value === null || !Number.isFinite(value) ? null : value);
        }
      }
    });
  }
  return samples;
}

/** Seeds 1..n. */
export const seedsUpTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
