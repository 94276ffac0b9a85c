/**
 * `gapsim run <scenario.json>`: simulate one scenario month by month and print a summary
 * table, CSV or JSON, or write FILE.json or FILE.csv. Node only.
 */
import { extname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatDuration, progressAt } from '../../batch/progress.ts';
import { progressLine } from '../../batch/progressLine.ts';
import { METRICS } from '../../engine/metrics.ts';
import { createSimulation, type RunResult } from '../../engine/simulation.ts';
import { printable } from '../../files/printable.ts';
import { readFileBounded } from '../../files/readFileBounded.ts';
import { writeFileAtomic } from '../../files/writeAtomic.ts';
import { toCsv, toJson } from '../../output/formats.ts';
import { summaryTable } from '../../output/table.ts';
import { loadScenario } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/parameters.ts';
import { PATTERNS } from '../../scenario/patterns.ts';
import type { Command } from '../command.ts';
import { EXIT_OK } from '../errors.ts';
import { formatFlag, outFlag, outputChoice, quietFlag, runSettingFlag, runSettings } from '../flags.ts';
import type { Io } from '../io.ts';
import { oneScenarioFile } from '../inputFiles.ts';
import { checkMemory } from '../memory.ts';

const QUIET = quietFlag();

export const runCommand: Command = {
  name: 'run',
  summary: { synopsis: 'gapsim run <scenario.json> [options]', purpose: 'simulate and print a summary, or write --out' },
  flags: [
    runSettingFlag('seed', 'seed of every random stream (whole number ≥ 0); overrides the file'),
    runSettingFlag('months', 'months to report; overrides the file'),
    runSettingFlag('households', 'households in the county; overrides the file'),
    { name: 'set', value: 'path=value', repeat: true, help: 'set any parameter, e.g. --set government.dibao.lineUrban=900 (repeatable)' },
    outFlag('FILE', 'write FILE.json or FILE.csv instead of printing a summary'),
    formatFlag('what to print without --out: table (default, 100 columns), csv or json (every month, as --out writes)'),
    QUIET,
  ],
  help: {
    about: `Simulates the scenario month by month and prints a summary table (monthly means of
counts, run totals of money, shares over the run) for the county and each group.`,
    details: `Output files: FILE.json holds {meta, summary, series, summary_by_group}; FILE.csv is
tidy long format "seed,month,group,metric,value" (group "all" is the whole county).
An existing file is replaced atomically; nothing is written if anything fails.

Patterns (--set pattern=NAME, or "pattern" in the file):
${PATTERNS.map((p) => `  ${p}`).join('\n')}

Metrics:
${METRICS.map((m) => `  ${m.name.padEnd(32)}${m.description} [${m.unit}]`).join('\n')}`,
  },
  run(args, io) {
    const file = oneScenarioFile(args, 'run');
    const { out, format } = outputChoice(args, ['.json', '.csv']);
    const overrides = runSettings(args, ['seed', 'months', 'households']);
    const scenario = loadScenario(resolve(file), readFileBounded, { set: args.flags.get('set') ?? [], overrides });
    checkMemory(scenario);
    const quiet = QUIET.read(args);
    const result = simulate(scenario, io, quiet);
    if (out === undefined) {
      io.out(format === 'csv' ? toCsv(result) : format === 'json' ? toJson(result) : printable(summaryTable(result)));
      return EXIT_OK;
    }
    const content = extname(out).toLowerCase() === '.csv' ? toCsv(result) : toJson(result);
    writeFileAtomic(out, content);
    if (!quiet) io.err(printable(`wrote ${out} (${Buffer.byteLength(content).toLocaleString('en-US')} bytes)`) + '\n');
    return EXIT_OK;
  },
};

/**
 * Run to the end. On a terminal the set-up (population and warm-up) is named while it runs,
 * then months done, the rate and the time left; when stderr is a pipe, a plain line every
 * few seconds of a long run (batch/progressLine.ts).
 */
function simulate(scenario: Scenario, io: Io, quiet: boolean): RunResult {
  const terminal = io.progress === true && !quiet;
  if (terminal) io.err(`\rsetting up: ${scenario.households.toLocaleString('en-US')} households and ${scenario.warmupMonths} warm-up months…\x1b[K`);
  const simulation = createSimulation(scenario);
  const started = performance.now();
  const line = progressLine(io.err, terminal);
  const total = scenario.months;
  simulation.advance(total, () => {
    if (quiet) return;
    const p = progressAt(simulation.monthsDone, 0, total, (performance.now() - started) / 1000);
    const left = p.secondsLeft === null ? '' : `, ${formatDuration(p.secondsLeft)} left`;
    line.update(`month ${p.done}/${total}, ${p.runsPerSecond.toFixed(1)} months/s${left}`);
  });
  if (!quiet) line.update(`${total} months done in ${formatDuration((performance.now() - started) / 1000)}`);
  line.end();
  if (terminal) io.err('\r\x1b[K');
  return simulation.result();
}
