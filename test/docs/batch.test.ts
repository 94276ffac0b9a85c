/**
 * docs/batch.md is a worked example a new user follows: every `npx gapsim` and `node` command
 * in its sh blocks runs here as written (in a scratch copy of out/), and what the page says of
 * the results is checked against them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(join(root, 'docs/batch.md'), 'utf8');
const commands = [...page.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n')).filter((c) => /^(npx gapsim|node docs)/.test(c));
const scratch = mkdtempSync(join(tmpdir(), 'gapsim-doc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A command of the page, with out/ in the scratch folder and gapsim from this checkout. */
function run(command: string): string {
  const words = command.replace(/ > (\S+)$/, '').split(' ').map((w) => w.replace(/^out\//, `${scratch}/`));
  const [program, ...args] = words[0] === 'npx' ? [process.execPath, join(root, 'bin/gapsim.mjs'), ...words.slice(2)] : [process.execPath, ...words.slice(1)];
  return execFileSync(program!, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('docs/batch.md', () => {
  it('runs from the experiment file to a plot, and its merged shards equal the single batch', () => {
    expect(commands.length).toBeGreaterThanOrEqual(6);
    let svg = '';
    for (const command of commands) {
      if (command.includes('--resume') || command.includes('submit.sh')) continue; // nothing to resume here; cluster: test/jobs
      const out = run(command);
      if (command.startsWith('node docs/batch/plot.mjs')) svg = out;
    }
    expect(svg.match(/class="mean"/g)).toHaveLength(2);
    const files = (dir: string) => ['results.csv', 'runs.jsonl'].map((f) => readFileSync(join(scratch, dir, f), 'utf8'));
    expect(files('dibao-merged')).toEqual(files('dibao'));
    // What the page says of the results.
    const rows = readFileSync(join(scratch, 'dibao/results.csv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split(','));
    const mean = (metric: string, pattern: string, line: number) => {
      const v = rows.filter((r) => r[6] === metric && r[2] === pattern && Number(r[3]) === line).map((r) => Number(r[7]));
      return v.reduce((a, b) => a + b, 0) / v.length;
    };
    for (const pattern of ['administrative_incorporation', 'deep_integration']) {
      expect(mean('dibao_coverage', pattern, 850)).toBeGreaterThan(mean('dibao_coverage', pattern, 550));
      expect(mean('fell_through_rate', pattern, 850)).toBeLessThan(mean('fell_through_rate', pattern, 550));
      expect(mean('poverty_headcount', pattern, 850)).toBeLessThan(mean('poverty_headcount', pattern, 550));
    }
    expect(rows).toHaveLength(80 * 5);
  }, 300_000);
});
