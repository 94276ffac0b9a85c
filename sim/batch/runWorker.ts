/**
 * The body of a batch worker thread: runs each job it is sent and sends back the
 * outcome, handing over the series' buffers rather than copying them. Started by
 * workerThread.ts.
 */
import { parentPort } from 'node:worker_threads';
import { seriesBuffers, type RunJob, type WorkerReady } from './messages.ts';
import { runCaught } from './runCaught.ts';

const port = parentPort;
if (!port) throw new Error('sim/batch/runWorker is the body of a worker thread; expected to be started by the batch pool');

port.on('message', ({ index, request }: RunJob) => {
  const outcome = runCaught(index, request);
  port.postMessage(outcome, outcome.ok ? seriesBuffers(outcome.record) : []);
});
port.postMessage({ ready: true } satisfies WorkerReady);
