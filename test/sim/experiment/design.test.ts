import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonical } from '../../../sim/experiment/canonical.ts';
import { planExperiment, scenarioOf } from '../../../sim/experiment/design.ts';
import { parseExperiment } from '../../../sim/experiment/experimentFile.ts';
import { parseShard, runsOfShard, shardFromEnvironment } from '../../../sim/experiment/shard.ts';
import { sha256 } from '../../../sim/experiment/sha256.ts';
import { composeScenario } from '../../../sim/scenario/compose.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const base = () => composeScenario(`${root}scenarios/baseline.json`, (path) => readFileSync(path, 'utf8'));
const plan = (raw: Record<string, unknown>) => planExperiment(parseExperiment({ scenario: 'x.json', ...raw }), base());
const problems = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  throw new Error('expected a ScenarioError');
};

describe('sha256', () => {
  it('agrees with node:crypto on lengths around the block boundaries and on non-ASCII text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119), `慈善${'x'.repeat(1000)}`]) {
      expect(sha256(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});

describe('experiment files', () => {
  it('reads the ready experiment', () => {
    const file = `${root}experiments/dibao_line.json`;
    const experiment = parseExperiment(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(experiment.seeds).toHaveLength(10);
    expect(experiment.factors.map((f) => f.values)).toEqual([['administrative_incorporation', 'deep_integration'], [550, 650, 750, 850]]);
    expect(plan({ ...JSON.parse(readFileSync(file, 'utf8')), scenario: 'x.json' }).runs).toHaveLength(80);
  });

  it('names the field, the value and what was expected', () => {
    expect(problems(() => parseExperiment({ scenario: 'x.json', factors: { 'government.dibao.lineRurl': { values: [1] } } }))).toContain('factors.government.dibao.lineRurl: is not a scenario parameter (did you mean "government.dibao.lineRural"?)');
    expect(problems(() => parseExperiment({ scenario: 'x.json', factors: { 'trust.baseline': { from: 0.8, to: 0.2, step: 0.1 } } }))).toContain('is 0.2, below from (0.8)');
    expect(problems(() => parseExperiment({ scenario: 'x.json', factors: { 'trust.baseline': { values: [] } } }))).toContain('is empty');
    expect(problems(() => parseExperiment({ scenario: 'x.json', seeds: [1, 1] }))).toContain('lists seed 1 twice');
    expect(problems(() => parseExperiment({ scenario: 'x.json', seeds: [1], replicates: 3 }))).toContain('replicates: is given with seeds');
    expect(problems(() => parseExperiment({ scenario: 'x.json', metrics: ['fell_through_rat'] }))).toContain('metrics[0]: "fell_through_rat" is not a metric (did you mean "fell_through_rate"?)');
    expect(problems(() => parseExperiment({ scenario: 'x.json', latinHypercube: { points: 4, ranges: { 'trust.baseline': [0.8, 0.2] } } }))).toContain('expected [low, high] with low below high');
    expect(problems(() => parseExperiment({ scenario: 'x.json', set: { 'trust.baseline': 0.5 }, factors: { 'trust.baseline': { values: [0.4] } } }))).toContain('is also a factor');
    expect(problems(() => parseExperiment({}))).toContain('scenario: is undefined');
  });

  it('refuses a factor value the scenario does not allow, naming the setting', () => {
    const message = problems(() => plan({ factors: { 'trust.baseline': { values: [0.5, 2] } } }));
    expect(message).toMatch(/trust\.baseline: is 2; expected a number from 0 to 1 .*\(with trust\.baseline = 2\)/);
  });
});

describe('plans', () => {
  it('crosses every factor value with every seed, the first factor slowest', () => {
    const design = plan({ seeds: [3, 5], factors: { 'trust.baseline': { values: [0.4, 0.6] }, 'charities.visibilityBias': { from: 0, to: 0.2, step: 0.1 } } });
    expect(design.points.map((p) => p.factors)).toEqual([
      { 'trust.baseline': 0.4, 'charities.visibilityBias': 0 }, { 'trust.baseline': 0.4, 'charities.visibilityBias': 0.1 }, { 'trust.baseline': 0.4, 'charities.visibilityBias': 0.2 },
      { 'trust.baseline': 0.6, 'charities.visibilityBias': 0 }, { 'trust.baseline': 0.6, 'charities.visibilityBias': 0.1 }, { 'trust.baseline': 0.6, 'charities.visibilityBias': 0.2 },
    ]);
    expect(design.runs.map((r) => r.seed)).toEqual([3, 5, 3, 5, 3, 5, 3, 5, 3, 5, 3, 5]);
    const last = design.runs.at(-1)!;
    expect(scenarioOf(design, last)).toMatchObject({ seed: 5, trust: { baseline: 0.6 }, charities: { visibilityBias: 0.2 } });
  });

  it('gives a run the same id whatever else the experiment holds: adding a value or a seed renumbers nothing', () => {
    const small = plan({ seeds: [1, 2], factors: { 'trust.baseline': { values: [0.4, 0.6] } } });
    const large = plan({ seeds: [2, 1, 9], factors: { 'trust.baseline': { values: [0.5, 0.6, 0.4] } } });
    const ids = (d: typeof small) => new Map(d.runs.map((r) => [`${JSON.stringify(d.points[r.point]!.factors)}:${r.seed}`, r.id]));
    const largeIds = ids(large);
    for (const [key, id] of ids(small)) expect(largeIds.get(key), key).toBe(id);
    expect(new Set(large.runs.map((r) => r.id)).size).toBe(large.runs.length);
    // The id is of the resolved scenario: spelling out a default changes nothing.
    expect(plan({ seeds: [1], set: { 'trust.baseline': 0.6 } }).runs[0]!.id).toBe(plan({ seeds: [1] }).runs[0]!.id);
    expect(canonical({ b: 1, a: [2, { d: 1, c: 0 }] })).toBe('{"a":[2,{"c":0,"d":1}],"b":1}');
  });

  it('samples a Latin hypercube within its ranges, whole numbers for integer parameters', () => {
    const design = plan({ latinHypercube: { points: 8, seed: 2, ranges: { 'trust.baseline': [0.3, 0.8], households: [1000, 5000] } } });
    expect(design.points).toHaveLength(8);
    for (const p of design.points) {
      expect(p.factors['trust.baseline']).toBeGreaterThanOrEqual(0.3);
      expect(p.factors['trust.baseline']).toBeLessThanOrEqual(0.8);
      expect(Number.isInteger(p.factors.households)).toBe(true);
    }
    // One point in each eighth of each range.
    const strata = design.points.map((p) => Math.floor(((p.factors['trust.baseline'] as number) - 0.3) / 0.5 * 8)).sort();
    expect(strata).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('shards', () => {
  const runs = plan({ replicates: 7, factors: { 'trust.baseline': { values: [0.4, 0.5, 0.6] } } }).runs;

  it('split the runs so that together the shards hold each run exactly once', () => {
    for (const count of [1, 2, 4, 21, 30]) {
      const parts = Array.from({ length: count }, (_, i) => runsOfShard(runs, { index: i + 1, count }));
      expect(parts.flat().map((r) => r.id).sort()).toEqual(runs.map((r) => r.id).sort());
      expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
    }
  });

  it('are read from --shard, Slurm array tasks and Kubernetes indexed jobs, with clear errors', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('5/4')).toThrow('--shard: "5/4" is not a shard; expected I/N with 1 ≤ I ≤ N');
    expect(() => parseShard('0/4')).toThrow('is not a shard');
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 4, count: 4 });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 1, count: 4 });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '0', GAPSIM_SHARD_COUNT: '3' })).toEqual({ index: 1, count: 3 });
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: '0' })).toThrow('GAPSIM_SHARD_COUNT');
    expect(shardFromEnvironment({})).toBeUndefined();
  });
});
