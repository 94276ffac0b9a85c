import { describe, expect, it } from 'vitest';
import { createPool, forEachRun, runMany, type Progress, type RunOutcome } from '../../../sim/batch/pool.ts';
import type { RunRequest } from '../../../sim/experiment/runOne.ts';
import { withPattern } from '../../../sim/scenario/load.ts';
import type { Scenario } from '../../../sim/scenario/parameters.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';

/** The default county, small: 1,000 households, 12 reported months after a 12-month warm-up. */
const county = (seed: number): Scenario =>
  validateScenario(withPattern({ name: 'pool test', seed, households: 1000, months: 12, warmupMonths: 12 }));

const SEEDS = [1, 2, 3, 4, 5];
const requests: RunRequest[] = SEEDS.map((seed) => ({ scenario: county(seed) }));

/** Everything a run produced, as text: equal text means byte-identical results. */
function fingerprint(outcomes: readonly RunOutcome[]): string {
  return JSON.stringify(outcomes.map((o) => (o.ok
    ? { index: o.index, seed: o.record.seed, summary: o.record.summary, series: o.record.series.map((g) => g.map((s) => Array.from(s))) }
    : { index: o.index, error: o.error.message })));
}

describe('the batch pool', () => {
  it('gives byte-identical records in this thread, with 1 worker and with 2', async () => {
    const here = await runMany(requests, { workers: 0 });
    const one = await runMany(requests, { workers: 1 });
    const two = await runMany(requests, { workers: 2 });
    expect(here.every((o) => o.ok)).toBe(true);
    expect(here.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    expect(fingerprint(one)).toBe(fingerprint(here));
    expect(fingerprint(two)).toBe(fingerprint(here));
    // Different seeds give different runs, so the comparison above has something to compare.
    expect(JSON.stringify(here[0]!.ok && here[0]!.record.summary)).not.toBe(JSON.stringify(here[1]!.ok && here[1]!.record.summary));
  });

  it('records a run that throws and completes the others', async () => {
    // Validation would refuse this rule; handed over unvalidated, it fails only when the run compiles it.
    const broken: Scenario = { ...county(1), government: { ...county(1).government, dibao: { ...county(1).government.dibao, eligibility: 'income_pc < no_such_variable' } } };
    const batch: RunRequest[] = [requests[0]!, { scenario: broken }, { scenario: county(2), seriesMetrics: ['households', 'in_nede'] }, requests[1]!];
    for (const workers of [0, 2]) {
      const outcomes = await runMany(batch, { workers });
      expect(outcomes.map((o) => o.ok), `workers: ${workers}`).toEqual([true, false, false, true]);
      const [, rule, metric] = outcomes;
      expect(!rule!.ok && rule!.error.message).toMatch(/no_such_variable/);
      expect(!metric!.ok && metric!.error.message).toMatch(/seriesMetrics\[1\]: "in_nede" is not a metric \(did you mean "in_need"\?\)/);
    }
  });

  it('streams each outcome once, and counts progress up to the total', async () => {
    const seen: number[] = [];
    const reports: Progress[] = [];
    const totals = await forEachRun(requests, (o) => seen.push(o.index), { workers: 2, onProgress: (p) => reports.push(p) });
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(reports.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(reports.every((p) => p.total === 5 && p.failed === 0)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ done: 5, secondsLeft: 0 });
    expect(reports.at(-1)!.runsPerSecond).toBeGreaterThan(0);
    expect(totals).toMatchObject({ done: 5, failed: 0 });
  });

  it('keeps only the series asked for', async () => {
    const [outcome] = await runMany([{ scenario: county(1), seriesMetrics: ['in_need'] }], { workers: 1 });
    if (!outcome?.ok) throw new Error('the run failed');
    expect(outcome.record.seriesMetrics).toEqual(['in_need']);
    const lengths = outcome.record.series[0]!.map((s) => s.length);
    expect(lengths.filter((n) => n === 12)).toHaveLength(1);
    expect(lengths.filter((n) => n === 0)).toHaveLength(lengths.length - 1);
  });

  it('runs batch after batch on the threads of one pool', async () => {
    const pool = createPool({ workers: 2 });
    try {
      const first = await pool.runMany(requests.slice(0, 3));
      const second = await pool.runMany(requests.slice(0, 3));
      expect(fingerprint(second)).toBe(fingerprint(first));
      expect(first.every((o) => o.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('stops the batch when the caller\'s callback throws, and refuses a bad worker count', async () => {
    await expect(forEachRun(requests, () => { throw new Error('reducer broke'); }, { workers: 2 })).rejects.toThrow('reducer broke');
    await expect(forEachRun(requests, () => undefined, { workers: -1 })).rejects.toThrow(/workers: -1 is not valid; expected a whole number ≥ 0/);
    expect(await runMany([], { workers: 2 })).toEqual([]);
  });
});
