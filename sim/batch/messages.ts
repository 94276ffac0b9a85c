/**
 * What the batch pool and its worker threads say to each other, and the one way a
 * thrown error becomes a recorded failure, so a run fails the same in a thread and
 * in-process.
 */
import type { RunRecord, RunRequest } from '../experiment/runOne.ts';

/** A run that threw: its error, reduced to plain data. */
export interface RunFailure {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** The result of one run of a batch; index is the request's position in the batch. */
export type RunOutcome =
  | { readonly index: number; readonly ok: true; readonly record: RunRecord }
  | { readonly index: number; readonly ok: false; readonly error: RunFailure };

/** Pool → thread: run this request. */
export interface RunJob {
  readonly index: number;
  readonly request: RunRequest;
}

/** Thread → pool: the thread has loaded the engine and waits for jobs. */
export interface WorkerReady {
  readonly ready: true;
}

export type WorkerMessage = WorkerReady | RunOutcome;

export function toFailure(error: unknown): RunFailure {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) };
  return { name: 'Error', message: String(error) };
}

/** The buffers of a record's series, each once (a transfer list must not repeat one). */
export function seriesBuffers(record: RunRecord): ArrayBuffer[] {
  return [...new Set(record.series.flatMap((perMetric) => perMetric.map((values) => values.buffer as ArrayBuffer)))];
}
