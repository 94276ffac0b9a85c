/**
 * `npm run bench`: engine speed and memory (never asserted in tests; read the figures).
 *  - throughput: household-months per second on the baseline under each pattern, and with
 *    government alone, 100,000 households × 120 months (warm-up months counted
 *    separately), best of a few runs after a JIT warm-up;
 *  - memory: a 1,000,000-household × 120-month run in a child process: typed-array
 *    engine state per household and the process's peak resident memory per household.
 * Options: --households N --months M --runs R --memory-households N --skip-memory
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSimulation } from '../engine/simulation.ts';
import { loadScenario } from '../scenario/load.ts';
import { parseArgs } from '../cli/args.ts';
import { PATTERNS } from '../scenario/patterns.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const baseline = fileURLToPath(new URL('../../scenarios/baseline.json', import.meta.url));
const args = parseArgs(process.argv.slice(2), [
  { name: 'households', value: 'N', help: '' },
  { name: 'months', value: 'M', help: '' },
  { name: 'runs', value: 'R', help: '' },
  { name: 'memory-households', value: 'N', help: '' },
  { name: 'skip-memory', help: '' },
  { name: 'memory-child', help: '' },
  { name: 'engine-only', help: '' },
]);
const number = (name: string, fallback: number) => Number(args.flags.get(name)?.[0] ?? fallback);

/** Benchmarked configurations: each pattern, and government alone (no charities). */
const CONFIGURATIONS: Record<string, string[]> = {
  ...Object.fromEntries(PATTERNS.map((p) => [p, [`pattern=${p}`]])),
  government_alone: ['charities.community.perTenThousand=0', 'charities.foundation.perTenThousand=0', 'charities.crowdfunding.launchRate=0'],
};

function load(households: number, months: number, set: string[] = []) {
  return loadScenario(baseline, (p) => readFileSync(p, 'utf8'), { overrides: { households, months }, set });
}

function timeRun(households: number, months: number, set?: string[]) {
  const scenario = load(households, months, set);
  const start = performance.now();
  const simulation = createSimulation(scenario);
  const afterWarmup = performance.now();
  simulation.advance(months);
  const end = performance.now();
  return { seconds: (end - start) / 1000, reportedSeconds: (end - afterWarmup) / 1000, warmup: scenario.warmupMonths, simulation };
}

if (args.flags.has('memory-child')) {
  // Child process: one big run, then report what it held.
  const households = number('memory-households', 1_000_000);
  const before = process.memoryUsage().rss;
  const { seconds, simulation } = timeRun(households, number('months', 120));
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ households, seconds, stateBytes: simulation.stateBytesPerHousehold(), rssBefore: before, peak }));
} else {
  const households = number('households', 100_000);
  const months = number('months', 120);
  const runs = number('runs', 3);
  console.log(`gapsim engine benchmark — Node ${process.version}, one thread`);
  timeRun(10_000, 24); // let the JIT see the loops first
  console.log(`throughput: ${households.toLocaleString('en-US')} households × ${months} months, best of ${runs}`);
  for (const [name, set] of Object.entries(CONFIGURATIONS)) {
    let best = Infinity;
    let bestReported = Infinity;
    let warmup = 0;
    for (let r = 0; r < runs; r++) {
      const t = timeRun(households, months, set);
      best = Math.min(best, t.seconds);
      bestReported = Math.min(bestReported, t.reportedSeconds);
      warmup = t.warmup;
    }
    const simulated = households * (months + warmup);
    console.log(`  ${name.padEnd(29)} reported months: ${bestReported.toFixed(2)} s → ${((households * months) / bestReported / 1e6).toFixed(2)} M household-months/s;` +
      ` whole run with population and ${warmup} warm-up months: ${best.toFixed(2)} s → ${(simulated / best / 1e6).toFixed(2)} M/s`);
  }

  if (!args.flags.has('skip-memory')) {
    const memoryHouseholds = number('memory-households', 1_000_000);
    const output = execFileSync(process.execPath, [`${here}../../bin/bench.mjs`, '--memory-child', '--memory-households', String(memoryHouseholds), '--months', String(months)], { encoding: 'utf8' });
    const m = JSON.parse(output.trim().split('\n').at(-1)!) as { households: number; seconds: number; stateBytes: number; rssBefore: number; peak: number };
    console.log(`memory: ${m.households.toLocaleString('en-US')} households × ${months} months in ${m.seconds.toFixed(1)} s`);
    console.log(`  engine state (typed arrays): ${m.stateBytes.toFixed(0)} bytes per household`);
    console.log(`  process peak RSS: ${(m.peak / 2 ** 20).toFixed(0)} MiB; above the ${(m.rssBefore / 2 ** 20).toFixed(0)} MiB before the run: ${((m.peak - m.rssBefore) / m.households).toFixed(0)} bytes per household`);
  }
}
