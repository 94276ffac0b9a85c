/** gapsim levers: levers ranked by the gap closed per 10,000 yuan, and its refusals. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../sim/cli/main.ts';
import { GROUPS } from '../../../../sim/engine/groups.ts';
import { PATHS } from '../../../../sim/experiment/paths.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gapsim-levers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const baseline = `${root}scenarios/baseline.json`;
const small = ['--households', '600', '--months', '12', '--seeds', '1-3', '--workers', '0', '--quiet'];

async function gapsim(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

describe('gapsim levers', () => {
  it('ranks the levers asked for, each with its ratio or the reason it has none', async () => {
    // A county large enough for the dibao line's extra spending to stand out of the noise on 3 seeds.
    const { code, out } = await gapsim('levers', baseline, '--lever', 'government.caseworkersPer10k=2', '--lever', 'government.dibao.lineRural=150', '--households', '2000', '--months', '24', '--seeds', '1-3', '--workers', '0', '--quiet');
    expect(code).toBe(0);
    const rows = out.split('\n').filter((l) => /^\d+\s/.test(l));
    expect(rows).toHaveLength(2);
    const ratio = /\[-?[\d.]+, -?[\d.]+\]$/;
    const line = rows.find((r) => r.includes('government.dibao.lineRural=150'))!;
    expect(line).toMatch(ratio);
    // Caseworkers cost their wages: a ratio, or the reason there is none.
    expect(rows.find((r) => r.includes('government.caseworkersPer10k=2'))).toMatch(new RegExp(`${ratio.source}|(costs nothing more|no clear change in cost)$`));
    const ranks = rows.map((r) => Number(r.split(/\s+/)[0]));
    expect(ranks).toEqual([1, 2]);
  });

  it('writes every lever and group as CSV', async () => {
    const file = join(dir, 'levers.csv');
    expect((await gapsim('levers', baseline, '--lever', 'charities.hub.count=1', '--out', file, ...small)).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('change,group,fell_through_change,fell_through_low,fell_through_high,spending_change,spending_low,spending_high,per_10000_yuan,low,high,note');
    expect(lines).toHaveLength(1 + 7);
    expect(lines[1]).toMatch(/^charities\.hub\.count=1,all,/);
  });

  it('ranks the paper\'s paths with --paths, for the county and by group, and refuses --paths with --lever', async () => {
    const { code, out } = await gapsim('levers', baseline, '--paths', ...small);
    expect(code).toBe(0);
    const rows = out.split('\n').filter((l) => /^\d+\s/.test(l));
    expect(rows.map((r) => r.split(/\s+/)[1]).sort()).toEqual(PATHS.map((p) => p.id).sort());
    expect(out).toMatch(/^By group: /m);
    for (const group of GROUPS) expect(out).toContain(group);
    const both = await gapsim('levers', baseline, '--paths', '--lever', 'charities.hub.count=1', ...small);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--paths ranks the paper's paths, --lever levers of your own/);
  });

  it('refuses a lever that is not one, or that goes past its bounds, naming it', async () => {
    const typo = await gapsim('levers', baseline, '--lever', 'charities.hub.cout=1', ...small);
    expect(typo.code).toBe(1);
    expect(typo.err).toMatch(/did you mean "charities\.hub\.count"/);
    const past = await gapsim('levers', baseline, '--lever', 'government.dataSharing.health=0.9', ...small);
    expect(past.err).toMatch(/lever government\.dataSharing\.health: 0\.4 \+ 0\.9 = 1\.3 is outside the parameter's bounds/);
    expect((await gapsim('levers', baseline, '--seeds', '4-4', ...small.slice(0, 4))).err).toMatch(/is one seed/);
  });
});
