import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './cli.ts';
import { METRIC_NAMES } from '../../../sim/engine/metrics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const baseline = join(root, 'scenarios/baseline.json');
const quick = ['--months', '3', '--set', 'warmupMonths=3', '--set', 'households=400'];

const scratches: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gapsim-cli-'));
  scratches.push(dir);
  return dir;
};
afterAll(() => { for (const dir of scratches) rmSync(dir, { recursive: true, force: true }); });

describe('gapsim help and usage', () => {
  it('prints help with exit 0, and usage errors with exit 2', () => {
    expect(cli('--help')).toMatchObject({ code: 0 });
    expect(cli('--help').out).toContain('gapsim run <scenario.json>');
    const runHelp = cli('run', '--help');
    expect(runHelp.code).toBe(0);
    for (const name of METRIC_NAMES) expect(runHelp.out).toContain(name);
    expect(cli('validate', '--help').code).toBe(0);
    expect(cli().code).toBe(2);
    expect(cli('frobnicate')).toMatchObject({ code: 2 });
    expect(cli('run').err).toContain('run needs a scenario file');
    const typo = cli('run', baseline, '--sed', '3');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('did you mean --seed?');
    expect(cli('run', baseline, '--seed')).toMatchObject({ code: 2 });
  });

  it('lists every command, answers each one\'s --help, and shows its usage with a usage error in it', () => {
    const overview = cli('--help').out;
    for (const name of ['run', 'validate', 'calibrate', 'batch', 'merge', 'sensitivity', 'compare', 'levers']) {
      expect(overview).toMatch(new RegExp(`^  gapsim ${name} <`, 'm'));
      const help = cli(name, '--help');
      expect(help.code, name).toBe(0);
      expect(help.out).toMatch(new RegExp(`^Usage: gapsim ${name} <`));
      const usage = cli(name, '--bogus');
      expect(usage.code, name).toBe(2);
      expect(usage.err).toMatch(new RegExp(`^gapsim: unknown option --bogus\n\nUsage: gapsim ${name} <[^]*\n  --help +show this help\n\nMore: gapsim ${name} --help\n$`));
    }
    const typo = cli('valdate', baseline);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('unknown command "valdate" (did you mean "validate"?); expected run, validate, calibrate, batch, merge, sensitivity, compare, levers or county');
    expect(cli('frobnicate').err).not.toContain('did you mean');
  });
});

