/**
 * gapsim batch and merge: the same experiment gives byte-identical results.csv and runs.jsonl
 * with 0 or 2 worker threads, killed and resumed or not, sharded and merged or not.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../sim/cli/main.ts';
import { csvField, runLine } from '../../../../sim/experiment/tidy.ts';
import { parseExperiment } from '../../../../sim/experiment/experimentFile.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gapsim-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const experiment = {
  scenario: `${root}scenarios/baseline.json`,
  set: { households: 600, months: 8, warmupMonths: 3 },
  seeds: [1, 2, 3],
  factors: { 'trust.baseline': { values: [0.4, 0.6] }, pattern: { values: ['administrative_incorporation', 'deep_integration'] } },
  metrics: ['fell_through_rate', 'charity_donations'],
  series: true,
};
const file = join(dir, 'experiment.json');
writeFileSync(file, JSON.stringify(experiment));

async function gapsim(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}
const files = (folder: string) => ['results.csv', 'runs.jsonl'].map((name) => readFileSync(join(folder, name), 'utf8'));

describe('gapsim batch', () => {
  const whole = join(dir, 'whole');

  it('writes tidy CSV, one JSON line a run and a manifest, the same with 0 or 2 workers', async () => {
    expect((await gapsim('batch', file, '--out', whole, '--workers', '2', '--quiet')).code).toBe(0);
    const inThread = join(dir, 'in-thread');
    expect((await gapsim('batch', file, '--out', inThread, '--workers', '0', '--quiet')).code).toBe(0);
    expect(files(inThread)).toEqual(files(whole));
    const [csv, jsonl] = files(whole);
    const lines = csv!.trimEnd().split('\n');
    expect(lines[0]).toBe('run_id,seed,trust.baseline,pattern,month,group,metric,value');
    // 12 runs × 2 metrics × (the summary + 8 months).
    expect(lines).toHaveLength(1 + 12 * 2 * 9);
    const runs = jsonl!.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(runs).toHaveLength(12);
    expect(runs.every((r) => r.status === 'ok' && r.scenario.households === 600)).toBe(true);
    expect(runs[11]).toMatchObject({ seed: 3, factors: { 'trust.baseline': 0.6, pattern: 'deep_integration' } });
    expect(JSON.parse(readFileSync(join(whole, 'manifest.json'), 'utf8'))).toMatchObject({ planned: 12, done: 12, failed: 0, shard: null });
  });

  it('splits into shards that merge to the whole, and refuses shards missing or given twice, and a whole batch', async () => {
    const shards = [1, 2, 3].map((i) => join(dir, `shard${i}`));
    for (const [i, shard] of shards.entries()) expect((await gapsim('batch', file, '--out', shard, '--shard', `${i + 1}/3`, '--quiet', '--workers', '1')).code).toBe(0);
    const merged = join(dir, 'merged');
    expect((await gapsim('merge', shards[2]!, shards[0]!, shards[1]!, '--out', merged, '--quiet')).code).toBe(0);
    expect(files(merged)).toEqual(files(whole));
    expect((await gapsim('merge', shards[0]!, shards[1]!, '--out', join(dir, 'm2'))).err).toContain('shard 3/3 missing');
    expect((await gapsim('merge', shards[0]!, shards[0]!, shards[1]!, shards[2]!, '--out', join(dir, 'm3'))).err).toContain('shard 1/3 is given twice');
    expect((await gapsim('merge', whole, '--out', join(dir, 'm4'))).err).toContain('is a whole batch, not a shard');
  });

  it('after a kill, --resume writes only what is missing and the files equal an uninterrupted batch', async () => {
    const killed = join(dir, 'killed');
    const child = spawn(process.execPath, [join(root, 'bin/gapsim.mjs'), 'batch', file, '--out', killed, '--workers', '1', '--quiet']);
    const exited = new Promise((done) => child.on('exit', done));
    // Kill it as soon as its first run is on disk (state.json counts it), not after a guessed time.
    for (;;) {
      const state = existsSync(join(killed, 'state.json')) ? JSON.parse(readFileSync(join(killed, 'state.json'), 'utf8')) : undefined;
      if (state?.runs >= 1 || child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await exited;
    // A write cut short by the crash: bytes beyond what state.json counts.
    appendFileSync(join(killed, 'results.csv'), 'half a li');
    const missing = await gapsim('batch', file, '--out', killed, '--missing');
    expect(missing.err).toMatch(/^([1-9]|1[01]) of 12 runs missing/); // the kill did interrupt it
    expect((await gapsim('batch', file, '--out', killed, '--quiet')).err).toContain('--resume');
    expect((await gapsim('batch', file, '--out', killed, '--resume', '--quiet')).code).toBe(0);
    expect(files(killed)).toEqual(files(whole));
  });

  it('refuses bad input naming it: shard, factor, another experiment in the folder', async () => {
    expect((await gapsim('batch', file, '--out', join(dir, 'x'), '--shard', '5/4')).err).toContain('--shard: "5/4" is not a shard');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...experiment, factors: { 'trust.baselin': { values: [1] } } }));
    expect((await gapsim('batch', bad, '--out', join(dir, 'y'))).err).toContain('factors.trust.baselin: is not a scenario parameter (did you mean "trust.baseline"?)');
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ ...experiment, seeds: [4] }));
    const refused = await gapsim('batch', other, '--out', whole, '--resume');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("holds another experiment's results");
    expect(files(whole)[1]!.split('\n')).toHaveLength(13); // untouched
  });

  it('records a failed run with its error', () => {
    const parsed = parseExperiment({ scenario: 'x.json', metrics: ['fell_through_rate'] });
    const line = JSON.parse(runLine(parsed, 'abc', { seed: 7 } as never, { 'trust.baseline': 0.5 }, { error: { name: 'RangeError', message: 'out of memory' } }));
    expect(line).toEqual({ run_id: 'abc', seed: 7, factors: { 'trust.baseline': 0.5 }, status: 'failed', error: { name: 'RangeError', message: 'out of memory' }, scenario: { seed: 7 } });
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });
});
