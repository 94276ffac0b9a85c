/**
 * The gapsim command line: the table of commands (each in commands/) and the dispatcher that
 * lists them, parses a command's flags, answers its --help, runs it, and turns its errors
 * into messages and exit codes. Node-only (file access, process); the engine it drives is not.
 */
import { closest } from '../common/closest.ts';
import { printable } from '../files/printable.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { VERSION } from '../version.ts';
import { parseArgs } from './args.ts';
import type { Command } from './command.ts';
import { batchCommand } from './commands/batch.ts';
import { calibrateCommand } from './commands/calibrate.ts';
import { compareCommand } from './commands/compare.ts';
import { countyCommand } from './commands/county.ts';
import { leversCommand } from './commands/levers.ts';
import { mergeCommand } from './commands/merge.ts';
import { runCommand } from './commands/run.ts';
import { sensitivityCommand } from './commands/sensitivity.ts';
import { validateCommand } from './commands/validate.ts';
import { BadInputError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, IoError, UsageError } from './errors.ts';
import { HELP_FLAG } from './flags.ts';
import { commandHelp, commandUsage, overview } from './help.ts';
import { processIo, type Io } from './io.ts';

/** Every command, in the order `gapsim --help` lists them. */
const COMMANDS: readonly Command[] = [
  runCommand, validateCommand, calibrateCommand, batchCommand, mergeCommand, sensitivityCommand, compareCommand, leversCommand, countyCommand,
];

/**
 * Run the CLI on `argv` (without node and the script); returns the exit code, as a
 * promise for commands that wait on worker threads (calibrate, batch, …).
 */
export function main(argv: readonly string[], io: Io = processIo): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(overview(COMMANDS));
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(COMMANDS));
    return EXIT_OK;
  }
  if (name === '--version') {
    io.out(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const names = COMMANDS.map((c) => c.name);
    const hint = closest(name, names);
    return exitCodeOf(new UsageError(`unknown command "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected ${names.slice(0, -1).join(', ')} or ${names.at(-1)}`), io);
  }
  const fail = (error: unknown): number => exitCodeOf(error instanceof UsageError && error.usage === undefined ? new UsageError(error.message, commandUsage(command)) : error, io);
  try {
    const args = parseArgs(rest, [...command.flags, HELP_FLAG]);
    if (args.flags.has('help')) {
      io.out(commandHelp(command));
      return EXIT_OK;
    }
    const code = command.run(args, io);
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (error) {
    return fail(error);
  }
}

/** Report an error of the command line or of its input; anything else is a bug and is rethrown. */
function exitCodeOf(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.err(`gapsim: ${printable(error.message)}\n\n${error.usage ?? overview(COMMANDS)}`);
    return EXIT_USAGE;
  }
  if (error instanceof ScenarioError || error instanceof BadInputError || error instanceof IoError) {
    io.err(`gapsim: ${printable(error.message).split('\n').join('\ngapsim: ')}\n`);
    return EXIT_BAD_INPUT;
  }
  throw error;
}
