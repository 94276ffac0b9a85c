/** The --workers flag of the commands that run many runs (calibrate, batch). Node only. */
import { availableParallelism } from 'node:os';
import { BadInputError } from './errors.ts';

export const WORKERS_HELP = `worker threads (default: every core, ${availableParallelism()} here; 0 runs in this thread)`;

export function workerCount(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > 1024) {
    throw new BadInputError(`--workers: ${JSON.stringify(text)} is not valid; expected a whole number from 0 to 1024 (0 runs in this thread)`);
  }
  return value;
}
