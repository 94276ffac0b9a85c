/**
 * A finished sensitivity batch analysed: the runs' summaries (runs.jsonl, in the plan's
 * order) turned into one output per sample row and metric — the mean over the experiment's
 * seeds — then Morris or Sobol indices per metric, as the text of SALib's plain files
 * (salib.ts) and of our tables. A failed run is never left out: rowOutputs names it with its
 * sample rows, and the caller refuses to analyse. A metric that cannot be analysed (undefined
 * in some run, or constant where Sobol divides by its variance) is named with the reason, and
 * the others are analysed. Pure (no Node, no DOM).
 */
import type { MetricName } from '../../engine/metrics.ts';
import { metricIndex } from '../../engine/metricValue.ts';
import { mean } from '../../stats/descriptive.ts';
import { AnalysisError, positions } from '../analysisError.ts';
import type { Design } from '../design.ts';
import type { Experiment, Sensitivity } from '../experimentFile.ts';
import { csvField } from '../tidy.ts';
import { morrisAnalyse, type MorrisIndex } from './morris.ts';
import { bootstrapRandom, type SensitivitySample } from './plan.ts';
import { morrisTable, numberText, outputText, problemText, sampleText, sobolTable } from './salib.ts';
import { sobolAnalyse, type SobolResult } from './sobol.ts';

/** One run's line in runs.jsonl, reduced to what the analysis reads. */
export interface RunLine {
  readonly id: string;
  readonly ok: boolean;
  /** The county summary of the experiment's metrics (null where undefined). */
  readonly summary?: Readonly<Record<string, number | null>>;
  /** A failed run's error, "Name: message". */
  readonly error?: string;
}

export interface FailedRun {
  /** 0-based sample rows that read this run (more than one where rows repeat). */
  readonly rows: readonly number[];
  readonly seed: number;
  readonly id: string;
  readonly error: string;
}

export interface RowOutputs {
  /** For each metric, one value per sample row: the mean over seeds, null where a run has none. */
  readonly outputs: ReadonlyMap<MetricName, ReadonlyArray<number | null>>;
  readonly failed: readonly FailedRun[];
}

/** `runs`: one per planned run, in the plan's order (a whole batch, not a shard). */
export function rowOutputs(experiment: Experiment, design: Design, runs: readonly RunLine[]): RowOutputs {
  const sample = design.sample;
  if (!sample) throw new AnalysisError('experiment: has no "sensitivity" sample; expected an experiment file with a "sensitivity" key');
  if (runs.length !== design.runs.length) throw new AnalysisError(`runs: ${runs.length} runs; expected the ${design.runs.length} of the plan`);
  runs.forEach((run, i) => {
    if (run.id !== design.runs[i]!.id) throw new AnalysisError(`runs: run ${i + 1} is ${run.id}; expected ${design.runs[i]!.id} (the plan's run ${i + 1}: another experiment's results?)`);
  });
  const seeds = experiment.seeds.length;
  const rowsOfPoint = design.points.map((): number[] => []);
  sample.pointOfRow.forEach((point, row) => rowsOfPoint[point]!.push(row));
  const failed: FailedRun[] = [];
  runs.forEach((run, i) => {
    if (!run.ok) failed.push({ rows: rowsOfPoint[design.runs[i]!.point]!, seed: design.runs[i]!.seed, id: run.id, error: run.error ?? 'unknown error' });
  });
  const outputs = new Map<MetricName, Array<number | null>>();
  for (const metric of experiment.metrics) {
    const perPoint = design.points.map((_, point) => {
      const values: number[] = [];
      for (let s = 0; s < seeds; s++) {
        const run = runs[point * seeds + s]!;
        const value = run.ok ? run.summary?.[metric] : null;
        if (typeof value !== 'number' || !Number.isFinite(value)) return null;
        values.push(value);
      }
      return mean(values);
    });
    outputs.set(metric, sample.pointOfRow.map((point) => perPoint[point]!));
  }
  return { outputs, failed };
}

/** "sample rows 3 and 9 (seed 2): Error: …" for each failed run. */
export function failedText(failed: readonly FailedRun[]): string {
  return failed.map((f) => `${positions(f.rows, 'sample row')} (seed ${f.seed}, run ${f.id}): ${f.error}`).join('\n');
}

/** failed.csv: row,seed,run_id,error — a line for each sample row and failed run. */
export function failedCsv(failed: readonly FailedRun[]): string {
  const lines = failed.flatMap((f) => f.rows.map((row) => ({ row, f }))).sort((a, b) => a.row - b.row || a.f.seed - b.f.seed);
  return `row,seed,run_id,error\n${lines.map(({ row, f }) => `${row + 1},${f.seed},${f.id},${csvField(f.error)}\n`).join('')}`;
}

