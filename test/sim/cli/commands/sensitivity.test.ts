/**
 * gapsim sensitivity: says how many runs before starting, runs the sample on the batch
 * machinery and writes SALib's files and our tables — the same bytes with 0 or 2 workers,
 * interrupted and resumed, or sharded, merged and analysed; refuses failed runs, naming their
 * sample rows, until --resume has run them again; refuses bad input naming field and value.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../sim/cli/main.ts';
import { morrisAnalyse } from '../../../../sim/experiment/sensitivity/morris.ts';
import { morrisTable, parseOutputText, parseProblemText, parseSampleText } from '../../../../sim/experiment/sensitivity/salib.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gapsim-sensitivity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tiny = { scenario: `${root}scenarios/baseline.json`, set: { households: 300, months: 6, warmupMonths: 3 } };
const morrisFile = join(dir, 'morris.json');
writeFileSync(morrisFile, JSON.stringify({
  ...tiny, seeds: [1, 2], metrics: ['fell_through_rate', 'gov_spending'],
  sensitivity: { method: 'morris', trajectories: 4, seed: 3, factors: { 'trust.baseline': [0.4, 0.8], 'government.dibao.lineRural': [440, 740], 'charities.visibilityBias': [0.1, 0.6] } },
}));
const sobolFile = join(dir, 'sobol.json');
writeFileSync(sobolFile, JSON.stringify({
  ...tiny, seeds: [1], metrics: ['fell_through_rate', 'gov_spending', 'shocks'],
  sensitivity: { method: 'sobol', baseRows: 8, factors: { 'trust.baseline': [0.4, 0.8], 'government.dibao.lineRural': [440, 740] } },
}));

async function gapsim(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}
/** Every file of a folder but the manifest (it holds times), by name. */
const contents = (folder: string) => Object.fromEntries(readdirSync(folder).filter((f) => f !== 'manifest.json').sort().map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
const read = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8');
const state = (folder: string) => JSON.parse(read(folder, 'state.json'));
const bytes = (lines: readonly string[]) => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);

/** The lines of results.csv (header first) and runs.jsonl, and the CSV rows of each run. */
function batchFiles(folder: string) {
  const csv = read(folder, 'results.csv').split('\n').slice(0, -1);
  const jsonl = read(folder, 'runs.jsonl').split('\n').slice(0, -1);
  const rowsOf = (line: string) => csv.filter((row) => row.startsWith(`${JSON.parse(line).run_id},`));
  return { csv, jsonl, rowsOf };
}

