/**
 * Runs of a scenario's defaults (readyScenarios.ts defaultsOf) on the same seeds, for the
 * answers' change from the defaults, paired seed by seed. Each set is run once and kept,
 * so running an edit again does not run its defaults again.
 */
import { BATCH_MONTHS, openRuns, runToEnd, seedRequests, type FinishedRun, type Remote } from './engineClient.ts';
import { defaultsOf } from './readyScenarios.ts';

export class ReferenceRuns {
  /** Runs done, by the defaults and the number of seeds. */
  private readonly done = new Map<string, FinishedRun[]>();

  constructor(private readonly workers: readonly Remote[]) {}

  /** The defaults' runs for `raw` on `seeds` seeds; undefined if they could not run or were `cancelled()`. */
  async of(raw: Readonly<Record<string, unknown>>, seeds: number, cancelled: () => boolean): Promise<FinishedRun[] | undefined> {
    const defaults = defaultsOf(raw);
    const key = JSON.stringify([defaults, seeds]);
    const kept = this.done.get(key);
    if (kept) return kept;
    const opened = await openRuns(this.workers, seedRequests(defaults, seeds, false));
    if (!Array.isArray(opened)) return undefined;
    await runToEnd(opened, BATCH_MONTHS, () => undefined, cancelled);
    for (const r of opened) r.close();
    if (cancelled()) return undefined;
    const finished = opened.map((r) => r.finished());
    this.done.set(key, finished);
    return finished;
  }
}
