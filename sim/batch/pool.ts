/**
 * Many runs on a pool of worker threads (Node only). Every run goes through the same
 * pure function, runOne (sim/experiment/runOne.ts), whether in a thread or in this
 * thread, so a batch gives the same records with 0, 1 or N workers; only the order in
 * which they finish differs, and each outcome carries its request's index.
 *
 * A run that throws is an outcome ({ ok: false, error }), not the end of the batch. The
 * batch itself fails (the promise rejects) only when a thread cannot start or the
 * caller's callback throws; its threads are then stopped at once.
 *
 * `forEachRun` and `runMany` start threads for one batch and stop them at its end. A
 * caller with many small batches (an optimiser) keeps one `createPool()` and closes it,
 * so threads start once.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { RunRequest } from '../experiment/runOne.ts';
import type { RunOutcome } from './messages.ts';
import { progressAt, type Progress } from './progress.ts';
import { runCaught } from './runCaught.ts';
import { RunThread } from './workerThread.ts';

export type { RunFailure, RunOutcome } from './messages.ts';
export type { Progress } from './progress.ts';

export interface PoolOptions {
  /** Worker threads; 0 runs every request in this thread. Default: os.availableParallelism(). */
  readonly workers?: number;
}

export interface BatchOptions {
  /** Called once at the start (done = 0) and after every finished run. */
  readonly onProgress?: (progress: Progress) => void;
}

export interface BatchTotals {
  readonly done: number;
  readonly failed: number;
  readonly elapsedSeconds: number;
}

export interface Pool {
  readonly workers: number;
  /**
   * Run every request and hand each outcome to `onResult` as soon as it is finished, in
   * the order runs finish. Nothing is kept here, so a caller that reduces as it goes
   * holds one record per thread at most. Batches on one pool run one after another.
   */
  forEachRun(requests: readonly RunRequest[], onResult: (outcome: RunOutcome) => void, options?: BatchOptions): Promise<BatchTotals>;
  /** Run every request; the outcomes in the order of the requests. */
  runMany(requests: readonly RunRequest[], options?: BatchOptions): Promise<RunOutcome[]>;
  /** Stop the threads. */
  close(): Promise<void>;
}

export function createPool(options: PoolOptions = {}): Pool {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) {
    throw new RangeError(`workers: ${JSON.stringify(workers)} is not valid; expected a whole number ≥ 0 (0 runs in this thread)`);
  }
  let threads: RunThread[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const stopThreads = async (): Promise<void> => {
    const stopping = threads.map((thread) => thread.stop());
    threads = [];
    await Promise.allSettled(stopping);
  };

  const batch = async (requests: readonly RunRequest[], onResult: (outcome: RunOutcome) => void, batchOptions: BatchOptions): Promise<BatchTotals> => {
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    let done = 0;
    let failed = 0;
    let next = 0;
    let failure: { error: unknown } | undefined;
    batchOptions.onProgress?.(progressAt(0, 0, requests.length, 0));

    const deliver = (outcome: RunOutcome): void => {
      done++;
      if (!outcome.ok) failed++;
      onResult(outcome);
      batchOptions.onProgress?.(progressAt(done, failed, requests.length, elapsed()));
    };
    const fail = (error: unknown): void => {
      if (failure) return;
      failure = { error };
      void stopThreads();
    };
    const lane = async (slot: number): Promise<void> => {
      while (!failure && next < requests.length) {
        const index = next++;
        try {
          let outcome: RunOutcome;
          if (workers === 0) {
            outcome = runCaught(index, requests[index]!);
            // Let timers, signals and progress output through between runs.
            await new Promise((resolve) => setImmediate(resolve));
          } else {
            if (!threads[slot] || threads[slot].dead) threads[slot] = new RunThread();
            outcome = await threads[slot].run(index, requests[index]!);
          }
          if (failure) return;
          deliver(outcome);
        } catch (error) {
          fail(error);
        }
      }
    };

    const lanes = workers === 0 ? 1 : Math.min(workers, requests.length);
    await Promise.all(Array.from({ length: lanes }, (_, slot) => lane(slot)));
    if (failure) throw failure.error;
    return { done, failed, elapsedSeconds: elapsed() };
  };

  const pool: Pool = {
    workers,
    forEachRun(requests, onResult, batchOptions = {}) {
      const result = queue.then(() => batch(requests, onResult, batchOptions));
      queue = result.catch(() => undefined);
      return result;
    },
    async runMany(requests, batchOptions = {}) {
      const outcomes = new Array<RunOutcome>(requests.length);
      await pool.forEachRun(requests, (outcome) => {
        outcomes[outcome.index] = outcome;
      }, batchOptions);
      return outcomes;
    },
    async close() {
      await queue;
      await stopThreads();
    },
  };
  return pool;
}

/** One batch on threads started for it and stopped at its end (see Pool.forEachRun). */
export async function forEachRun(requests: readonly RunRequest[], onResult: (outcome: RunOutcome) => void, options: PoolOptions & BatchOptions = {}): Promise<BatchTotals> {
  const pool = createPool(options);
  try {
    return await pool.forEachRun(requests, onResult, options);
  } finally {
    await pool.close();
  }
}

/** One batch, outcomes in the order of the requests (see Pool.runMany). */
export async function runMany(requests: readonly RunRequest[], options: PoolOptions & BatchOptions = {}): Promise<RunOutcome[]> {
  const pool = createPool(options);
  try {
    return await pool.runMany(requests, options);
  } finally {
    await pool.close();
  }
}
