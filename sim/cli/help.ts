/**
 * The help texts, made from the command table: `gapsim --help` lists every command, a
 * command's --help explains it, and a usage error in a command shows its usage and options.
 */
import { VERSION } from '../version.ts';
import { flagHelp } from './args.ts';
import type { Command } from './command.ts';
import { HELP_FLAG } from './flags.ts';

/** Where the purposes start in the command list; a longer synopsis pushes its own further. */
const PURPOSE_COLUMN = 41;

export function overview(commands: readonly Command[]): string {
  const line = (synopsis: string, purpose: string) => {
    const left = `  ${synopsis}`;
    return `${left.padEnd(Math.max(PURPOSE_COLUMN, left.length + 3))}${purpose}`;
  };
  return `gapsim ${VERSION} — who falls through the gaps of social assistance

Usage:
${[...commands.map((c) => line(c.summary.synopsis, c.summary.purpose)), line('gapsim <command> --help', 'help on one command')].join('\n')}

Exit codes: 0 ok, 1 bad input or a file that cannot be read or written, 2 usage.
Scenario parameters: docs/parameters.md. Metrics: README.md or \`gapsim run --help\`.
`;
}

/** Its --help; a command whose only flag is --help lists no options. */
export function commandHelp(command: Command): string {
  const { about, details } = command.help;
  return sections(usageLine(command), about, command.flags.length > 0 ? options(command) : undefined, details);
}

/** What a usage error in the command shows after the error. */
export function commandUsage(command: Command): string {
  return sections(usageLine(command), options(command), `More: gapsim ${command.name} --help`);
}

/** A command's forms: its own, or its synopsis with "[options]" (once) after it. */
const usageOf = ({ usage, summary: { synopsis } }: Command): readonly string[] => usage ?? [synopsis.endsWith('[options]') ? synopsis : `${synopsis} [options]`];
const usageLine = (command: Command): string => `Usage: ${usageOf(command).join(`\n${' '.repeat('Usage: '.length)}`)}`;
const options = (command: Command): string => `Options:\n${flagHelp([...command.flags, HELP_FLAG])}`;
const sections = (...parts: ReadonlyArray<string | undefined>): string => `${parts.filter((p) => p !== undefined).join('\n\n')}\n`;
