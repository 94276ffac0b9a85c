/**
 * The gapsim command line: `run`, `validate`, `calibrate` (commands/calibrate.ts) and
 * help. Node-only (file access, process); the engine it drives is not.
 */
import { extname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { METRICS } from '../engine/metrics.ts';
import { createSimulation, type RunResult } from '../engine/simulation.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { loadScenario } from '../scenario/load.ts';
import { PARAMETERS, type Scenario } from '../scenario/parameters.ts';
import { PATTERNS } from '../scenario/patterns.ts';
import { toCsv, toJson } from '../output/formats.ts';
import { summaryTable } from '../output/table.ts';
import { VERSION } from '../version.ts';
import { flagHelp, parseArgs, type FlagSpec } from './args.ts';
import { BATCH_USAGE, batch } from './commands/batch.ts';
import { CALIBRATE_USAGE, calibrate } from './commands/calibrate.ts';
import { COMPARE_USAGE, compare } from './commands/compare.ts';
import { LEVERS_USAGE, levers } from './commands/levers.ts';
import { MERGE_USAGE, merge } from './commands/merge.ts';
import { SENSITIVITY_USAGE, sensitivity } from './commands/sensitivity.ts';
import { BadInputError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, IoError, UsageError } from './errors.ts';
import { formatDuration, progressAt } from '../batch/progress.ts';
import { checkMemory } from './memory.ts';
import { checkOutputPath } from './outputPath.ts';
import { progressLine } from '../batch/progressLine.ts';
import { printable } from '../files/printable.ts';
import { readFileBounded } from '../files/readFileBounded.ts';
import { writeFileAtomic } from '../files/writeAtomic.ts';
import { processIo, type Io } from './io.ts';

const RUN_FLAGS: readonly FlagSpec[] = [
  { name: 'seed', value: 'N', help: 'seed of every random stream (whole number ≥ 0); overrides the file' },
  { name: 'months', value: 'M', help: 'months to report; overrides the file' },
  { name: 'households', value: 'N', help: 'households in the county; overrides the file' },
  { name: 'set', value: 'path=value', repeat: true, help: 'set any parameter, e.g. --set government.dibao.lineUrban=900 (repeatable)' },
  { name: 'out', value: 'FILE', help: 'write FILE.json or FILE.csv instead of printing a summary' },
  { name: 'format', value: 'F', help: 'what to print without --out: table (default, 100 columns), csv or json (every month, as --out writes)' },
  { name: 'quiet', help: 'no progress and no "wrote FILE" line on stderr' },
  { name: 'help', help: 'show this help' },
];
const HELP_FLAG: readonly FlagSpec[] = [{ name: 'help', help: 'show this help' }];

const USAGE = `gapsim ${VERSION} — who falls through the gaps of social assistance

Usage:
  gapsim run <scenario.json> [options]   simulate and print a summary, or write --out
  gapsim validate <scenario.json>        check a scenario file and report every problem
  gapsim calibrate <calibration.json>    fit free parameters to published targets, on every core
  gapsim batch <experiment.json> --out DIR   run an experiment's factors and seeds, on every core
  gapsim merge <shard DIR>… --out DIR        put a batch's shards back together
  gapsim sensitivity <experiment.json> --out DIR   Morris or Sobol indices of its "sensitivity" sample
  gapsim compare <a.json> <b.json>       B against A on the same seeds: differences with intervals
  gapsim levers <scenario.json>          rank policy levers by the gap closed per 10,000 yuan
  gapsim <command> --help                help on one command

Exit codes: 0 ok, 1 bad input or a file that cannot be read or written, 2 usage.
Scenario parameters: docs/parameters.md. Metrics: README.md or \`gapsim run --help\`.
`;

/** A command's usage line and options, shown with a usage error in that command. */
const commandUsage = (line: string, flags: readonly FlagSpec[]): string => `Usage: ${line}\n\nOptions:\n${flagHelp(flags)}\n\nMore: ${line.split(' ').slice(0, 2).join(' ')} --help\n`;
const COMMAND_USAGE: Record<string, string> = {
  run: commandUsage('gapsim run <scenario.json> [options]', RUN_FLAGS),
  validate: commandUsage('gapsim validate <scenario.json>', HELP_FLAG),
  calibrate: CALIBRATE_USAGE,
  batch: BATCH_USAGE,
  merge: MERGE_USAGE,
  sensitivity: SENSITIVITY_USAGE,
  compare: COMPARE_USAGE,
  levers: LEVERS_USAGE,
};

const RUN_HELP = `Usage: gapsim run <scenario.json> [options]

Simulates the scenario month by month and prints a summary table (monthly means of
counts, run totals of money, shares over the run) for the county and each group.

Options:
${flagHelp(RUN_FLAGS)}

Output files: FILE.json holds {meta, summary, series, summary_by_group}; FILE.csv is
tidy long format "seed,month,group,metric,value" (group "all" is the whole county).
An existing file is replaced atomically; nothing is written if anything fails.

Patterns (--set pattern=NAME, or "pattern" in the file):
${PATTERNS.map((p) => `  ${p}`).join('\n')}

Metrics:
${METRICS.map((m) => `  ${m.name.padEnd(32)}${m.description} [${m.unit}]`).join('\n')}
`;

const VALIDATE_HELP = `Usage: gapsim validate <scenario.json>

Checks the scenario (following "extends") and prints "OK" with its name, or every
problem found, each naming the field, the value and what was expected. Exit 0 or 1.
`;

/**
 * Run to the end. On a terminal the set-up (population and warm-up) is named while it runs,
 * then months done, the rate and the time left; when stderr is a pipe, a plain line every
 * few seconds of a long run (progressLine.ts).
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

const readText = (path: string): string => readFileBounded(path);

/**
 * Run the CLI on `argv` (without node and the script); returns the exit code, as a
 * promise for commands that run in worker threads (calibrate).
 */
export function main(argv: readonly string[], io: Io = processIo): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.err(USAGE);
      return EXIT_USAGE;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (command === '--version') {
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (command === 'run') return inCommand(command, () => run(rest, io));
    if (command === 'validate') return inCommand(command, () => validate(rest, io));
    if (command === 'calibrate') return calibrate(rest, io).catch((error: unknown) => exitCodeOf(withUsage(error, command), io));
    if (command === 'batch') return batch(rest, io).catch((error: unknown) => exitCodeOf(withUsage(error, command), io));
    if (command === 'merge') return inCommand(command, () => merge(rest, io));
    if (command === 'sensitivity') return sensitivity(rest, io).catch((error: unknown) => exitCodeOf(withUsage(error, command), io));
    if (command === 'compare') return compare(rest, io).catch((error: unknown) => exitCodeOf(withUsage(error, command), io));
    if (command === 'levers') return levers(rest, io).catch((error: unknown) => exitCodeOf(withUsage(error, command), io));
    throw new UsageError(`unknown command "${command}"; expected run, validate, calibrate, batch, merge, compare, levers or sensitivity`);
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

/** Run a command, giving a usage error in it the command's own usage. */
function inCommand(command: string, body: () => number): number {
  try {
    return body();
  } catch (error) {
    throw withUsage(error, command);
  }
}

const withUsage = (error: unknown, command: string): unknown =>
  error instanceof UsageError && error.usage === undefined ? new UsageError(error.message, COMMAND_USAGE[command]) : error;

/** Report an error of the command line or of its input; anything else is a bug and is rethrown. */
function exitCodeOf(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.err(`gapsim: ${printable(error.message)}\n\n${error.usage ?? USAGE}`);
    return EXIT_USAGE;
  }
  if (error instanceof ScenarioError || error instanceof BadInputError || error instanceof IoError) {
    io.err(`gapsim: ${printable(error.message).split('\n').join('\ngapsim: ')}\n`);
    return EXIT_BAD_INPUT;
  }
  throw error;
}

const PRINT_FORMATS = ['table', 'csv', 'json'];

function run(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, RUN_FLAGS);
  if (args.flags.has('help')) {
    io.out(RUN_HELP);
    return EXIT_OK;
  }
  const file = onePositional(args.positionals, 'run');
  const out = args.flags.get('out')?.[0];
  if (out !== undefined) checkOutputPath(out, ['.json', '.csv']);
  const format = args.flags.get('format')?.[0] ?? 'table';
  if (!PRINT_FORMATS.includes(format)) throw new BadInputError(`--format: ${JSON.stringify(format)} is not a format; expected ${PRINT_FORMATS.join(', ')}`);
  if (out !== undefined && format !== 'table') throw new BadInputError(`--format ${format} prints to stdout, --out writes a file; expected one of them (the file's ending gives its format)`);
  const overrides: Record<string, number> = {};
  for (const key of ['seed', 'months', 'households'] as const) {
    const text = args.flags.get(key)?.[0];
    if (text !== undefined) overrides[key] = wholeNumber(key, text);
  }
  const scenario = loadScenario(resolve(file), readText, { set: args.flags.get('set') ?? [], overrides });
  checkMemory(scenario);
  const quiet = args.flags.has('quiet');
  const result = simulate(scenario, io, quiet);
  if (out === undefined) {
    io.out(format === 'csv' ? toCsv(result) : format === 'json' ? toJson(result) : printable(summaryTable(result)));
    return EXIT_OK;
  }
  const content = extname(out).toLowerCase() === '.csv' ? toCsv(result) : toJson(result);
  writeFileAtomic(out, content);
  if (!quiet) io.err(printable(`wrote ${out} (${Buffer.byteLength(content).toLocaleString('en-US')} bytes)`) + '\n');
  return EXIT_OK;
}

function validate(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, HELP_FLAG);
  if (args.flags.has('help')) {
    io.out(VALIDATE_HELP);
    return EXIT_OK;
  }
  const file = onePositional(args.positionals, 'validate');
  const scenario = loadScenario(resolve(file), readText);
  io.out(printable(`OK: ${file} — "${scenario.name}", ${scenario.households} households, ${scenario.months} months`) + '\n');
  return EXIT_OK;
}

function onePositional(positionals: readonly string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs a scenario file: gapsim ${command} <scenario.json>`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one scenario file; got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0]!;
}

/** A whole-number flag, checked against the parameter's declared range. */
function wholeNumber(key: 'seed' | 'months' | 'households', text: string): number {
  const param = PARAMETERS[key];
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < param.min! || value > param.max!) {
    throw new BadInputError(`--${key}: ${JSON.stringify(text)} is not valid; expected a whole number from ${param.min} to ${param.max} (${param.unit})`);
  }
  return value;
}
