/**
 * docs/analysis.md is a worked example: every `npx gapsim` command in its sh blocks runs here
 * as written (out/ in a scratch folder), and what the page says of the results is checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(join(root, 'docs/analysis.md'), 'utf8');
const commands = [...page.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n')).filter((c) => c.startsWith('npx gapsim'));
const scratch = mkdtempSync(join(tmpdir(), 'gapsim-analysis-doc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string): string {
  const args = command.split(' ').slice(2).map((w) => w.replace(/^out\//, `${scratch}/`));
  return execFileSync(process.execPath, [join(root, 'bin/gapsim.mjs'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('docs/analysis.md', () => {
  it('runs as written, and its results are what the page says', () => {
    expect(commands).toHaveLength(4);
    const printed = commands.map(run);
    const table = printed[0]!;
    // The table's columns, as the page describes them.
    expect(table).toMatch(/metric\s+A\s+B\s+B − A\s+95% interval\s+seeds/);
    const compare = JSON.parse(readFileSync(join(scratch, 'compare.json'), 'utf8'));
    const row = (metric: string) => compare.rows.find((r: { metric: string; group: string }) => r.metric === metric && r.group === 'all');
    expect(row('fell_through').high).toBeLessThan(0);
    expect(row('unmet_unseen').high).toBeLessThan(0);
    expect(row('unmet_no_capacity').low).toBeGreaterThan(0);
    const all = compare.transitions.filter((t: { group: string }) => t.group === 'all');
    expect(all.reduce((sum: number, t: { mean: number }) => sum + t.mean, 0)).toBeCloseTo(3000, 6);
    expect(compare.byReason.length).toBeGreaterThan(0);
    expect(compare.changed.length).toBeGreaterThan(0);
    const { effects } = JSON.parse(readFileSync(join(scratch, 'levers.json'), 'utf8'));
    const lever = (path: string) => effects.find((e: { change: string; group: string }) => e.change.startsWith(`${path}=`) && e.group === 'all');
    // Caseworkers cost their wage, and make no clear change where the queue does not bind.
    expect(lever('government.caseworkersPer10k').spendingLow).toBeGreaterThan(0);
    expect(lever('government.caseworkersPer10k').fellThroughLow).toBeLessThan(0);
    expect(lever('government.caseworkersPer10k').fellThroughHigh).toBeGreaterThan(0);
    // The higher dibao line spends more, and fewer households fall through.
    expect(lever('government.dibao.lineRural').spendingLow).toBeGreaterThan(0);
    expect(lever('government.dibao.lineRural').fellThroughHigh).toBeLessThan(0);

    // The paper's paths: a table for the county and one by group, as the page says.
    const pathsTable = printed[3]!;
    expect(pathsTable).toMatch(/^rank\s+path\s+fell through/m);
    expect(pathsTable).toMatch(/^By group: /m);
    // A row: rank, path, change in the gap [interval], cost, and the ratio or the reason there is none.
    const pathRow = (id: string) => {
      const line = pathsTable.split('\n').find((l) => new RegExp(`^\\d+\\s+${id}\\s`).test(l))!;
      const [, rank, , mean, low, high] = line.match(/^(\d+)\s+(\S+)\s+(-?[\d.]+) \[(-?[\d.]+), (-?[\d.]+)\]/)!;
      return { rank: Number(rank), mean: Number(mean), low: Number(low), high: Number(high), line };
    };
    // Volunteers close the most, at no clear extra cost, and come first.
    expect(pathRow('volunteers')).toMatchObject({ rank: 1 });
    expect(pathRow('volunteers').high).toBeLessThan(0);
    expect(pathRow('volunteers').line).toMatch(/closes the gap at no clear extra cost$/);
    // Monitoring costs money and, with no scandal risk in the baseline, changes nothing.
    expect(pathRow('monitoring')).toMatchObject({ mean: 0, low: 0, high: 0 });
    expect(pathRow('monitoring').line).toMatch(/\s0\.\d\dM\s/);
    expect(pathRow('monitoring').line).not.toMatch(/-0\.\d\dM|\s0\.00M/);
    // Regular giving costs nothing and changes nothing without disasters.
    expect(pathRow('regular_giving').line).toMatch(/costs nothing more$/);
    // Tiered need lists leave more households fallen through.
    expect(pathRow('tiered_need_lists').low).toBeGreaterThan(0);
  }, 300_000);
});
