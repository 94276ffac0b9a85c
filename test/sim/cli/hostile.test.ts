/**
 * The command line against hostile input and failing disks. The I/O failures are produced for
 * real: a full and a read-only file system (small tmpfs mounts; this needs root, as on the
 * project's machines and its CI), a file-size limit (`ulimit -f`) and over-long names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, cliFinished } from './cli.ts';
import { checkMemory } from '../../../sim/cli/memory.ts';
import { readFileBounded } from '../../../sim/files/readFileBounded.ts';
import { loadScenario } from '../../../sim/scenario/load.ts';
import { LIMITS } from '../../../sim/scenario/limits.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const baseline = join(root, 'scenarios/baseline.json');
const quick = ['--months', '2', '--set', 'warmupMonths=1', '--set', 'households=300'];

const dir = mkdtempSync(join(tmpdir(), 'gapsim-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const ESC = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('output that cannot be written', () => {
  const mounts: string[] = [];
  const mount = (options: string) => {
    const at = join(dir, `mount${mounts.length}`);
    mkdirSync(at);
    const done = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at]);
    if (done.status !== 0) throw new Error(`cannot mount a tmpfs for the test (needs root): ${done.stderr}`);
    mounts.push(at);
    return at;
  };
  afterAll(() => { for (const at of mounts) spawnSync('umount', [at]); });

  it('keeps the old file and leaves no temporary file when the disk is full', () => {
    const full = mount('size=64k');
    const out = join(full, 'run.json');
    writeFileSync(out, 'old');
    writeFileSync(join(full, 'filler'), Buffer.alloc(60_000));
    const result = cli('run', baseline, ...quick, '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/run\.json.*the disk is full.*unchanged/);
    expect(result.err.trim().split('\n').filter((line) => line.startsWith('gapsim:'))).toHaveLength(1); // one line of error
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(full).sort()).toEqual(['filler', 'run.json']);
  });

  it('refuses a read-only file system before running', () => {
    const readOnly = mount('size=64k,ro');
    const result = cli('run', baseline, ...quick, '--out', join(readOnly, 'run.csv'));
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toContain('not writable');
  });

  it('keeps the old file under a file-size limit (ulimit -f)', () => {
    const out = file('limited.csv', 'old');
    const bin = join(root, 'bin/gapsim.mjs');
    const done = spawnSync('bash', ['-c', `ulimit -f 16; exec node "${bin}" run "${baseline}" ${quick.join(' ')} --out "${out}"`], { encoding: 'utf8' });
    expect(done.status).toBe(1);
    expect(done.stderr).toMatch(/limited\.csv.*file-size limit/);
    expect(done.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses names too long and paths that end in a folder, before running', () => {
    expect(cli('run', baseline, ...quick, '--out', join(dir, `${'a'.repeat(300)}.json`)).err).toContain('at most 255');
    expect(cli('run', baseline, ...quick, '--out', join(dir, 'x.json/'))).toMatchObject({ code: 1 });
  });
});

describe('input that is hostile or too large', () => {
  it('reads only regular files: devices, pipes and folders are refused at once', () => {
    for (const path of ['/dev/zero', '/dev/urandom', dir]) {
      const result = cli('validate', path);
      expect(result.code, path).toBe(1);
      expect(result.err, path).toContain('not a regular file');
    }
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(cli('validate', fifo).err).toContain('it is a pipe');
    expect(cli('validate', file('extends-dev.json', '{"extends": "/dev/zero"}')).err).toContain('it is a device');
  });

  it('never echoes a file that is not JSON', () => {
    const secret = file('secret.txt', 'root:x:0:0:SECRET-TEXT:/root:/bin/bash\n');
    const result = cli('validate', file('extends-secret.json', JSON.stringify({ extends: secret })));
    expect(result.code).toBe(1);
    expect(result.err).toContain('is not valid JSON (unexpected character at line 1 column 1)');
    expect(result.err).not.toContain('SECRET');
    expect(result.err).not.toContain('root:x');
  });

  it('prints names, keys and values with control characters escaped', () => {
    const hostile = '\u001b]0;title\u0007\u001b[2J';
    const named = file('named.json', JSON.stringify({ extends: baseline, name: hostile, households: 300, months: 2, warmupMonths: 1 }));
    for (const result of [cli('validate', named), cli('run', named), cli('validate', file('key.json', JSON.stringify({ extends: baseline, [`bad${hostile}`]: 1 })))]) {
      expect(result.out + result.err).toContain('\\x1b');
      expect(result.out + result.err).not.toMatch(ESC);
    }
    const flag = cli('run', baseline, `--se${hostile}`);
    expect(flag.code).toBe(2);
    expect(flag.err).not.toMatch(ESC);
  });

  it('ends, naming the field, when a key holds a bracket (it once looped forever)', () => {
    const bracket = file('bracket.json', '{"events":[{"month":1,"type":"policy","set":{"x[y":1}}]}');
    for (const command of ['validate', 'run']) {
      const done = spawnSync(process.execPath, [join(root, 'bin/gapsim.mjs'), command, bracket], { encoding: 'utf8', timeout: 60_000 });
      expect(done.signal, `${command} was stopped after a minute`).toBeNull();
      expect(done.status).toBe(1);
      expect(done.stderr).toContain('events[0].set.x[y: is not a policy parameter an event can change');
    }
  });

  it('says which number is too large for a double, as written, in a scenario, an experiment and a calibration file', async () => {
    const scenario = cli('validate', file('huge.json', '{"households": 1E400}'));
    expect(scenario).toMatchObject({ code: 1, err: expect.stringContaining('huge.json: households: 1E400 is too large for a number (beyond ±1.8e308); expected a finite number') });
    const experiment = await cliFinished('batch', file('huge-experiment.json', `{"scenario": ${JSON.stringify(baseline)}, "replicates": -1e309}`), '--out', join(dir, 'huge-batch'));
    expect(experiment).toMatchObject({ code: 1, err: expect.stringContaining('huge-experiment.json: replicates: -1e309 is too large for a number') });
    const calibration = await cliFinished('calibrate', file('huge-calibration.json', '{"seeds": [1, 2e999]}'), '--out', join(dir, 'fit.json'));
    expect(calibration).toMatchObject({ code: 1, err: expect.stringContaining('huge-calibration.json: seeds[1]: 2e999 is too large for a number') });
  });

  it('names the parent file for a problem in the file a scenario extends', () => {
    const parent = file('parent.json', JSON.stringify({ extends: baseline, government: { dibao: { lineUrban: -5 } } }));
    const child = file('child.json', JSON.stringify({ extends: 'parent.json', households: 300 }));
    const result = cli('validate', child);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${parent}: government.dibao.lineUrban: is -5`);
    expect(result.err).not.toContain(`${child}: government`);
    const set = cli('run', child, '--set', 'government.dibao.lineRural=-1');
    expect(set.err).toContain('--set: government.dibao.lineRural: is -1');
  });

  it('refuses deep nesting, long strings, many events and too many organisations, naming the limit', () => {
    const deep = `{"extends": ${JSON.stringify(baseline)}, "population": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    expect(cli('validate', file('deep.json', deep)).err).toContain(`more than ${LIMITS.nesting} levels deep`);
    const longKey = { extends: baseline, events: [{ month: 1, type: 'policy', set: { ['x'.repeat(LIMITS.stringLength + 1)]: 1 } }] };
    expect(cli('validate', file('long.json', JSON.stringify(longKey))).err).toContain(`expected at most ${LIMITS.stringLength}`);
    const many = { extends: baseline, events: Array.from({ length: LIMITS.events + 1 }, () => ({ month: 1, type: 'trust_shock', magnitude: 0.1 })) };
    expect(cli('validate', file('many.json', JSON.stringify(many))).err).toContain(`expected at most ${LIMITS.events}`);
    const organisations = { extends: baseline, events: Array.from({ length: 201 }, () => ({ month: 1, type: "open_charities", kind: "foundation", count: 10_000 })) };
    expect(cli('validate', file('orgs.json', JSON.stringify(organisations))).err).toContain(`expected at most ${LIMITS.organisations}`);
    const big = file('big.json', `{"name": "${'x'.repeat(LIMITS.fileBytes)}"}`);
    expect(cli('validate', big).err).toContain(`limit of ${LIMITS.fileBytes}`);
    expect(cli('run', baseline, '--set', `events=${'['.repeat(100)}${']'.repeat(100)}`).err).toContain('levels deep');
  });

  it('writes no NaN or Infinity, even with no caseworkers or a trust baseline of 0', () => {
    const out = join(dir, 'edge.csv');
    const policy = JSON.stringify([{ month: 1, type: 'policy', set: { 'trust.baseline': 0 } }, { month: 2, type: 'trust_shock', magnitude: 1 }]);
    expect(cli('run', baseline, ...quick, '--set', 'government.caseworkersPer10k=0', '--set', `events=${policy}`, '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/NaN|Infinity/);
  });
});

describe('a run too large for the machine', () => {
  it('is refused before it starts, naming what it needs and what there is', () => {
    const scenario = loadScenario(baseline, readFileBounded, { overrides: { households: 5_000_000 } });
    expect(() => checkMemory(scenario, 2 ** 30)).toThrow(/5000000 households for 120 months need about 1\.2 GB of memory; this machine has 1\.0 GB/);
    expect(() => checkMemory(scenario, 16 * 2 ** 30)).not.toThrow();
  });
});
