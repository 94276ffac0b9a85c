/** gapsim compare: paired differences from the command line, and its refusals. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../sim/cli/main.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gapsim-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gapsim(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

const baseline = `${root}scenarios/baseline.json`;
const size = ['--households', '600', '--months', '12', '--workers', '0', '--quiet'];
const noBudget = join(dir, 'no_budget.json');
writeFileSync(noBudget, JSON.stringify({ extends: baseline, name: 'No dibao budget', government: { dibao: { funding: 'budget', budgetPerHousehold: 0 } } }));

describe('gapsim compare', () => {
  it('prints the paired differences, the significant ones marked', async () => {
    const { code, out } = await gapsim('compare', baseline, noBudget, '--seeds', '1-4', '--metric', 'gov_spending', ...size);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('B − A: No dibao budget against Baseline county, group "all"');
    expect(lines[1]).toMatch(/^4 seeds \(1–4\), 12 months, 600 households/);
    // The watched metric first; less government money on every seed: marked.
    expect(lines.find((l) => /^[a-z]/.test(l) && !l.startsWith('metric'))).toMatch(/^gov_spending .* -[\d.]+.* \*$/);
    // Who changes fate: a row per fate under A, a column per fate under B.
    expect(out).toMatch(/Who changes fate, group "all"/);
    expect(lines.filter((l) => /^A: (no_need|helped|unmet|fell_through) /.test(l))).toHaveLength(4);
    // Two households whose fate changed, month by month under each scenario.
    const told = lines.filter((l) => /^Household \d+ \(seed 1\): \w+ under A, \w+ under B\./.test(l));
    expect(told).toHaveLength(2);
    for (const line of told) expect(line).not.toMatch(/: (\w+) under A, \1 under B/);
    expect(lines.some((l) => /^  month +\d+  A: /.test(l))).toBe(true);
  });

  it('writes every metric and group as CSV or JSON, the same numbers in both', async () => {
    const csvFile = join(dir, 'c.csv');
    const jsonFile = join(dir, 'c.json');
    expect((await gapsim('compare', baseline, noBudget, '--seeds', '3', '--out', csvFile, ...size)).code).toBe(0);
    expect((await gapsim('compare', baseline, noBudget, '--seeds', '3', '--out', jsonFile, ...size)).code).toBe(0);
    const csv = readFileSync(csvFile, 'utf8').trimEnd().split('\n');
    const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(csv[0]).toBe('metric,group,n,mean_a,mean_b,difference,se,low,high,seeds_needed');
    expect(csv.length - 1).toBe(json.rows.length);
    expect(json.meta.seeds).toEqual([1, 2, 3]);
    // Every household of the county is in the transition table, once.
    const all = json.transitions.filter((t: { group: string }) => t.group === 'all');
    expect(all).toHaveLength(16);
    expect(all.reduce((sum: number, t: { mean: number }) => sum + t.mean, 0)).toBeCloseTo(600, 9);
    for (const c of json.changed) expect(c.a).not.toBe(c.b);
    expect(json.stories).toHaveLength(2);
    expect(json.stories[0].household).toBe(json.changed[0].household);
    // The months told differ somewhere between A and B: the household's fate changed.
    expect(json.stories[0].months.some(([, a, b]: [number, string, string]) => a !== b)).toBe(true);
    const row = json.rows.find((r: { metric: string; group: string }) => r.metric === 'gov_spending' && r.group === 'rural');
    expect(csv).toContain(['gov_spending', 'rural', row.n, row.meanA, row.meanB, row.difference, row.se, row.low, row.high, row.seedsNeeded ?? ''].join(','));
  });

  it('stops early when asked, once the interval excludes zero', async () => {
    const { code, out } = await gapsim('compare', baseline, noBudget, '--seeds', '1-40', '--until-significant', '--metric', 'gov_spending', '--format', 'json', ...size);
    expect(code).toBe(0);
    const { meta } = JSON.parse(out);
    expect(meta.seeds.length).toBeLessThan(40);
    expect(meta.seeds.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses scenarios that do not pair, too few seeds and unknown names, saying which and why', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ extends: baseline, households: 900 }));
    const unpaired = await gapsim('compare', baseline, other, '--seeds', '1-3', '--workers', '0', '--quiet');
    expect(unpaired.code).toBe(1);
    expect(unpaired.err).toMatch(/^gapsim: households: .*baseline\.json has 20000, .*other\.json has 900; paired runs need the same households/);
    const one = await gapsim('compare', baseline, noBudget, '--seeds', '5-5', ...size);
    expect(one.code).toBe(1);
    expect(one.err).toMatch(/--seeds: "5-5" is one seed; expected at least 2 for an interval/);
    expect((await gapsim('compare', baseline, noBudget, '--seeds', '9-3', ...size)).err).toMatch(/--seeds: "9-3" is not a range of seeds/);
    expect((await gapsim('compare', baseline, noBudget, '--metric', 'fel_through', ...size)).err).toMatch(/--metric: "fel_through" is not a metric \(did you mean "fell_through"\?\)/);
    expect((await gapsim('compare', baseline, ...size)).code).toBe(2);
  });
});
