/**
 * Golden whole runs: a CLI run's JSON, a batch's results.csv, a comparison's JSON and the
 * page's exported CSV, byte for byte against files committed beside this test. A change of
 * results is then a deliberate act: run `GAPSIM_UPDATE_GOLDEN=1 npx vitest run test/golden`
 * and review the diff of test/golden/*.golden.* in the commit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.ts';
import { composeScenario } from '../../sim/scenario/compose.ts';
import { api } from '../../web/worker.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../');
const baseline = join(root, 'scenarios/baseline.json');
const deepIntegration = join(root, 'scenarios/deep_integration.json');
const small = ['--households', '600', '--months', '6'];
const update = process.env.GAPSIM_UPDATE_GOLDEN === '1';

const scratch = mkdtempSync(join(tmpdir(), 'gapsim-golden-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI in this process and returns what it printed; fails on a non-zero exit. */
async function cli(...argv: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  if (code !== 0) throw new Error(`gapsim ${argv.join(' ')} exited ${code}: ${err}`);
  return out;
}

/** The version and where the clone sits differ between releases and machines, not results: blank them. */
const portable = (text: string): string => text.replace(/"version":\s*"[^"]*"/g, '"version": "-"').split(root).join('<root>/');

function matchesGolden(name: string, actual: string): void {
  const path = join(here, name);
  if (update) writeFileSync(path, actual);
  expect(actual === readFileSync(path, 'utf8'), `${name} differs from the committed golden file`).toBe(true);
}

describe('golden whole runs (byte for byte)', () => {
  it('gapsim run --format json', async () => {
    matchesGolden('run.golden.json', portable(await cli('run', baseline, '--seed', '7', ...small, '--format', 'json', '--quiet')));
  });

  it('gapsim batch: results.csv', async () => {
    const out = join(scratch, 'batch');
    await cli('batch', join(here, 'experiment.json'), '--out', out, '--workers', '0', '--quiet');
    matchesGolden('batch.golden.csv', readFileSync(join(out, 'results.csv'), 'utf8'));
  });

  it('gapsim compare --format json', async () => {
    const text = await cli('compare', baseline, deepIntegration, '--seeds', '1-3', ...small, '--stories', '1', '--workers', '0', '--format', 'json', '--quiet');
    matchesGolden('compare.golden.json', portable(text));
  });

  it('the page\'s exported CSV (the worker\'s run)', () => {
    const raw = { ...composeScenario(baseline, (p) => readFileSync(p, 'utf8')), households: 600, months: 6 };
    const info = api.open({ raw, seed: 7, withStatuses: true });
    if ('error' in info) throw new Error(info.error);
    while (!api.advance(info.id, 4).done);
    const csv = api.csv(info.id);
    api.close(info.id);
    matchesGolden('page.golden.csv', csv);
  });
});
