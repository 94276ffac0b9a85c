/**
 * A batch's output folder (Node only): results.csv and runs.jsonl, appended in the plan's
 * order, manifest.json (the experiment, its digest, version, times, counts) and state.json
 * (how many runs and bytes are complete). Runs are written only as a prefix of the plan, and
 * state.json is replaced atomically after the data it counts is on disk, so after Ctrl-C or a
 * crash, --resume cuts each file back to what state.json counts and goes on from there: the
 * result equals an uninterrupted run's, byte for byte.
 *
 * A failed run is written like a finished one (its line in runs.jsonl says "failed"), so
 * --resume alone does not run it again. rewindToFirstFailed cuts state.json back to the run
 * before the first failed one: the next --resume then runs again from there (used by
 * `gapsim sensitivity --resume`, whose analysis needs every run).
 */
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IoError } from '../files/ioError.ts';
import { LineReader } from '../files/lineReader.ts';
import { readFileBounded } from '../files/readFileBounded.ts';
import { writeFailure, writeFileAtomic, writeFully } from '../files/writeAtomic.ts';

export interface Manifest {
  readonly experiment: string;
  readonly digest: string;
  readonly version: string;
  readonly shard: string | null;
  readonly planned: number;
  readonly started: string;
  readonly ended: string | null;
  readonly done: number;
  readonly failed: number;
}

export interface State {
  readonly digest: string;
  readonly shard: string | null;
  readonly runs: number;
  readonly failed: number;
  readonly csvBytes: number;
  readonly jsonlBytes: number;
}

export const FILES = { csv: 'results.csv', jsonl: 'runs.jsonl', manifest: 'manifest.json', state: 'state.json' } as const;

export class BatchStore {
  private csv: number;
  private jsonl: number;
  private state: State;

  private constructor(private readonly dir: string, private manifest: Manifest, state: State) {
    this.state = state;
    this.csv = openAt(join(dir, FILES.csv), state.csvBytes);
    this.jsonl = openAt(join(dir, FILES.jsonl), state.jsonlBytes);
  }

  /** Runs already written (a prefix of the plan), and of them those that failed. */
  get written(): number { return this.state.runs; }
  get failed(): number { return this.state.failed; }

  /**
   * Open `dir` for an experiment: a new or empty folder, or — with `resume` — one holding
   * this experiment's results (the same digest). Anything else is refused, naming why.
   */
  static open(dir: string, manifest: Omit<Manifest, 'done' | 'failed' | 'ended'>, header: string, resume: boolean): BatchStore {
    const existing = readState(dir);
    if (existing) {
      if (!resume) throw new IoError(`--out ${JSON.stringify(dir)} holds a batch already (${FILES.state}); expected an empty folder, or --resume to finish that batch`);
      if (existing.digest !== manifest.digest || existing.shard !== manifest.shard) {
        throw new IoError(`--out ${JSON.stringify(dir)} holds another experiment's results (digest ${existing.digest.slice(0, 12)}, shard ${existing.shard ?? 'none'}; this one ${manifest.digest.slice(0, 12)}, shard ${manifest.shard ?? 'none'}); expected the same experiment file, settings and shard, or another folder`);
      }
      const old = JSON.parse(readFileBounded(join(dir, FILES.manifest))) as Manifest;
      return new BatchStore(dir, { ...manifest, started: old.started, done: existing.runs, failed: existing.failed, ended: null }, existing);
    }
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new IoError(`--out ${JSON.stringify(dir)}: ${writeFailure(error)}`);
    }
    if (readdirSync(dir).length > 0) throw new IoError(`--out ${JSON.stringify(dir)} is not empty and holds no batch; expected an empty or new folder`);
    const state: State = { digest: manifest.digest, shard: manifest.shard, runs: 0, failed: 0, csvBytes: 0, jsonlBytes: 0 };
    const store = new BatchStore(dir, { ...manifest, done: 0, failed: 0, ended: null }, state);
    store.append(header, '', 0, 0);
    store.saveManifest();
    return store;
  }

  /** Append finished runs' text (in plan order), then record them as complete. */
  append(csvText: string, jsonlText: string, runs: number, failed: number): void {
    const csvBytes = writeAll(this.csv, csvText, join(this.dir, FILES.csv), this.state.csvBytes);
    let jsonlBytes: number;
    try {
      jsonlBytes = writeAll(this.jsonl, jsonlText, join(this.dir, FILES.jsonl), this.state.jsonlBytes);
    } catch (error) {
      ftruncateSync(this.csv, this.state.csvBytes);
      throw error;
    }
    fsyncSync(this.csv);
    fsyncSync(this.jsonl);
    this.state = { ...this.state, runs: this.state.runs + runs, failed: this.state.failed + failed, csvBytes: this.state.csvBytes + csvBytes, jsonlBytes: this.state.jsonlBytes + jsonlBytes };
    writeFileAtomic(join(this.dir, FILES.state), `${JSON.stringify(this.state)}\n`, '--out');
    this.manifest = { ...this.manifest, done: this.state.runs, failed: this.state.failed };
  }

  /** Close the files; `complete` when every planned run is written. */
  close(complete: boolean): void {
    closeSync(this.csv);
    closeSync(this.jsonl);
    if (complete) this.manifest = { ...this.manifest, ended: new Date().toISOString() };
    this.saveManifest();
  }

  private saveManifest(): void {
    writeFileAtomic(join(this.dir, FILES.manifest), `${JSON.stringify(this.manifest, null, 1)}\n`, '--out');
  }
}

