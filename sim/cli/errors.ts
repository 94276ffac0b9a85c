/** CLI exit codes: 0 ok, 1 bad input or a file that cannot be read or written, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** The command line itself is wrong: unknown command or flag, missing argument. */
export class UsageError extends Error {
  /** The usage to show with the message: the command's own, where the error is in a command. */
  constructor(message: string, readonly usage?: string) {
    super(message);
  }
}

/** The input is wrong — a value on the command line, or a file it names — though the command line is well formed. */
export class BadInputError extends Error {}

export { IoError } from '../files/ioError.ts';
