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
    expect(commands).toHaveLength(5);
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
    const paths = JSON.parse(readFileSync(join(scratch, 'paths.json'), 'utf8')).effects as Array<{ change: string; group: string; fellThroughLow: number; fellThroughHigh: number; spendingLow: number; note: string | null }>;
    const path = (id: string) => paths.find((e) => e.change === id && e.group === 'all')!;
    // Volunteers close the most, at no clear extra cost, and come first.
    expect(path('volunteers').note).toBe('closes_gap_no_clear_cost');
    const first = pathsTable.split('\n').find((l) => /^1\s/.test(l))!;
    expect(first).toMatch(/^1\s+volunteers\s/);
    // Monitoring costs money and, with no scandal risk in the baseline, changes nothing.
    expect(path('monitoring').spendingLow).toBeGreaterThan(0);
    expect([path('monitoring').fellThroughLow, path('monitoring').fellThroughHigh]).toEqual([0, 0]);
    // Regular giving costs nothing and changes nothing without disasters.
    expect(path('regular_giving').note).toBe('spending_unchanged');
    // Tiered need lists leave more households fallen through.
    expect(path('tiered_need_lists').fellThroughLow).toBeGreaterThan(0);
  }, 300_000);
});
