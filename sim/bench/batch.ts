/**
 * `npm run bench -- --batch`: the batch runner on an experiment of R runs of 10,000 households
 * × 120 months (36 more of warm-up): the machinery's cost against the same runs in a plain loop
 * (in this process), then the gapsim command with 1 and 2 worker threads (parallel efficiency,
 * CPU time, peak memory, and peak memory with a quarter of the runs).
 */
import { spawnSync } from 'node:child_process';
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
console.log(`  machinery (0 workers against the plain loop): ${(((inThread.wall - plain.wall) / plain.wall) * 100).toFixed(1)}% of engine time`);
// Worker threads as a user runs them: the gapsim command (the bundle when it is fresh), its
// time and peak memory from GNU time, since a child's CPU time is not visible from here.
const bin = fileURLToPath(new URL('../../bin/gapsim.mjs', import.meta.url));
const viaCommand = (workers: number, runsOf: string) => {
  const done = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, 'batch', runsOf, '--out', join(dir, `c${workers}-${runsOf.length}`), '--workers', String(workers), '--quiet'], { encoding: 'utf8' });
  const [wall, user, system, kb] = done.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  return { wall, cpu: user + system, mib: kb / 1024 };
};
const show = (label: string, r: { wall: number; cpu: number; mib: number }, hhMonths = work) =>
  console.log(`  ${label.padEnd(28)} ${r.wall.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU → ${(hhMonths / r.wall / 1e6).toFixed(2)} M household-months/s, ${(hhMonths / r.cpu / 1e6).toFixed(2)} M per CPU-second; peak ${r.mib.toFixed(0)} MiB`);
const one = viaCommand(1, file);
show('gapsim batch, 1 worker', one);
const two = viaCommand(2, file);
show('gapsim batch, 2 workers', two);
console.log(`  parallel efficiency, 2 workers against 1: ${((one.wall / (2 * two.wall)) * 100).toFixed(0)}%`);
// Memory as the number of runs grows: a quarter of the runs, on 2 workers.
const quarter = join(dir, 'quarter.json');
writeFileSync(quarter, JSON.stringify({ ...experiment, replicates: Math.max(1, Math.round(runs / 4)) }));
const small = viaCommand(2, quarter);
console.log(`  peak memory with ${Math.max(1, Math.round(runs / 4))} runs: ${small.mib.toFixed(0)} MiB; with ${runs}: ${two.mib.toFixed(0)} MiB`);

rmSync(dir, { recursive: true, force: true });