describe('gapsim sensitivity', () => {
  const morris = join(dir, 'morris');
  let expectedRuns = 0;

  it('says how many runs before starting, and gives the same files with 0 or 2 workers', async () => {
    const run = await gapsim('sensitivity', morrisFile, '--method', 'morris', '--out', morris, '--workers', '0');
    expect(run.code).toBe(0);
    const plan = /^Morris: 4 trajectories × \(3 factors \+ 1\) = 16 sample rows(?: \((\d+) distinct: \d+ repeat an earlier row and run once\))? × 2 seeds = (\d+) runs\n/.exec(run.err);
    expect(plan, run.err).not.toBeNull();
    expectedRuns = Number(plan![2]);
    expect(expectedRuns).toBe(2 * Number(plan![1] ?? 16));
    expect(read(morris, 'runs.jsonl').trimEnd().split('\n')).toHaveLength(expectedRuns);
    expect(run.err).toContain('sensitivity: morris indices of 2 metrics');
    expect(run.err).toMatch(/fell_through_rate: largest μ\* /);

    const threads = join(dir, 'morris-threads');
    expect((await gapsim('sensitivity', morrisFile, '--out', threads, '--workers', '2', '--quiet')).code).toBe(0);
    expect(contents(threads)).toEqual(contents(morris));
    expect(Object.keys(contents(morris))).toEqual(['Y_fell_through_rate.txt', 'Y_gov_spending.txt', 'morris.csv', 'problem.txt', 'results.csv', 'runs.jsonl', 'sample.txt', 'state.json']);
  });

  it("writes SALib's files, which parse back and give the same indices, by our reading and by SALib's", () => {
    const factors = parseProblemText(read(morris, 'problem.txt'));
    expect(factors).toEqual([{ name: 'trust.baseline', low: 0.4, high: 0.8 }, { name: 'government.dibao.lineRural', low: 440, high: 740 }, { name: 'charities.visibilityBias', low: 0.1, high: 0.6 }]);
    const rows = parseSampleText(read(morris, 'sample.txt'), 3);
    expect(rows).toHaveLength(16);
    const table = read(morris, 'morris.csv').split('\n');
    expect(table[0]).toBe('metric,names,mu,mu_star,sigma,mu_star_conf');
    expect(table.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['fell_through_rate', 'gov_spending'].flatMap((m) => factors.map((f) => `${m},${f.name}`)));
    for (const metric of ['fell_through_rate', 'gov_spending']) {
      const y = parseOutputText(read(morris, `Y_${metric}.txt`), 16);
      // The files alone reproduce the table (the bootstrap's generator is the metric's own).
      const indices = morrisAnalyse({ factors, rows }, y, { random: seedrandom.alea(`gapsim:sensitivity:morris:3:bootstrap:${metric}`) });
      const block = table.filter((l) => l.startsWith(`${metric},`)).map((l) => l.slice(metric.length + 1));
      expect(block).toEqual(morrisTable(indices).split('\n').slice(1, -1));
      // SALib's reading (morris.analyze): the sign of each step's change, and the output change over Δ = 2/3.
      for (const [i, index] of indices.entries()) {
        const effects: number[] = [];
        for (let t = 0; t < 4; t++) {
          for (let s = 1; s <= 3; s++) {
            const at = 4 * t + s;
            const change = rows[at]![i]! - rows[at - 1]![i]!;
            if (change !== 0) effects.push((Math.sign(change) * (y[at]! - y[at - 1]!)) / (2 / 3));
          }
        }
        const muStar = effects.reduce((a, e) => a + Math.abs(e), 0) / effects.length;
        expect(muStar).toBeCloseTo(index.muStar, Math.max(0, 10 - Math.ceil(Math.log10(Math.abs(index.muStar) + 1))));
      }
    }
  });

  it('after an interruption, --resume finishes the batch and the files equal an uninterrupted run', async () => {
    const cut = join(dir, 'cut');
    cpSync(morris, cut, { recursive: true });
    // What a crash after 5 runs leaves: state.json counting 5, bytes beyond it, no analysis yet.
    const { csv, jsonl, rowsOf } = batchFiles(cut);
    const kept = jsonl.slice(0, 5);
    writeFileSync(join(cut, 'state.json'), `${JSON.stringify({ ...state(cut), runs: 5, csvBytes: bytes([csv[0]!, ...kept.flatMap(rowsOf)]), jsonlBytes: bytes(kept) })}\n`);
    appendFileSync(join(cut, 'results.csv'), 'half a li');
    for (const f of ['morris.csv', 'Y_fell_through_rate.txt', 'Y_gov_spending.txt', 'problem.txt', 'sample.txt']) rmSync(join(cut, f));
    const unfinished = await gapsim('sensitivity', morrisFile, '--analyse', cut);
    expect(unfinished.code).toBe(1);
    expect(unfinished.err).toContain(`holds 5 of the ${expectedRuns} runs; expected all of them: finish with gapsim sensitivity ${morrisFile} --out ${cut} --resume`);
    expect((await gapsim('sensitivity', morrisFile, '--out', cut, '--workers', '0')).err).toContain('--resume');
    expect((await gapsim('sensitivity', morrisFile, '--out', cut, '--workers', '0', '--resume', '--quiet')).code).toBe(0);
    expect(contents(cut)).toEqual(contents(morris));
  });

  it('refuses to analyse with a failed run, naming its sample rows, until --resume has run it again', async () => {
    const broken = join(dir, 'broken');
    cpSync(morris, broken, { recursive: true });
    // Run 7 recorded as failed, as the batch records a run that threw.
    const { csv, jsonl, rowsOf } = batchFiles(broken);
    const run = JSON.parse(jsonl[6]!);
    const failedLine = JSON.stringify({ run_id: run.run_id, seed: run.seed, factors: run.factors, status: 'failed', error: { name: 'RangeError', message: 'simulated failure' }, scenario: run.scenario });
    const newJsonl = [...jsonl.slice(0, 6), failedLine, ...jsonl.slice(7)];
    const newCsv = csv.filter((row) => !rowsOf(jsonl[6]!).includes(row));
    writeFileSync(join(broken, 'runs.jsonl'), newJsonl.map((l) => `${l}\n`).join(''));
    writeFileSync(join(broken, 'results.csv'), newCsv.map((l) => `${l}\n`).join(''));
    writeFileSync(join(broken, 'state.json'), `${JSON.stringify({ ...state(broken), failed: 1, csvBytes: bytes(newCsv), jsonlBytes: bytes(newJsonl) })}\n`);
    rmSync(join(broken, 'morris.csv'));

    const refused = await gapsim('sensitivity', morrisFile, '--analyse', broken);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(new RegExp(`1 run of ${broken} failed, so nothing was analysed`));
    expect(refused.err).toMatch(new RegExp(`sample rows? [\\d, and]+ \\(seed ${run.seed}, run ${run.run_id}\\): RangeError: simulated failure`));
    expect(refused.err).toContain(`--out ${broken} --resume runs again from the first failed run`);
    const failedCsv = read(broken, 'failed.csv').trimEnd().split('\n');
    expect(failedCsv[0]).toBe('row,seed,run_id,error');
    expect(failedCsv.slice(1).every((l) => l.endsWith(`,${run.seed},${run.run_id},RangeError: simulated failure`))).toBe(true);
    expect(existsSync(join(broken, 'morris.csv'))).toBe(false);

    const resumed = await gapsim('sensitivity', morrisFile, '--out', broken, '--workers', '0', '--resume');
    expect(resumed.code).toBe(0);
    expect(resumed.err).toContain(`sensitivity: 1 failed run in ${broken}; running again from the first (run 7 of ${expectedRuns}): ${expectedRuns - 6} runs`);
    expect(contents(broken)).toEqual(contents(morris)); // failed.csv gone, every file as an unbroken run's
  });

  it('runs in shards (gapsim batch or sensitivity), which merge and analyse to the same tables', async () => {
    const [s1, s2, merged] = ['shard1', 'shard2', 'merged'].map((d) => join(dir, d));
    expect((await gapsim('batch', morrisFile, '--out', s1!, '--shard', '1/2', '--workers', '0', '--quiet')).code).toBe(0);
    const second = await gapsim('sensitivity', morrisFile, '--out', s2!, '--shard', '2/2', '--workers', '0');
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/= \d+ runs; shard 2\/2 takes \d+ of them\n/);
    expect(second.err).toContain(`Once every shard is done: gapsim merge <the 2 shard folders> --out MERGED, then gapsim sensitivity ${morrisFile} --analyse MERGED`);
    expect(existsSync(join(s2!, 'morris.csv'))).toBe(false);
    const onShard = await gapsim('sensitivity', morrisFile, '--analyse', s1!);
    expect(onShard.code).toBe(1);
    expect(onShard.err).toContain('is shard 1/2 only; expected the whole batch');
    expect((await gapsim('merge', s1!, s2!, '--out', merged!, '--quiet')).code).toBe(0);
    expect((await gapsim('sensitivity', morrisFile, '--analyse', merged!, '--quiet')).code).toBe(0);
    expect(contents(merged!)).toEqual(contents(morris));
  });

  it('analyses Sobol indices with intervals and a convergence check, the same with 0 or 2 workers, and names a metric it cannot analyse', async () => {
    const sobol = join(dir, 'sobol');
    const run = await gapsim('sensitivity', sobolFile, '--method', 'sobol', '--out', sobol, '--workers', '0');
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/^Sobol: 8 base rows × \(2 factors \+ 2\) = 32 sample rows × 1 seed = 32 runs\n/);
    expect(run.err).toContain('sensitivity: shocks not analysed: outputs: the 16 outputs of A and B are all');
    const threads = join(dir, 'sobol-threads');
    expect((await gapsim('sensitivity', sobolFile, '--out', threads, '--workers', '2', '--quiet')).code).toBe(0);
    expect(contents(threads)).toEqual(contents(sobol));
    expect(Object.keys(contents(sobol)).filter((f) => !['results.csv', 'runs.jsonl', 'state.json'].includes(f))).toEqual(
      ['Y_fell_through_rate.txt', 'Y_gov_spending.txt', 'not_analysed.csv', 'problem.txt', 'sample.txt', 'sobol.csv', 'sobol_convergence.csv']);
    const table = read(sobol, 'sobol.csv').trimEnd().split('\n');
    expect(table[0]).toBe('metric,names,S1,S1_conf,ST,ST_conf');
    expect(table.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['fell_through_rate,trust.baseline', 'fell_through_rate,government.dibao.lineRural', 'gov_spending,trust.baseline', 'gov_spending,government.dibao.lineRural']);
    expect(table.slice(1).every((l) => l.split(',').slice(2).every((x) => Number.isFinite(Number(x)) && x !== ''))).toBe(true);
    const convergence = read(sobol, 'sobol_convergence.csv').trimEnd().split('\n');
    expect(convergence[0]).toBe('metric,base_rows,names,S1,ST,largest_change,tolerance,converged');
    expect(convergence.slice(1).map((l) => l.split(',')[1])).toEqual(['2', '2', '4', '4', '8', '8', '2', '2', '4', '4', '8', '8']);
    expect(parseOutputText(read(sobol, 'Y_gov_spending.txt'), 32)).toHaveLength(32);
    expect(read(sobol, 'not_analysed.csv')).toMatch(/^metric,reason\nshocks,/);
  });

  it('refuses bad input naming the field and the value', async () => {
    const bad = async (sensitivity: Record<string, unknown>, ...flags: string[]) => {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify({ ...tiny, sensitivity }));
      const result = await gapsim('sensitivity', file, '--out', join(dir, 'never'), ...flags);
      expect(result.code).toBe(1);
      expect(existsSync(join(dir, 'never'))).toBe(false);
      return result.err;
    };
    const factors = { 'trust.baseline': [0.4, 0.8] };
    expect(await bad({ method: 'morris', trajectories: 4, factors: { 'trust.baseline': [0.8, 0.2] } })).toContain('sensitivity.factors.trust.baseline: [0.8, 0.2] is an empty range; expected [low, high] with low < high');
    expect(await bad({ method: 'morris', trajectories: 4, factors: { 'trust.baselin': [0.2, 0.8] } })).toContain('sensitivity.factors.trust.baselin: is not a scenario parameter (did you mean "trust.baseline"?)');
    expect(await bad({ method: 'sobol', baseRows: 8, factors: { 'government.dibao.lineRural': [-100, 700] } })).toContain("sensitivity.factors.government.dibao.lineRural: [-100, 700] goes beyond the parameter's allowed range [0, 100000]");
    expect(await bad({ method: 'morris', trajectories: 4, factors }, '--method', 'sobol')).toContain('--method: "sobol" does not agree with the experiment\'s sensitivity.method "morris"');
    expect(await bad({ method: 'morris', trajectories: 4, factors }, '--method', 'fast')).toContain('--method: "fast" is not a method; expected morris or sobol');
    expect(await bad({ method: 'morris', trajectories: 1, factors })).toContain('sensitivity.trajectories: is 1; expected r, the number of Morris trajectories');
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, JSON.stringify(tiny));
    expect((await gapsim('sensitivity', plain, '--out', join(dir, 'never'))).err).toContain('has no "sensitivity" key');
    expect((await gapsim('sensitivity', morrisFile, '--analyse', join(dir, 'sobol'))).err).toContain("holds another experiment's results");
    const usage = await gapsim('sensitivity', morrisFile);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('sensitivity needs either --out DIR (run, then analyse) or --analyse DIR');
  });
});
