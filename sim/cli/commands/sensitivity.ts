/**
 * `gapsim sensitivity <experiment.json> --out DIR`: a Morris or Sobol sensitivity analysis of
 * an experiment with a `sensitivity` key. Its sample is planned like any experiment
 * (sim/experiment/design.ts) and run by the batch machinery (commands/batch.ts: resumable,
 * sharded on a cluster), then analysed: DIR gets SALib's plain files (problem.txt, sample.txt,
 * Y_<metric>.txt) and morris.csv or sobol.csv + sobol_convergence.csv.
 *
 * Choices:
 *  - The file says the method (so `gapsim batch`, shards and the analysis plan the same runs);
 *    --method is optional and, when given, must agree with it.
 *  - A sample row's output is the mean of the metric over the experiment's seeds.
 *  - A failed run is never left out: the analysis refuses, naming the sample rows, and writes
 *    failed.csv. A failed run is recorded in the batch like a finished one, so --resume here
 *    first cuts the batch back to its first failed run and runs again from there (store.ts):
 *    the files then equal an uninterrupted batch's, byte for byte.
 *  - A sharded run (--shard I/N, or a Slurm or Kubernetes array) writes its share only;
 *    `gapsim merge` then `--analyse MERGED` finish the analysis.
 * Node only.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, readState, rewindToFirstFailed } from '../../batch/store.ts';
import { IoError } from '../../files/ioError.ts';
import { LineReader } from '../../files/lineReader.ts';
import { writeFileAtomic } from '../../files/writeAtomic.ts';
import { AnalysisError } from '../../experiment/analysisError.ts';
import { analysisFiles, failedCsv, failedText, rowOutputs, type RunLine } from '../../experiment/sensitivity/analysis.ts';
import { planText } from '../../experiment/sensitivity/plan.ts';
import { csvField } from '../../experiment/tidy.ts';
import type { ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { BadInputError, EXIT_OK, UsageError } from '../errors.ts';
import { outFlag, quietFlag, SHARD_FLAG, WORKERS_FLAG } from '../flags.ts';
import type { Io } from '../io.ts';
import { loadExperiment, runBatch, runsOf, shardText, type PlannedExperiment } from './batch.ts';

const METHODS = ['morris', 'sobol'];

const OUT = outFlag('DIR', 'run the sample into DIR (new or empty, or its own with --resume), then analyse it there');
const QUIET = quietFlag('no plan, progress or summary on stderr (problems are still reported)');

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: { synopsis: 'gapsim sensitivity <experiment.json> --out DIR', purpose: 'Morris or Sobol indices of its "sensitivity" sample' },
  usage: ['gapsim sensitivity <experiment.json> --out DIR [options]', 'gapsim sensitivity <experiment.json> --analyse DIR'],
  flags: [
    OUT,
    { name: 'analyse', value: 'DIR', help: 'run nothing: analyse the finished batch in DIR (a merged one, after --shard)' },
    { name: 'method', value: 'M', help: 'morris or sobol: must agree with the file\'s sensitivity.method (optional)' },
    WORKERS_FLAG,
    { name: 'resume', help: 'finish the batch in DIR, running again from its first failed run if any failed' },
    SHARD_FLAG,
    QUIET,
  ],
  help: {
    details: `Runs the Morris or Sobol sample of the experiment's "sensitivity" key (docs/batch.md) on
every seed, as gapsim batch does (results.csv, runs.jsonl, manifest.json in DIR), says how
many runs before starting, and analyses the metrics' means over seeds. DIR then holds, in
SALib's plain formats (salib analyze morris -p problem.txt -X sample.txt -Y Y_<metric>.txt):
  problem.txt              a factor a line: name low high
  sample.txt               a sample row a line, as sampled (whole-number parameters run rounded)
  Y_<metric>.txt           a value a line: the row's mean over seeds
  morris.csv               metric,names,mu,mu_star,sigma,mu_star_conf
  sobol.csv                metric,names,S1,S1_conf,ST,ST_conf
  sobol_convergence.csv    the indices on N/4, N/2 and N base rows, and whether they settled
A failed run stops the analysis: failed.csv names its sample rows, and --resume runs again
from the first failed run. A shard (--shard I/N) writes its share only: gapsim merge the
shards, then gapsim sensitivity <experiment.json> --analyse MERGED.`,
  },
  run: sensitivity,
};

async function sensitivity(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(`sensitivity takes one experiment file; got ${args.positionals.length}: gapsim sensitivity <experiment.json> --out DIR`);
  const out = OUT.read(args);
  const analyse = args.flags.get('analyse')?.[0];
  if ((out === undefined) === (analyse === undefined)) throw new UsageError('sensitivity needs either --out DIR (run, then analyse) or --analyse DIR (analyse a finished batch)');
  if (analyse !== undefined) {
    const running = ['workers', 'resume', 'shard'].filter((flag) => args.flags.has(flag));
    if (running.length > 0) throw new UsageError(`--analyse runs nothing; ${running.map((f) => `--${f}`).join(' and ')} go${running.length === 1 ? 'es' : ''} with --out DIR`);
  }
  const method = args.flags.get('method')?.[0];
  if (method !== undefined && !METHODS.includes(method)) throw new BadInputError(`--method: ${JSON.stringify(method)} is not a method; expected morris or sobol`);
  const workers = WORKERS_FLAG.read(args);
  const shard = analyse === undefined ? SHARD_FLAG.read(args) : undefined;
  const quiet = QUIET.read(args);
  const fileArg = args.positionals[0]!;

  const plan = loadExperiment(fileArg);
  const s = plan.experiment.sensitivity;
  if (!s) throw new BadInputError(`${plan.file}: has no "sensitivity" key; expected {"method": "morris" or "sobol", "factors": {"path": [low, high], ...}, ...} (docs/batch.md)`);
  if (method !== undefined && method !== s.method) {
    throw new BadInputError(`--method: ${JSON.stringify(method)} does not agree with the experiment's sensitivity.method ${JSON.stringify(s.method)}; expected --method ${s.method}, or no --method (the file decides)`);
  }
  const runs = runsOf(plan, shard);
  if (!quiet) io.err(`${planText(s, plan.experiment.seeds.length, plan.design.points.length)}${shard ? `; shard ${shardText(shard)} takes ${runs.length} of them` : ''}\n`);

  if (out !== undefined) {
    const resume = args.flags.has('resume');
    const state = resume ? readState(out) : undefined;
    if (state && state.digest === plan.digest && state.shard === shardText(shard) && state.failed > 0) {
      const rewound = rewindToFirstFailed(out)!;
      if (!quiet) io.err(`sensitivity: ${state.failed} failed run${state.failed === 1 ? '' : 's'} in ${out}; running again from the first (run ${rewound.kept + 1} of ${runs.length}): ${runs.length - rewound.kept} runs\n`);
    }
    const tally = await runBatch(plan, { out, workers, shard, resume, quiet, command: 'sensitivity' }, io);
    if (shard) {
      if (!quiet) io.err(`sensitivity: shard ${shardText(shard)} is in ${out} (${tally.written} runs). Once every shard is done: gapsim merge <the ${shard.count} shard folders> --out MERGED, then gapsim sensitivity ${fileArg} --analyse MERGED\n`);
      return EXIT_OK;
    }
  }
  return analyseFolder(plan, fileArg, (out ?? analyse)!, io, quiet);
}

/** Analyse the finished, whole batch in `dir` and write the analysis there. */
function analyseFolder(plan: PlannedExperiment, fileArg: string, dir: string, io: Io, quiet: boolean): number {
  const s = plan.experiment.sensitivity!;
  const sample = plan.design.sample!;
  const planned = plan.design.runs.length;
  const state = readState(dir);
  if (!state) throw new BadInputError(`${dir}: holds no batch (no ${FILES.state}); expected the folder of gapsim sensitivity --out, or of gapsim merge`);
  if (state.digest !== plan.digest) throw new BadInputError(`${dir}: holds another experiment's results (digest ${state.digest.slice(0, 12)}; this one ${plan.digest.slice(0, 12)}); expected the results of ${fileArg} as it is now, run by this version of gapsim`);
  if (state.shard !== null) throw new BadInputError(`${dir}: is shard ${state.shard} only; expected the whole batch: gapsim merge <every shard folder> --out MERGED, then gapsim sensitivity ${fileArg} --analyse MERGED`);
  if (state.runs < planned) throw new BadInputError(`${dir}: holds ${state.runs} of the ${planned} runs; expected all of them: finish with gapsim sensitivity ${fileArg} --out ${dir} --resume`);

  let result: ReturnType<typeof rowOutputs>;
  try {
    result = rowOutputs(plan.experiment, plan.design, readRuns(dir, planned));
  } catch (error) {
    if (error instanceof AnalysisError) throw new BadInputError(`${join(dir, FILES.jsonl)}: ${error.message}`);
    throw error;
  }
  const files = analysisFiles(s, sample, result.outputs);
  const write = (name: string, text: string): void => writeFileAtomic(join(dir, name), text, '--out');
  write('problem.txt', files.files.get('problem.txt')!);
  write('sample.txt', files.files.get('sample.txt')!);
  const failedFile = join(dir, 'failed.csv');
  if (result.failed.length > 0) {
    write('failed.csv', failedCsv(result.failed));
    const n = result.failed.length;
    throw new BadInputError([
      `${n} run${n === 1 ? '' : 's'} of ${dir} failed, so nothing was analysed (leaving a run out would unbalance the ${s.method === 'morris' ? 'Morris trajectories' : 'Saltelli sample'}):`,
      failedText(result.failed),
      `${failedFile} lists them. gapsim sensitivity ${fileArg} --out ${dir} --resume runs again from the first failed run; a run that fails again on the same scenario and seed fails because of its setting (runs.jsonl holds its scenario and error).`,
    ].join('\n'));
  }
  if (existsSync(failedFile)) rmSync(failedFile);
  const notAnalysedFile = join(dir, 'not_analysed.csv');
  for (const [name, text] of files.files) if (name !== 'problem.txt' && name !== 'sample.txt') write(name, text);
  if (files.notAnalysed.length > 0) {
    write('not_analysed.csv', `metric,reason\n${files.notAnalysed.map((x) => `${csvField(x.metric)},${csvField(x.reason)}\n`).join('')}`);
    for (const x of files.notAnalysed) io.err(`sensitivity: ${x.metric} not analysed: ${x.reason}\n`);
  } else if (existsSync(notAnalysedFile)) rmSync(notAnalysedFile);
  if (files.summary.length === 0) throw new BadInputError(`no metric of ${fileArg} could be analysed (${notAnalysedFile} says why); expected at least one metric that varies and is defined in every run`);
  if (!quiet) {
    const analysed = files.summary.length;
    io.err(`sensitivity: ${s.method} indices of ${analysed} metric${analysed === 1 ? '' : 's'} in ${dir} (${[...files.files.keys()].filter((n) => !n.startsWith('Y_')).join(', ')}, Y_<metric>.txt)\n`);
    for (const line of files.summary) io.err(`  ${line}\n`);
  }
  return EXIT_OK;
}

/** The first `count` lines of runs.jsonl, reduced to what the analysis reads. */
function readRuns(dir: string, count: number): RunLine[] {
  const path = join(dir, FILES.jsonl);
  let reader: LineReader;
  try {
    reader = new LineReader(path);
  } catch (error) {
    throw new IoError(`${path}: cannot be read (${(error as Error).message}); expected the batch's runs.jsonl`);
  }
  const runs: RunLine[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const line = reader.next();
      if (line === undefined) throw new BadInputError(`${path}: ends after ${i} runs; expected ${count}`);
      let run: { run_id?: unknown; status?: unknown; summary?: Record<string, number | null>; error?: { name?: string; message?: string } };
      try {
        run = JSON.parse(line) as typeof run;
      } catch {
        throw new BadInputError(`${path} line ${i + 1}: is not JSON; expected one run a line, as gapsim batch writes`);
      }
      runs.push(run.status === 'ok'
        ? { id: String(run.run_id), ok: true, summary: run.summary ?? {} }
        : { id: String(run.run_id), ok: false, error: `${run.error?.name ?? 'Error'}: ${run.error?.message ?? String(run.status)}` });
    }
  } finally {
    reader.close();
  }
  return runs;
}
