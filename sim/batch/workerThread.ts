/**
 * One batch worker thread, started from TypeScript sources or from a built bundle, that
 * runs one job at a time.
 *
 * Under tsx (the `gapsim` command, vitest) Node cannot start a thread on a .ts file
 * (ERR_UNKNOWN_FILE_EXTENSION, tsx issue #354, even with execArgv --import tsx). The
 * thread therefore starts from a few lines of evaluated code that register tsx's loader
 * inside the thread and then import the worker body. tsx is located from here, so this
 * works from any working directory. A built bundle (.js) starts the body directly.
 */
import { Worker } from 'node:worker_threads';
import type { RunRequest } from '../experiment/runOne.ts';
import { toFailure, type RunJob, type RunOutcome, type WorkerMessage } from './messages.ts';

const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
// Concatenated, not a template literal, so a bundler leaves the URL alone.
const body = new URL('./runWorker' + extension, import.meta.url);

function startWorker(): Worker {
  if (extension === '.js') return new Worker(body);
  const tsx = import.meta.resolve('tsx/esm/api');
  // Evaluated worker code is CommonJS on Node 20, hence import() rather than import statements.
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(body.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

interface Pending {
  readonly index: number;
  readonly settle: (outcome: RunOutcome) => void;
}

/**
 * A worker thread that runs one request at a time. A thread that dies in a run (out of
 * memory, say) gives that run a failed outcome and is `dead` from then on; one that
 * cannot start makes `run` reject. An idle thread does not keep the process alive.
 */
export class RunThread {
  private readonly worker = startWorker();
  private readonly ready: Promise<void>;
  private pending: Pending | undefined;
  private stopping = false;
  dead = false;

  constructor() {
    this.ready = new Promise((resolve, reject) => {
      let started = false;
      this.worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          started = true;
          this.worker.unref(); // idle until the first job
          resolve();
        } else this.settle(message);
      });
      const died = (error: Error): void => {
        if (this.dead) return;
        this.dead = true;
        if (!started) reject(new Error(`a batch worker thread failed to start: ${error.message}`, { cause: error }));
        else if (this.pending) this.settle({ index: this.pending.index, ok: false, error: toFailure(error) });
      };
      this.worker.on('error', died);
      this.worker.on('exit', (code) => died(new Error(this.stopping ? 'the worker thread was stopped' : `the worker thread exited with code ${code}`)));
    });
    this.ready.catch(() => undefined); // reported by run(), not as an unhandled rejection
  }

  async run(index: number, request: RunRequest): Promise<RunOutcome> {
    await this.ready;
    if (this.dead) return { index, ok: false, error: { name: 'Error', message: 'the worker thread had stopped' } };
    return new Promise((settle) => {
      this.pending = { index, settle };
      this.worker.ref();
      this.worker.postMessage({ index, request } satisfies RunJob);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }

  private settle(outcome: RunOutcome): void {
    const pending = this.pending;
    this.pending = undefined;
    this.worker.unref();
    pending?.settle(outcome);
  }
}
