/**
 * `gapsim calibrate <calibration.json>`: fit the free parameters the file declares to the
 * published targets (sim/calibration/fit.ts for the method), running the model on every
 * core through the batch pool, and write the fitted values (by default to
 * calibration/fitted.json, which the baseline's defaults read). Node only.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { isAbsolute, relative, resolve } from 'node:path';
import { createPool, type Pool } from '../../batch/pool.ts';
import { formatProgress, progressAt } from '../../batch/progress.ts';
import { loadCalibration, type Calibration } from '../../calibration/calibrationFile.ts';
import { candidateRuns, scenariosNeeded, type CandidateRun } from '../../calibration/candidateRuns.ts';
import { fitCalibration, STAGE_NAMES, type Candidate, type Fit } from '../../calibration/fit.ts';
import { fittedFile, fittedText } from '../../calibration/fittedFile.ts';
import { weightedLoss } from '../../calibration/loss.ts';
import { meanOverSeeds, valuesOnSeed } from '../../calibration/modelMeans.ts';
import { loadTargets } from '../../calibration/targets.ts';
import type { RunRecord } from '../../experiment/runOne.ts';
import { composeScenario } from '../../scenario/compose.ts';
import { VERSION } from '../../version.ts';
import { readFileBounded } from '../../files/readFileBounded.ts';
import { writeFileAtomic } from '../../files/writeAtomic.ts';
import { progressLine } from '../../batch/progressLine.ts';
import type { ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { BadInputError, EXIT_OK, UsageError } from '../errors.ts';
import { outFlag, quietFlag, WORKERS_FLAG } from '../flags.ts';
import { readInput } from '../inputFiles.ts';
import type { Io } from '../io.ts';
import { checkOutputPath } from '../outputPath.ts';
import { packageRoot } from '../packageRoot.ts';
import { formatNumber, planText, resultText } from './calibrateReport.ts';

const ROOT = packageRoot();
const TARGETS_FILE = `${ROOT}calibration/targets.json`;
const SCENARIOS = `${ROOT}scenarios/`;
const DEFAULT_OUT = `${ROOT}calibration/fitted.json`;

const OUT = outFlag('FILE', 'write the fitted values to FILE.json (default: calibration/fitted.json, which the baseline reads)');
const QUIET = quietFlag('print only the result: no plan, no progress');

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: { synopsis: 'gapsim calibrate <calibration.json>', purpose: 'fit free parameters to published targets, on every core' },
  flags: [
    WORKERS_FLAG,
    OUT,
    QUIET,
  ],
  help: {
    about: `Fits the free parameters the file declares (dotted paths of docs/parameters.md, each
with a range) to published targets of role "calibrate" (calibration/targets.json):
the current defaults and a Latin hypercube over the ranges, then Nelder–Mead from the
best of them, on the loss Σ weight × ((model mean − published) ÷ tolerance)². A model
mean is the mean over the file's seeds (at least 8); every candidate runs on the same
seeds (common random numbers). Prints the plan and the number of runs first, progress on
stderr, then the fitted values, each target's model value against the published one, and
the loss.`,
    details: `The output is replaced atomically, and only when the calibration succeeds. After a new
calibration/fitted.json, run \`npm run docs\`: docs/parameters.md marks each fitted
default "calibrated to <targets>". The file format: calibration/calibration.json.`,
  },
  run: calibrate,
};

async function calibrate(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) {
    throw new UsageError(`calibrate takes one calibration file; got ${args.positionals.length}: gapsim calibrate <calibration.json>`);
  }
  const file = args.positionals[0]!;
  const workers = WORKERS_FLAG.read(args);
  const out = resolve(OUT.read(args) ?? DEFAULT_OUT);
  checkOutputPath(out, ['.json']); // before hours of runs, not after
  const quiet = QUIET.read(args);

  const text = readInput(file, 'a calibration file such as calibration/calibration.json');
  const calibration = loadCalibration(text, file, loadTargets(readInput(TARGETS_FILE, 'the targets file'), 'calibration/targets.json'));
  const scenarios = scenariosNeeded(calibration.targets);
  const bases = new Map(scenarios.map((name) => [name, composeScenario(`${SCENARIOS}${name}.json`, (path) => readFileBounded(path))]));
  // Build the runs of one candidate now, so a scenario the ranges make invalid stops us before the plan.
  candidateRuns(calibration, bases, calibration.parameters.map((p) => (p.low + p.high) / 2));
  const perCandidate = calibration.seeds.length * scenarios.length;
  const planned = perCandidate * (1 + calibration.latinHypercube.points + calibration.nelderMead.maxEvaluations + 1);
  if (!quiet) io.out(planText(calibration, scenarios, workers, planned));

  const started = performance.now();
  const line = progressLine(io.err, io.progress === true);
  const pool = createPool({ workers });
  let runs = 0;
  let bestLoss = Infinity;
  let fit: Fit;
  try {
    fit = await fitCalibration(calibration, async (valueSets, stage) => {
      const scored = await score(valueSets, pool, calibration, bases, file, () => {
        runs++;
        if (!quiet) line.update(`${STAGE_NAMES[stage]}: ${formatProgress(progressAt(runs, 0, planned, (performance.now() - started) / 1000))}${Number.isFinite(bestLoss) ? `, best loss ${formatNumber(bestLoss)}` : ''}`);
      });
      for (const c of scored) bestLoss = Math.min(bestLoss, c.loss);
      return scored;
    }, file);
    if (!quiet) line.update(`done: ${formatProgress(progressAt(runs, 0, runs, (performance.now() - started) / 1000))}`);
  } finally {
    if (!quiet) line.end();
    await pool.close();
  }
  const wallSeconds = (performance.now() - started) / 1000;
  if (!Number.isFinite(fit.best.loss)) {
    const missing = fit.best.fits.filter((f) => f.model === null).map((f) => f.id).join(', ');
    throw new BadInputError(`${file}: households: the fitted values give no model value for ${missing}; expected households × months large enough for every target's quantity`);
  }
  const document = fittedFile({ calibration, fit, file: shownPath(file), digest: `sha256:${createHash('sha256').update(text).digest('hex')}`, version: VERSION, runs, wallSeconds });
  writeFileAtomic(out, fittedText(document));
  io.out(resultText(calibration, fit, runs, wallSeconds, shownPath(out)));
  return EXIT_OK;
}

/**
 * Run every candidate on every seed and scenario, and score it. Each seed of a candidate
 * is reduced to its target values as soon as its runs are in, so few records are held.
 */
