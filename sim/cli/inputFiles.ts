/**
 * The files a command line names: how many a command takes, and reading them, each
 * refusal naming the file, what went wrong and what was expected. Node only.
 */
import { readFileBounded } from '../files/readFileBounded.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { loadScenario } from '../scenario/load.ts';
import type { Scenario } from '../scenario/parameters.ts';
import type { ParsedArgs } from './args.ts';
import { BadInputError, UsageError } from './errors.ts';
import type { RunSetting } from './flags.ts';

/** The one scenario file `run` and `validate` take. */
export function oneScenarioFile(args: ParsedArgs, command: string): string {
  const { positionals } = args;
  if (positionals.length === 0) throw new UsageError(`${command} needs a scenario file: gapsim ${command} <scenario.json>`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one scenario file; got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0]!;
}

/** The text of a file; `expected` says what it should be, e.g. "an experiment file such as experiments/dibao_line.json". */
export function readInput(path: string, expected: string): string {
  try {
    return readFileBounded(path);
  } catch (error) {
    throw new BadInputError(`${path}: cannot be read (${(error as Error).message}); expected ${expected}`);
  }
}

/** A scenario file, validated, with run settings from the command line (compare, levers). */
export function loadForCli(file: string, overrides: Partial<Record<RunSetting, number>>): Scenario {
  try {
    return loadScenario(file, readFileBounded, { overrides });
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    throw new BadInputError(`${file}: cannot be read (${(error as Error).message}); expected a scenario file such as scenarios/baseline.json`);
  }
}
