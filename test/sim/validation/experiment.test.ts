/** Designs evaluated over seeds through an injected runner (no simulation: runs are made up). */
import { describe, expect, it } from 'vitest';
import type { RunView } from '../../../sim/calibration/quantities.ts';
import { GROUPS } from '../../../sim/engine/groups.ts';
import { METRIC_NAMES } from '../../../sim/engine/metrics.ts';
import type { Scenario } from '../../../sim/scenario/parameters.ts';
import { countRuns, evaluate, generated, seedsUpTo, type Design, type Runner } from '../../../sim/validation/experiment.ts';
import { leverDesigns } from '../../../sim/validation/levers.ts';
import { sizeDesign } from '../../../sim/validation/sizeInvariance.ts';
import { factDesigns } from '../../../sim/validation/stylisedFacts.ts';

const settings = { households: 100, months: 36, warmupMonths: 0 };

/** A made-up run: every summary value is the seed plus a small per-metric offset; series are flat. */
function fakeRun(scenario: Scenario): RunView {
  return {
    months: scenario.months,
    summary: GROUPS.map((_, g) => METRIC_NAMES.map((_, m) => scenario.seed + (g + m) / 1000)),
    series: GROUPS.map(() => METRIC_NAMES.map((_, m) => new Float64Array(scenario.months).fill(1 + m / 100))),
    events: scenario.events,
  };
}

function recordingRunner(): { runner: Runner; calls: Scenario[][] } {
  const calls: Scenario[][] = [];
  const runner: Runner = async (scenarios, onRunDone) => {
    calls.push([...scenarios]);
    return scenarios.map((s) => {
      onRunDone?.();
      return fakeRun(s);
    });
  };
  return { runner, calls };
}

describe('evaluate', () => {
  it('runs each distinct scenario once per seed and computes every measure per seed', async () => {
    const metric = METRIC_NAMES.indexOf('dibao_households');
    const read = (run: RunView) => run.summary[0]![metric]!;
    const a: Design = {
      id: 'a', runs: { low: generated(settings), high: generated(settings, { trust: { baseline: 0.7 } }) },
      measures: [{ id: 'diff', label: 'd', unit: 'u', expect: 1, compute: (run) => read(run('high')) - read(run('low')) }],
    };
    const b: Design = {
      id: 'b', runs: { same: generated(settings, { pattern: 'administrative_incorporation' }) }, // the default pattern: the same run as a's low
      measures: [{ id: 'level', label: 'l', unit: 'u', compute: (run) => read(run('same')) }],
    };
    const { runner, calls } = recordingRunner();
    let done = 0;
    const samples = await evaluate([a, b], seedsUpTo(5), runner, { seedsPerBatch: 2, onRunDone: () => done++ });
    expect(countRuns([a, b], seedsUpTo(5))).toBe(10);
    expect(calls.map((c) => c.length)).toEqual([4, 4, 2]);
    expect(calls.flat().map((s) => s.seed)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(done).toBe(10);
    expect(samples.get('a')!.get('diff')).toEqual([0, 0, 0, 0, 0]);
    expect(samples.get('b')!.get('level')!.map((v) => Math.round(v!))).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses designs with the same name and reports a run a design does not declare', async () => {
    const design: Design = { id: 'x', runs: { one: generated(settings) }, measures: [{ id: 'm', label: 'm', unit: 'u', compute: (run) => run('two').months }] };
    const { runner } = recordingRunner();
    await expect(evaluate([design, design], [1], runner)).rejects.toThrow(/two designs are named x/);
    await expect(evaluate([design], [1], runner)).rejects.toThrow(/no run named two/);
  });

  it('every stylised fact, lever and size measure reads only runs its design declares', async () => {
    const designs = [...factDesigns(settings, { ...settings, months: 60 }), ...leverDesigns(settings), sizeDesign(settings)];
    const { runner } = recordingRunner();
    const samples = await evaluate(designs, [1, 2], runner);
    for (const d of designs) for (const m of d.measures) expect(samples.get(d.id)!.get(m.id), `${d.id} ${m.id}`).toHaveLength(2);
  });
});
