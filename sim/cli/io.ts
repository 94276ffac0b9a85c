/**
 * Where a command prints: its output, its messages, and whether progress may be drawn. Tests
 * pass their own to capture what a command prints; the gapsim command prints to the process.
 */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Show progress on a terminal (stderr), never in files or pipes. */
  readonly progress?: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
};
