/**
 * `gapsim batch <experiment.json> --out DIR`: every run of an experiment (experiments/*.json,
 * sim/experiment/experimentFile.ts) on the worker-thread pool, streamed to DIR in the plan's
 * order (sim/batch/store.ts): tidy results.csv, runs.jsonl (one line a run: status, resolved
 * scenario, summary), manifest.json. A run that throws is recorded as failed and the batch goes
 * on; --resume finishes an interrupted batch; --shard I/N (or a Slurm array task, or a
 * Kubernetes indexed job) takes a deterministic share. Node only.
 */
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPool } from '../../batch/pool.ts';
import { formatDuration, formatProgress, progressAt } from '../../batch/progress.ts';
import { BatchStore, readState } from '../../batch/store.ts';
import { canonical } from '../../experiment/canonical.ts';
import { planExperiment, scenarioOf, type Design, type PlannedRun } from '../../experiment/design.ts';
import { parseExperiment, type Experiment } from '../../experiment/experimentFile.ts';
import { runsOfShard, type Shard } from '../../experiment/shard.ts';
import { sha256 } from '../../experiment/sha256.ts';
import { csvHeader, csvRows, runLine } from '../../experiment/tidy.ts';
import { composeScenario, parseJson, resolvePath } from '../../scenario/compose.ts';
import { readFileBounded } from '../../files/readFileBounded.ts';
import { VERSION } from '../../version.ts';
import { progressLine } from '../../batch/progressLine.ts';
import type { ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { outFlag, quietFlag, SHARD_FLAG, WORKERS_FLAG } from '../flags.ts';
import { readInput } from '../inputFiles.ts';
import type { Io } from '../io.ts';

const OUT = outFlag('DIR', 'the output folder: new or empty, or this batch\'s own with --resume');
const QUIET = quietFlag('no progress and no summary on stderr');

export const batchCommand: Command = {
  name: 'batch',
  summary: { synopsis: 'gapsim batch <experiment.json> --out DIR', purpose: 'run an experiment\'s factors and seeds, on every core' },
  flags: [
    OUT,
    WORKERS_FLAG,
    { name: 'resume', help: 'finish the batch in DIR: only the runs not yet written' },
    SHARD_FLAG,
    { name: 'missing', help: 'list the runs DIR does not hold yet (their ids on stdout), and run nothing' },
    QUIET,
  ],
  help: {
    details: `Runs every combination of the experiment's factors on every seed (experiments/ has an
example; docs/batch.md the file format) and writes, in the plan's order whatever the number
of workers:
  DIR/results.csv    run_id,seed,<factor…>,month,group,metric,value — the run summary with
                     an empty month, then each month if the experiment keeps series
  DIR/runs.jsonl     one JSON line a run: run_id, seed, factors, status ("ok", or "failed"
                     with its error), the resolved scenario and the summary
  DIR/manifest.json  the experiment, its digest, gapsim's version, start, end, runs done
A run's id comes from its resolved scenario and seed. A run that throws is recorded and the
batch goes on. After Ctrl-C or a crash, --resume does what is missing; the files then equal
an uninterrupted batch's byte for byte.`,
  },
  run: batch,
};

/** Runs handed to the pool at a time: enough to keep every thread busy, few enough to bound memory. */
const CHUNK_PER_WORKER = 16;

async function batch(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(`batch takes one experiment file; got ${args.positionals.length}: gapsim batch <experiment.json> --out DIR`);
  const out = OUT.read(args);
  if (out === undefined) throw new UsageError('batch needs --out DIR, the folder for its results');
  const workers = WORKERS_FLAG.read(args);
  const shard = SHARD_FLAG.read(args);
  const quiet = QUIET.read(args);
  const plan = loadExperiment(args.positionals[0]!);

  if (args.flags.has('missing')) {
    const runs = runsOf(plan, shard);
    const state = readState(out);
    const written = state?.digest === plan.digest && state.shard === shardText(shard) ? state.runs : 0;
    for (const run of runs.slice(written)) io.out(`${run.id}\n`);
    io.err(`${runs.length - written} of ${runs.length} runs missing in ${out}\n`);
    return EXIT_OK;
  }
  await runBatch(plan, { out, workers, shard, resume: args.flags.has('resume'), quiet }, io);
  return EXIT_OK;
}

/** An experiment file read and planned, with the digest its results carry. */
export interface PlannedExperiment {
  /** The experiment file, absolute. */
  readonly file: string;
  readonly experiment: Experiment;
  /** Its scenario file, composed. */
  readonly base: Record<string, unknown>;
  readonly design: Design;
  /** What the results depend on: the experiment as resolved and gapsim's version. */
  readonly digest: string;
}

/** Read, check and plan an experiment file: every problem is reported before any run. */
export function loadExperiment(path: string): PlannedExperiment {
  const file = resolve(path);
  const experiment = parseExperiment(parseJson(readInput(file, 'an experiment file such as experiments/dibao_line.json'), file), file);
  const base = composeScenario(resolvePath(dirname(file), experiment.scenario), readFileBounded);
  const design = planExperiment(experiment, base, file);
  // The experiment as resolved (its base scenario's content, not its path) and the version: what the results depend on.
  const digest = sha256(canonical({ experiment: { ...experiment, scenario: undefined }, base, version: VERSION }));
  return { file, experiment, base, design, digest };
}

export interface BatchSettings {
  readonly out: string;
  readonly workers: number;
  readonly shard?: Shard | undefined;
  readonly resume: boolean;
  readonly quiet: boolean;
  /** The name the closing summary starts with. */
  readonly command?: string;
}

export interface BatchTally {
  /** Runs of this folder's plan (the shard's, if sharded). */
  readonly planned: number;
  /** Runs on disk now, failed ones included, and of them those that failed. */
  readonly written: number;
  readonly failed: number;
}

/** The runs a folder holds: the whole plan, or one shard of it. */
export const runsOf = (plan: PlannedExperiment, shard: Shard | undefined): PlannedRun[] => (shard ? runsOfShard(plan.design.runs, shard) : [...plan.design.runs]);
export const shardText = (shard: Shard | undefined): string | null => (shard ? `${shard.index}/${shard.count}` : null);

/** Run what `settings.out` does not hold yet, streaming to it in plan order (what `gapsim batch` does). */
export async function runBatch(plan: PlannedExperiment, settings: BatchSettings, io: Io): Promise<BatchTally> {
  const { experiment, design } = plan;
  const { out, quiet } = settings;
  const runs = runsOf(plan, settings.shard);
  const store = BatchStore.open(out, {
    experiment: plan.file, digest: plan.digest, version: VERSION, shard: shardText(settings.shard), planned: runs.length, started: new Date().toISOString(),
  }, csvHeader(experiment), settings.resume);
  const before = store.written;
  const line = progressLine(io.err, io.progress === true);
  const started = performance.now();
  const show = () => { if (!quiet) line.update(formatProgress(progressAt(store.written - before, store.failed, runs.length - before, (performance.now() - started) / 1000))); };
  const pool = createPool({ workers: settings.workers });
  try {
    const chunk = Math.max(CHUNK_PER_WORKER, CHUNK_PER_WORKER * settings.workers);
    for (let at = before; at < runs.length; at += chunk) {
      await runChunk(pool, experiment, design, runs.slice(at, at + chunk), store, show);
    }
  } finally {
    await pool.close();
    line.end();
    store.close(store.written === runs.length);
  }
  if (!quiet) {
    const failed = store.failed > 0 ? `, ${store.failed} failed (recorded in runs.jsonl)` : '';
    io.err(`${settings.command ?? 'batch'}: ${store.written - before} runs in ${formatDuration((performance.now() - started) / 1000)}${failed}; ${store.written} of ${runs.length} in ${out}\n`);
  }
  return { planned: runs.length, written: store.written, failed: store.failed };
}

/** Run a chunk of the plan and append its runs in plan order as soon as each is next. */
async function runChunk(pool: ReturnType<typeof createPool>, experiment: Experiment, design: Design, chunk: readonly PlannedRun[], store: BatchStore, show: () => void): Promise<void> {
  const texts = new Map<number, { csv: string; jsonl: string; failed: number }>();
  let next = 0;
  const requests = chunk.map((run) => ({ scenario: scenarioOf(design, run), seriesMetrics: experiment.series ? experiment.metrics : [] }));
  await pool.forEachRun(requests, (outcome) => {
    const run = chunk[outcome.index]!;
    const { factors } = design.points[run.point]!;
    const scenario = requests[outcome.index]!.scenario;
    texts.set(outcome.index, outcome.ok
      ? { csv: csvRows(experiment, run.id, run.seed, factors, outcome.record), jsonl: runLine(experiment, run.id, scenario, factors, { record: outcome.record }), failed: 0 }
      : { csv: '', jsonl: runLine(experiment, run.id, scenario, factors, { error: outcome.error }), failed: 1 });
    let csv = '';
    let jsonl = '';
    let count = 0;
    let failed = 0;
    for (let t = texts.get(next); t; t = texts.get(next)) {
      texts.delete(next++);
      csv += t.csv;
      jsonl += t.jsonl;
      count++;
      failed += t.failed;
    }
    if (count > 0) store.append(csv, jsonl, count, failed);
    show();
  });
}
