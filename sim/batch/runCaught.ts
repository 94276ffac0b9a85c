/** One run with its error caught: the same outcome in a worker thread as in this thread. */
import { runOne, type RunRequest } from '../experiment/runOne.ts';
import { toFailure, type RunOutcome } from './messages.ts';

export function runCaught(index: number, request: RunRequest): RunOutcome {
  try {
    return { index, ok: true, record: runOne(request) };
  } catch (error) {
    return { index, ok: false, error: toFailure(error) };
  }
}
