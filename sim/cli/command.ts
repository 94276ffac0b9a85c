/**
 * A gapsim command as the command table holds it (main.ts): everything the dispatcher needs
 * to list it, parse its flags, show its help and usage (help.ts) and run it.
 */
import type { FlagSpec, ParsedArgs } from './args.ts';
import type { Io } from './io.ts';

export interface Command {
  /** What follows `gapsim` on the command line. */
  readonly name: string;
  /** Its line in `gapsim --help`: its short form and what it does. */
  readonly summary: { readonly synopsis: string; readonly purpose: string };
  /**
   * Its forms, as "Usage:" shows them in its help and usage errors, where they say more than
   * the synopsis followed by "[options]" (usageOf).
   */
  readonly usage?: readonly string[];
  /** Its flags; every command also takes --help, which the dispatcher adds. */
  readonly flags: readonly FlagSpec[];
  /** Its --help: `about` before the options, `details` after; each is optional. */
  readonly help: { readonly about?: string; readonly details?: string };
  /** Run it on its parsed arguments (--help already answered); its exit code. */
  run(args: ParsedArgs, io: Io): number | Promise<number>;
}