export interface AnalysisFiles {
  /** File name → text, in the order they are written. */
  readonly files: ReadonlyMap<string, string>;
  /** Metrics not analysed, each with the reason. */
  readonly notAnalysed: ReadonlyArray<{ readonly metric: string; readonly reason: string }>;
  /** A line per analysed metric, for the terminal. */
  readonly summary: readonly string[];
}

/** Everything the analysis writes: problem.txt, sample.txt, Y_<metric>.txt, morris.csv or sobol.csv and sobol_convergence.csv. */
export function analysisFiles(s: Sensitivity, sample: SensitivitySample, outputs: ReadonlyMap<MetricName, ReadonlyArray<number | null>>): AnalysisFiles {
  const files = new Map<string, string>([['problem.txt', problemText(sample.factors)], ['sample.txt', sampleText(sample.rows)]]);
  const notAnalysed: Array<{ metric: string; reason: string }> = [];
  const summary: string[] = [];
  const table: string[] = [];
  const convergence: string[] = [];
  const metrics = [...outputs.keys()].sort((a, b) => metricIndex(a) - metricIndex(b));
  for (const metric of metrics) {
    const values = outputs.get(metric)!;
    const missing = values.flatMap((v, row) => (v === null ? [row] : []));
    if (missing.length > 0) {
      notAnalysed.push({ metric, reason: `${positions(missing, 'sample row')} ${missing.length === 1 ? 'has' : 'have'} no value on some seed (the metric is undefined in that run, e.g. a share of zero cases)` });
      continue;
    }
    const y = values as number[];
    const random = bootstrapRandom(s, metric);
    try {
      if (s.method === 'morris') {
        const indices = morrisAnalyse(sample, y, { random });
        table.push(...rowsOf(morrisTable(indices), metric));
        summary.push(morrisSummary(metric, indices));
      } else {
        const result = sobolAnalyse(sample.factors, y, { random });
        table.push(...rowsOf(sobolTable(result.indices), metric));
        convergence.push(...convergenceRows(metric, result));
        summary.push(sobolSummary(metric, result));
      }
    } catch (error) {
      if (!(error instanceof AnalysisError)) throw error;
      notAnalysed.push({ metric, reason: error.message });
      continue;
    }
    files.set(`Y_${metric}.txt`, outputText(y));
  }
  if (s.method === 'morris') files.set('morris.csv', `metric,names,mu,mu_star,sigma,mu_star_conf\n${table.join('')}`);
  else {
    files.set('sobol.csv', `metric,names,S1,S1_conf,ST,ST_conf\n${table.join('')}`);
    files.set('sobol_convergence.csv', `metric,base_rows,names,S1,ST,largest_change,tolerance,converged\n${convergence.join('')}`);
  }
  return { files, notAnalysed, summary };
}

/** A SALib table's rows, each with the metric in front. */
const rowsOf = (text: string, metric: string): string[] => text.split('\n').slice(1, -1).map((line) => `${csvField(metric)},${line}\n`);

const short = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(3))) : 'n/a');

function morrisSummary(metric: string, indices: readonly MorrisIndex[]): string {
  const ranked = [...indices].sort((a, b) => b.muStar - a.muStar).slice(0, 3);
  return `${metric}: largest μ* ${ranked.map((x) => `${x.name} ${short(x.muStar)} (σ ${short(x.sigma)})`).join(', ')}`;
}

function sobolSummary(metric: string, result: SobolResult): string {
  const ranked = [...result.indices].sort((a, b) => b.ST - a.ST).slice(0, 3);
  const c = result.convergence;
  const verdict = c.converged
    ? `converged (no index moved more than ${short(c.largestChange)} from N/2 to N base rows)`
    : Number.isNaN(c.largestChange)
      ? 'convergence not checked (fewer than 4 base rows)'
      : `NOT converged: an index moved ${short(c.largestChange)} from N/2 to N base rows (tolerance ${c.tolerance}); more base rows would steady them`;
  return `${metric}: largest ST ${ranked.map((x) => `${x.name} ${short(x.ST)} (S1 ${short(x.S1)})`).join(', ')}; ${verdict}`;
}

function convergenceRows(metric: string, result: SobolResult): string[] {
  const c = result.convergence;
  const cell = (x: number): string => (Number.isFinite(x) ? numberText(x) : '');
  return c.steps.flatMap((step) => result.indices.map((index, i) =>
    `${[csvField(metric), step.baseRows, csvField(index.name), cell(step.S1[i]!), cell(step.ST[i]!), cell(c.largestChange), c.tolerance, c.converged].join(',')}\n`));
}
