import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../sim/cli/main.ts';
import { PARAMETER_BY_PATH } from '../../../../sim/scenario/parameters.ts';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

/** The middle half of what a parameter accepts (its plausible range if it has one). */
function inside(path: string): [number, number] {
  const p = PARAMETER_BY_PATH.get(path)!;
  const [low, high] = p.plausible ?? [p.min!, p.max!];
  return [low + (high - low) / 4, high - (high - low) / 4];
}

/** A calibration small enough for a test: 400 households × 6 months, 3 + at most 3 candidates. */
const tiny = () => ({
  parameters: {
    'population.medianIncomeRural': { range: inside('population.medianIncomeRural'), targets: ['dibao_coverage_rural'] },
    'population.incomeSpreadUrban': { range: inside('population.incomeSpreadUrban') },
  },
  targets: ['dibao_coverage_all', 'dibao_coverage_urban', 'dibao_coverage_rural'],
  seeds: [1, 2, 3, 4, 5, 6, 7, 8],
  households: 400,
  months: 6,
  warmupMonths: 3,
  latinHypercube: { points: 3, seed: 1 },
  nelderMead: { maxEvaluations: 3 },
});

const scratches: string[] = [];
afterAll(() => { for (const dir of scratches) rmSync(dir, { recursive: true, force: true }); });

function folderWith(calibration: unknown): { dir: string; file: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gapsim-calibrate-'));
  scratches.push(dir);
  const file = join(dir, 'calibration.json');
  writeFileSync(file, JSON.stringify(calibration, null, 2));
  return { dir, file, out: join(dir, 'fitted.json') };
}

describe('gapsim calibrate', () => {
  it('announces its runs, fits, prints the fit and writes fitted.json', async () => {
    const { dir, file, out } = folderWith(tiny());
    const { code, out: stdout, err } = await cli('calibrate', file, '--workers', '2', '--out', out);
    expect(err).not.toMatch(/gapsim:/);
    expect(code).toBe(0);
    expect(stdout).toContain('Calibrating 2 parameters to 3 targets');
    expect(stdout).toContain('Seeds: 1, 2, 3, 4, 5, 6, 7, 8');
    expect(stdout).toContain('Runs of 400 households × 6 months after 3 warm-up months, scenario baseline');
    expect(stdout).toContain('the current defaults and 3 Latin hypercube points × 8 = 32, Nelder–Mead at most 3 × 8 = 24, check of the rounded values 8: at most 64 runs on 2 worker threads');
    expect(stdout).toMatch(/^population\.medianIncomeRural\s+\d+\s+/m);
    expect(stdout).toMatch(/^dibao_coverage_rural\s+[\d.]+\s+0\.072\s+/m);
    expect(stdout).toMatch(/Loss [\d.]+ \(Σ weight/);
    expect(err).toMatch(/runs\/s/); // the last progress line

    const fitted = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(fitted.parameters)).toEqual(['population.medianIncomeRural', 'population.incomeSpreadUrban']);
    const [low, high] = inside('population.medianIncomeRural');
    expect(fitted.parameters['population.medianIncomeRural'].value).toBeGreaterThanOrEqual(low);
    expect(fitted.parameters['population.medianIncomeRural'].value).toBeLessThanOrEqual(high);
    expect(fitted.parameters['population.medianIncomeRural'].targets).toEqual(['dibao_coverage_rural']);
    expect(fitted.parameters['population.incomeSpreadUrban'].targets).toEqual(['dibao_coverage_all', 'dibao_coverage_urban', 'dibao_coverage_rural']);
    expect(Object.keys(fitted.targets)).toEqual(['dibao_coverage_all', 'dibao_coverage_urban', 'dibao_coverage_rural']);
    expect(fitted.targets.dibao_coverage_rural).toMatchObject({ value: 0.072, tolerance: 0.015 });
    expect(Number.isFinite(fitted.loss)).toBe(true);
    const terms = Object.values(fitted.targets as Record<string, { term: number }>).reduce((sum, t) => sum + t.term, 0);
    expect(fitted.loss).toBeCloseTo(terms, 9);
    expect(fitted.seeds).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fitted.runs).toBe(8 * (1 + 3 + fitted.evaluations.nelderMead + 1)); // the current defaults, the hypercube, Nelder–Mead, the check
    expect(fitted.wallSeconds).toBeGreaterThan(0);
    expect(fitted.calibrationDigest).toBe(`sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`);
    expect(readdirSync(dir).sort()).toEqual(['calibration.json', 'fitted.json']); // no temporary file left

    // The same fit in this thread: worker threads change the speed, not the result.
    const here = join(dir, 'here.json');
    expect((await cli('calibrate', file, '--workers', '0', '--out', here, '--quiet')).code).toBe(0);
    const { wallSeconds: _a, ...threaded } = fitted;
    const { wallSeconds: _b, ...inThisThread } = JSON.parse(readFileSync(here, 'utf8'));
    expect(inThisThread).toEqual(threaded);
  });

  it('refuses a bad calibration file with exit 1, naming the field, and writes nothing', async () => {
    const bad = { ...tiny(), parameters: { 'population.medianIncomeRurl': { range: [1200, 2000] } }, seeds: [1, 2, 3] };
    const { dir, file, out } = folderWith(bad);
    const { code, out: stdout, err } = await cli('calibrate', file, '--workers', '2', '--out', out);
    expect(code).toBe(1);
    expect(err).toContain('parameters.population.medianIncomeRurl: "population.medianIncomeRurl" is not a scenario parameter (did you mean "population.medianIncomeRural"?)');
    expect(err).toContain('seeds: is [1,2,3], 3 seeds; expected at least 8');
    expect(stdout).toBe(''); // refused before the plan
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['calibration.json']);
  });

  it('leaves an existing output alone when it refuses', async () => {
    const { file, out } = folderWith({ ...tiny(), targets: ['low_income_share'] });
    writeFileSync(out, 'previous fit');
    const { code, err } = await cli('calibrate', file, '--out', out);
    expect(code).toBe(1);
    expect(err).toMatch(/targets\[0\]: is "low_income_share", a held-out target/);
    expect(readFileSync(out, 'utf8')).toBe('previous fit');
  });

  it('has its own help, and refuses bad flags', async () => {
    const help = await cli('calibrate', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: gapsim calibrate <calibration.json> [options]');
    expect(help.out).toContain('--workers N');
    expect((await cli('--help')).out).toContain('gapsim calibrate <calibration.json>');
    const { file } = folderWith(tiny());
    expect(await cli('calibrate', file, '--workers', 'many')).toMatchObject({ code: 1, err: expect.stringContaining('--workers: "many" is not valid; expected a whole number from 0 to 1024') });
    expect(await cli('calibrate', file, '--out', join(tmpdir(), 'no-such-folder-gapsim', 'f.json'))).toMatchObject({ code: 1, err: expect.stringContaining('does not exist or is not writable') });
    expect(await cli('calibrate', file, '--out', 'fitted.txt')).toMatchObject({ code: 1, err: expect.stringContaining('--out: "') });
    expect((await cli('calibrate')).code).toBe(2);
    expect((await cli('calibrate', join(tmpdir(), 'gapsim-no-such-file.json'))).err).toMatch(/cannot be read .*; expected a calibration file/);
  });
});