export function readState(dir: string): State | undefined {
  const path = join(dir, FILES.state);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileBounded(path)) as State;
}

/** Open a file for appending after cutting it back to `bytes` (what a previous run completed). */
function openAt(path: string, bytes: number): number {
  try {
    const fd = openSync(path, existsSync(path) ? 'r+' : 'w+');
    if (fstatSync(fd).size < bytes) throw new Error(`${path} is shorter than ${FILES.state} says (${bytes} bytes); expected the batch's own file`);
    ftruncateSync(fd, bytes);
    return fd;
  } catch (error) {
    if (error instanceof Error && !('code' in error)) throw new IoError(error.message);
    throw new IoError(`--out ${JSON.stringify(path)}: ${writeFailure(error)}`);
  }
}

/** Write `text` at `position` (the bytes complete so far); on failure cut the file back to it. */
function writeAll(fd: number, text: string, path: string, position: number): number {
  try {
    return writeFully(fd, text, position);
  } catch (error) {
    try { ftruncateSync(fd, position); } catch { /* the write error is the one to report */ }
    throw new IoError(`--out ${JSON.stringify(path)}: ${writeFailure(error)}; the runs written before are kept, and --resume goes on from them`);
  }
}

/**
 * Cut the batch in `dir` back to the runs before its first failed one, by replacing
 * state.json alone (atomically; the files are cut when the batch is next opened with
 * resume). Returns the runs kept and those to run again, or undefined when no run failed.
 * CSV rows belong to the run whose id starts them (tidy.ts), as `gapsim merge` reads them.
 */
export function rewindToFirstFailed(dir: string): { kept: number; again: number } | undefined {
  const state = readState(dir);
  if (!state || state.failed === 0) return undefined;
  const jsonl = new LineReader(join(dir, FILES.jsonl));
  const csv = new LineReader(join(dir, FILES.csv));
  const bytes = (line: string): number => Buffer.byteLength(line) + 1;
  try {
    const header = csv.next();
    if (header === undefined) throw new IoError(`${join(dir, FILES.csv)}: is empty; expected the batch's header and rows`);
    let csvBytes = bytes(header);
    let jsonlBytes = 0;
    for (let i = 0; i < state.runs; i++) {
      const line = jsonl.next();
      if (line === undefined) throw new IoError(`${join(dir, FILES.jsonl)}: ends after ${i} runs; expected the ${state.runs} that ${FILES.state} counts`);
      const run = JSON.parse(line) as { run_id: string; status: string };
      if (run.status !== 'ok') {
        writeFileAtomic(join(dir, FILES.state), `${JSON.stringify({ ...state, runs: i, failed: 0, csvBytes, jsonlBytes })}\n`, '--out');
        return { kept: i, again: state.runs - i };
      }
      jsonlBytes += bytes(line);
      for (let row = csv.peek(); row !== undefined && row.startsWith(`${run.run_id},`); row = csv.peek()) csvBytes += bytes(csv.next()!);
    }
    throw new IoError(`${join(dir, FILES.jsonl)}: holds no failed run, but ${FILES.state} counts ${state.failed}; expected the batch's own files`);
  } finally {
    jsonl.close();
    csv.close();
  }
}
