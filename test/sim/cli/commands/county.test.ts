import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, cliFinished } from '../cli.ts';

describe('gapsim county', () => {
  it('lists the profile fields and the exit codes in its help', () => {
    const { code, out } = cli('county', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/recipientsRural/);
    expect(out).toMatch(/optional: without it/);
    expect(out).toMatch(/scenario is still\s+written/);
  });

  it('refuses a bad profile with every problem named, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'county-'));
    const profile = join(dir, 'bad.json'), out = join(dir, 'scenario.json');
    writeFileSync(profile, JSON.stringify({ name: 'x', population: 1000, urbanShare: 1.5, dibaoLineUrban: -5, dibaoLineRural: 600, incomeUrban: 30000, incomeRural: 20000, recipientsUrban: 10, recipientsRural: 2000 }));
    const { code, err } = await cliFinished('county', profile, '--out', out, '--workers', '0');
    expect(code).toBe(1);
    expect(err).toMatch(/urbanShare: is 1.5, a share above 1; expected a share from 0 to 1/);
    expect(err).toMatch(/dibaoLineUrban: is -5, a negative amount/);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out', async () => {
    const { code, err } = await cliFinished('county', 'counties/yaoan.json');
    expect(code).toBe(2);
    expect(err).toMatch(/county needs --out FILE.json/);
  });
});
