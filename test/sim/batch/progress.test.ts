import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, progressAt } from '../../../sim/batch/progress.ts';

describe('batch progress', () => {
  it('computes the rate and the time left at that rate', () => {
    expect(progressAt(30, 1, 120, 10)).toEqual({ done: 30, failed: 1, total: 120, elapsedSeconds: 10, runsPerSecond: 3, secondsLeft: 30 });
    expect(progressAt(0, 0, 120, 0)).toMatchObject({ runsPerSecond: 0, secondsLeft: null });
    expect(progressAt(120, 0, 120, 40)).toMatchObject({ secondsLeft: 0 });
  });

  it('reads as one short line', () => {
    expect(formatProgress(progressAt(30, 1, 120, 10))).toBe('30/120 runs, 1 failed, 3.0 runs/s, 30 s left');
    expect(formatProgress(progressAt(0, 0, 120, 0))).toBe('0/120 runs, 0.0 runs/s, time left not yet known');
    expect(formatProgress(progressAt(120, 0, 120, 185))).toBe('120/120 runs, 0.6 runs/s, done in 3 min 05 s');
    expect(formatDuration(7380)).toBe('2 h 03 min');
  });
});
