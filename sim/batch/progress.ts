/**
 * How far a batch has got: runs finished and failed, the rate so far and the time left
 * at that rate. The clock is passed in, so the arithmetic is testable without waiting.
 */
export interface Progress {
  /** Runs finished, failed ones included. */
  readonly done: number;
  /** Of the finished runs, those that threw. */
  readonly failed: number;
  readonly total: number;
  readonly elapsedSeconds: number;
  /** Runs finished per second of wall time so far (0 before the first). */
  readonly runsPerSecond: number;
  /** Time left at the rate so far; null before the first run finishes. */
  readonly secondsLeft: number | null;
}

export function progressAt(done: number, failed: number, total: number, elapsedSeconds: number): Progress {
  const runsPerSecond = done > 0 && elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const secondsLeft = done >= total ? 0 : runsPerSecond > 0 ? (total - done) / runsPerSecond : null;
  return { done, failed, total, elapsedSeconds, runsPerSecond, secondsLeft };
}

/** "312/672 runs, 2 failed, 5.1 runs/s, 1 min 10 s left". */
export function formatProgress(p: Progress): string {
  const failed = p.failed > 0 ? `, ${p.failed} failed` : '';
  const rate = p.runsPerSecond >= 10 ? p.runsPerSecond.toFixed(0) : p.runsPerSecond.toFixed(1);
  const left = p.done >= p.total ? `done in ${formatDuration(p.elapsedSeconds)}` : p.secondsLeft === null ? 'time left not yet known' : `${formatDuration(p.secondsLeft)} left`;
  return `${p.done}/${p.total} runs${failed}, ${rate} runs/s, ${left}`;
}

/** "45 s", "3 min 05 s", "2 h 07 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