async function score(valueSets: number[][], pool: Pool, calibration: Calibration, bases: ReadonlyMap<string, Record<string, unknown>>, file: string, onRun: () => void): Promise<Candidate[]> {
  const runs = valueSets.map((values) => candidateRuns(calibration, bases, values));
  const flat = runs.flatMap((candidate, c) => candidate.map((run) => ({ c, run })));
  const pending = new Map<string, Map<string, RunRecord>>(); // "candidate:seed" → scenario → record
  const perSeed = valueSets.map(() => [] as Array<ReadonlyMap<string, number | null>>);
  const scenarioCount = scenariosNeeded(calibration.targets).length;
  await pool.forEachRun(flat.map((f) => f.run.request), (outcome) => {
    const { c, run } = flat[outcome.index]!;
    if (!outcome.ok) throw runFailed(run, calibration, valueSets[c]!, outcome.error.message, file);
    const key = `${c}:${run.seed}`;
    const records = pending.get(key) ?? new Map<string, RunRecord>();
    records.set(run.scenario, outcome.record);
    pending.set(key, records);
    if (records.size === scenarioCount) {
      // By seed position, not arrival: the mean then adds in the same order with any number of workers.
      perSeed[c]![calibration.seeds.indexOf(run.seed)] = valuesOnSeed(calibration.targets, (scenario) => records.get(scenario)!);
      pending.delete(key);
    }
    onRun();
  });
  return valueSets.map((values, c) => ({ values, ...weightedLoss(calibration.targets, meanOverSeeds(calibration.targets, perSeed[c]!)) }));
}

function runFailed(run: CandidateRun, calibration: Calibration, values: readonly number[], message: string, file: string): BadInputError {
  const at = calibration.parameters.map((p, i) => `${p.path} = ${formatNumber(values[i]!)}`).join(', ');
  return new BadInputError(`${file}: parameters: a run failed at ${at} (scenario "${run.scenario}", seed ${run.seed}): ${message}; expected every run within the ranges to finish, so narrow the ranges or fix the scenario`);
}

/** Inside the package: relative to it (so fitted.json names calibration/calibration.json); else as given. */
function shownPath(path: string): string {
  const inside = relative(ROOT, resolve(path));
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
