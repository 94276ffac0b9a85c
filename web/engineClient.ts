/**
 * The page's side of the engine: a small pool of workers (one per core but one, at most
 * four: main.ts), runs spread over them, and batches of months gathered into per-run series.
 */
import * as Comlink from 'comlink';
import type { CountyFit, FitProgress } from '../sim/county/fit.ts';
import type { CountyProfile } from '../sim/county/profile.ts';
import type { Issue } from '../sim/scenario/errors.ts';
import type { MetricValues } from '../sim/engine/metricValue.ts';
import type { EngineApi, Invalid, MonthBatch, RunInfo, OpenRequest } from './contract.ts';

export type Remote = Comlink.Remote<EngineApi>;

/** Months a worker simulates in one batch of a run to the end: few enough that results show as they come. */
export const BATCH_MONTHS = 6;

export function startWorkers(count: number): Remote[] {
  return Array.from({ length: count }, () =>
    Comlink.wrap<EngineApi>(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })));
}

/**
 * A county's fit (sim/county/fit.ts) in a worker of its own, so that the engine's workers
 * stay free for runs: `result` is the fit, `onProgress` hears each run as it ends (through a
 * Comlink proxy), and `stop` ends the worker, whatever it is doing (`result` then never settles).
 */
export function fitCountyInWorker(profile: CountyProfile, warnings: readonly Issue[], maxEvaluations: number, onProgress: FitProgress): { readonly result: Promise<CountyFit>; stop(): void } {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<EngineApi>(worker);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    remote[Comlink.releaseProxy]();
    worker.terminate();
  };
  const result = remote.fitCounty(profile, warnings, maxEvaluations, Comlink.proxy(onProgress)).finally(stop);
  return { result, stop };
}

/** A finished run as the page reads it: its summary (the CLI's numbers) and series, read with metricValue. */
export interface FinishedRun extends MetricValues {
  readonly series: ReadonlyArray<ReadonlyArray<ArrayLike<number>>>;
  readonly monthsDone: number;
}

/** A run in progress: where it lives, what it is, and the months received so far. */
export class RunHandle {
  /** series[g][m]: the run's values, NaN until the month arrives. */
  readonly series: Float64Array[][];
  /** summary[g][m] over the whole run, from the worker once the run is done (read it with metricValue). */
  summary: ReadonlyArray<ReadonlyArray<number | null>> | undefined;
  /** Household statuses per month (when asked for). */
  readonly statuses: Uint8Array[] = [];
  monthsDone = 0;
  done = false;

  constructor(readonly worker: Remote, readonly id: number, readonly info: RunInfo, readonly request: OpenRequest) {
    this.series = info.groupNames.map(() => info.metricNames.map(() => new Float64Array(info.months).fill(NaN)));
  }

  /** Simulate up to `months` more months and take the batch in. */
  async advance(months: number): Promise<MonthBatch> {
    const batch = await this.worker.advance(this.id, months);
    const metrics = this.info.metricNames.length;
    for (let g = 0; g < this.series.length; g++) {
      for (let m = 0; m < metrics; m++) {
        const offset = (g * metrics + m) * batch.count;
        this.series[g]![m]!.set(batch.values.subarray(offset, offset + batch.count), batch.from);
      }
    }
    if (batch.statuses) {
      const n = this.info.households;
      for (let i = 0; i < batch.count; i++) this.statuses[batch.from + i] = batch.statuses.slice(i * n, (i + 1) * n);
    }
    this.monthsDone = batch.from + batch.count;
    this.done = batch.done;
    if (batch.summary) this.summary = batch.summary;
    return batch;
  }

  /** The run once it is done; asking earlier is a mistake in the page, said so. */
  finished(): FinishedRun {
    if (!this.summary) throw new Error(`run ${this.id} is not done: ${this.monthsDone} of ${this.info.months} months`);
    return { summary: this.summary, series: this.series, monthsDone: this.monthsDone };
  }

  close(): void {
    void this.worker.close(this.id);
  }
}

/** One run request per seed, `seeds` of them from the scenario's seed up; the first seed's with household statuses if asked. */
export function seedRequests(raw: Record<string, unknown>, seeds: number, withStatuses: boolean): OpenRequest[] {
  const seed = Number(raw.seed ?? 1);
  return Array.from({ length: seeds }, (_, i) => ({ raw, seed: seed + i, withStatuses: withStatuses && i === 0 }));
}

/** Open runs for each request, spreading them over the workers. */
export async function openRuns(workers: readonly Remote[], requests: readonly OpenRequest[]): Promise<RunHandle[] | Invalid> {
  const opened = await Promise.all(requests.map(async (request, i) => {
    const worker = workers[i % workers.length]!;
    const info = await worker.open(request);
    return 'error' in info ? info : new RunHandle(worker, info.id, info, request);
  }));
  const failed = opened.find((r): r is Invalid => 'error' in r);
  if (failed) {
    for (const r of opened) if (r instanceof RunHandle) r.close();
    return failed;
  }
  return opened as RunHandle[];
}

/**
 * Advance every run to the end in batches, each worker working through its own runs, and
 * call `onBatch` after each batch so results stream in. Stops early if `cancelled()`.
 */
export async function runToEnd(handles: readonly RunHandle[], batchMonths: number, onBatch: () => void, cancelled: () => boolean): Promise<void> {
  const byWorker = new Map<Remote, RunHandle[]>();
  for (const h of handles) byWorker.set(h.worker, [...(byWorker.get(h.worker) ?? []), h]);
  await Promise.all([...byWorker.values()].map(async (own) => {
    while (!cancelled() && own.some((h) => !h.done)) {
      for (const h of own) {
        if (h.done || cancelled()) continue;
        await h.advance(batchMonths);
        onBatch();
      }
    }
  }));
}

/** The months every run has done (0 with no runs). */
export function monthsDone(runs: readonly RunHandle[]): number {
  return runs.length ? Math.min(...runs.map((r) => r.monthsDone)) : 0;
}