describe('gapsim run', () => {
  it('prints a summary table without --out', () => {
    const { code, out } = cli('run', baseline, '--seed', '2', ...quick);
    expect(code).toBe(0);
    expect(out).toContain('Baseline county — seed 2, 3 months, 400 households');
    expect(out).toMatch(/^need_satisfaction_rate\s/m);
  });

  it('prints CSV or JSON on stdout with --format, the same as --out writes', () => {
    const out = join(scratch(), 'same.csv');
    cli('run', baseline, ...quick, '--out', out, '--quiet');
    expect(cli('run', baseline, ...quick, '--format', 'csv', '--quiet').out).toBe(readFileSync(out, 'utf8'));
    expect(JSON.parse(cli('run', baseline, ...quick, '--format', 'json').out).meta.households).toBe(400);
    expect(cli('run', baseline, ...quick, '--format', 'xml')).toMatchObject({ code: 1, err: expect.stringContaining('expected table, csv, json') });
    expect(cli('run', baseline, ...quick, '--format', 'csv', '--out', out).code).toBe(1);
  });

  it('records the scenario as run in meta.resolved, which reruns it exactly', () => {
    const dir = scratch();
    const first = join(dir, 'first.json');
    const event = JSON.stringify([{ month: 2, type: 'trust_shock', magnitude: 0.2 }]);
    cli('run', baseline, ...quick, '--seed', '4', '--set', 'pattern=deep_integration', '--set', `events=${event}`, '--set', 'government.dibao.lineRural=650', '--out', first, '--quiet');
    const resolved = JSON.parse(readFileSync(first, 'utf8')).meta.resolved;
    expect(resolved).toMatchObject({ seed: 4, pattern: 'deep_integration', government: { dibao: { lineRural: 650 } }, collaboration: { jointAssessment: 1 } });
    const again = join(dir, 'again.json');
    const saved = join(dir, 'resolved.json');
    writeFileSync(saved, JSON.stringify(resolved));
    expect(cli('run', saved, '--out', again, '--quiet').code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('says what it wrote on stderr, and nothing with --quiet', () => {
    const out = join(scratch(), 'said.csv');
    const said = cli('run', baseline, ...quick, '--out', out);
    expect(said.err).toContain(`wrote ${out} (`);
    expect(said.err).toMatch(/\(\d[\d,]* bytes\)/);
    expect(said.err).toContain('3 months done in');
    expect(cli('run', baseline, ...quick, '--out', out, '--quiet')).toMatchObject({ code: 0, err: '' });
  });

  it('writes JSON and CSV, and replaces an existing file', () => {
    const dir = scratch();
    const json = join(dir, 'run.json');
    writeFileSync(json, 'old');
    expect(cli('run', baseline, ...quick, '--out', json).code).toBe(0);
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(doc.meta).toMatchObject({ scenario: 'Baseline county', seed: 1, months: 3, households: 400 });
    const csv = join(dir, 'run.csv');
    expect(cli('run', baseline, ...quick, '--out', csv).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe('seed,month,group,metric,value');
    expect(readdirSync(dir).sort()).toEqual(['run.csv', 'run.json']); // no temporary files left
  });

  it('applies --set, and --seed over the file', () => {
    const dir = scratch();
    cli('run', baseline, ...quick, '--seed', '9', '--set', 'government.dibao.eligibility=0', '--set', 'government.dibao.memberEligibility=0', '--out', join(dir, 'a.json'));
    const doc = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    expect(doc.meta.seed).toBe(9);
    expect(doc.summary.dibao_households).toBe(0);
  });

  it('refuses bad input with exit 1, one clear message, and no output written', () => {
    const dir = scratch();
    const out = join(dir, 'keep.json');
    writeFileSync(out, 'precious');
    const cases: Array<[string[], RegExp]> = [
      [['--seed', '-1'], /--seed: "-1" is not valid; expected a whole number from 0/],
      [['--households', 'ten'], /--households: "ten" is not valid/],
      [['--set', 'government.dibao.lineUrbn=900'], /"government.dibao.lineUrbn" is not a scenario parameter \(did you mean "government.dibao.lineUrban"\?\)/],
      [['--set', 'population.ruralShare=2'], /population.ruralShare: is 2; expected a number from 0 to 1/],
      [['--set', 'government.dibao.eligibility=income_pc < lin'], /unknown variable "lin"/],
      [['--set', 'government.special.eligibility=import("x")'], /calls "import", which is not allowed/],
      [['--set', 'pattern=deep'], /pattern: is "deep"; expected one of: administrative_incorporation, social_innovation, policy_driven, deep_integration/],
      [['--set', 'events=[{"month":99,"type":"trust_shock","magnitude":2}]'], /events\[0\]\.month: is 99.*\n.*events\[0\]\.magnitude: is 2/],
    ];
    for (const [flags, message] of cases) {
      const result = cli('run', baseline, ...quick, ...flags, '--out', out);
      expect(result.code, flags.join(' ')).toBe(1);
      expect(result.err).toMatch(message);
      expect(readFileSync(out, 'utf8')).toBe('precious');
    }
    expect(cli('run', join(dir, 'missing.json')).err).toMatch(/missing\.json: cannot be read/);
    expect(cli('run', baseline, '--out', join(dir, 'x.txt')).err).toMatch(/--out: .* no \.json or \.csv ending/);
    expect(cli('run', baseline, '--out', join(dir, 'no/such/dir.json')).err).toMatch(/does not exist or is not writable/);
    expect(readdirSync(dir)).toEqual(['keep.json']);
  });

  it('reports malformed JSON with its line', () => {
    const dir = scratch();
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "months": 12,\n  "seed": }\n');
    const result = cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.json: is not valid JSON .*line 3/);
  });
});

describe('gapsim validate', () => {
  it('says OK for a good file and lists every problem of a bad one', () => {
    expect(cli('validate', baseline)).toMatchObject({ code: 0 });
    expect(cli('validate', baseline).out).toMatch(/^OK: .*Baseline county/);
    const dir = scratch();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ extends: baseline, housholds: 5, months: 0, government: { dibao: { lineUrban: 'high' } } }));
    const result = cli('validate', file);
    expect(result.code).toBe(1);
    const lines = result.err.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(result.err).toContain('housholds: is not a known key (did you mean "households"?)');
    expect(result.err).toContain('months: is 0; expected a whole number from 1 to 1200');
    expect(result.err).toContain('government.dibao.lineUrban: is "high"; expected a number');
  });
});

describe('the gapsim command (bin/gapsim.mjs)', () => {
  const bin = join(root, 'bin/gapsim.mjs');
  it('runs as a process, with byte-identical JSON for the same seed', () => {
    const dir = scratch();
    for (const name of ['a.json', 'b.json']) {
      execFileSync(process.execPath, [bin, 'run', baseline, ...quick, '--seed', '5', '--out', join(dir, name)]);
    }
    expect(readFileSync(join(dir, 'a.json'))).toEqual(readFileSync(join(dir, 'b.json')));
  });
  it('exits 1 on bad input and 2 on bad usage', () => {
    expect(spawnSync(process.execPath, [bin, 'run', baseline, '--seed', '-1']).status).toBe(1);
    expect(spawnSync(process.execPath, [bin, 'nonsense']).status).toBe(2);
    expect(existsSync(bin)).toBe(true);
  });
});
