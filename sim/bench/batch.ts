/**
 * `npm run bench -- --batch`: the batch runner on an experiment of R runs of 10,000 households
 * × 120 months (36 more of warm-up): wall and CPU time with 1 and 2 worker threads (parallel
 * efficiency), the machinery's cost against the same runs in a plain loop, and peak memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main.ts';
import { runScenario } from '../engine/simulation.ts';
import { composeScenario } from '../scenario/compose.ts';
import { planExperiment, scenarioOf } from '../experiment/design.ts';
import { parseExperiment } from '../experiment/experimentFile.ts';
import { readFileBounded } from '../files/readFileBounded.ts';

const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 100;
const households = 10_000;
const months = 120;
const warmup = 36;
const experiment = { scenario: fileURLToPath(new URL('../../scenarios/baseline.json', import.meta.url)), set: { households, months }, replicates: runs, metrics: ['fell_through_rate'] };
const dir = mkdtempSync(join(tmpdir(), 'gapsim-bench-batch-'));
const file = join(dir, 'experiment.json');
writeFileSync(file, JSON.stringify(experiment));
const work = runs * households * (months + warmup);

function measure(label: string, body: () => Promise<unknown> | unknown): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  return Promise.resolve(body()).then(() => {
    const wall = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu0);
    const cpu = (used.user + used.system) / 1e6;
    console.log(`  ${label.padEnd(28)} ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU → ${(work / wall / 1e6).toFixed(2)} M household-months/s, ${(work / cpu / 1e6).toFixed(2)} M per CPU-second`);
    return { wall, cpu };
  });
}

console.log(`batch runner: ${runs} runs of ${households.toLocaleString('en-US')} households × ${months} months (+${warmup} warm-up)`);
const parsed = parseExperiment(experiment);
const design = planExperiment(parsed, composeScenario(experiment.scenario, readFileBounded));
const plain = await measure('plain loop (no batch)', () => { for (const run of design.runs) runScenario(scenarioOf(design, run)); });
const quiet = { out: () => undefined, err: () => undefined };
const inThread = await measure('batch, 0 workers (in-process)', () => main(['batch', file, '--out', join(dir, 'w0'), '--workers', '0', '--quiet'], quiet));
const one = await measure('batch, 1 worker thread', () => main(['batch', file, '--out', join(dir, 'w1'), '--workers', '1', '--quiet'], quiet));
const two = await measure('batch, 2 worker threads', () => main(['batch', file, '--out', join(dir, 'w2'), '--workers', '2', '--quiet'], quiet));
console.log(`  machinery (0 workers against the plain loop): ${(((inThread.wall - plain.wall) / plain.wall) * 100).toFixed(1)}% of engine time`);
console.log(`  parallel efficiency, 2 workers against 1: ${((one.wall / (2 * two.wall)) * 100).toFixed(0)}%`);
console.log(`  peak memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(dir, { recursive: true, force: true });
