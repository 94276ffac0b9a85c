/**
 * A progress line on stderr: rewritten in place on a terminal, or, when stderr is a pipe
 * or a file (a cluster job's log), a plain line every few seconds so the log stays short.
 * Node only (the clock).
 */
import { performance } from 'node:perf_hooks';

export interface ProgressLine {
  update(text: string): void;
  /** Clear the line (terminal) or print the last state (pipe). */
  end(): void;
}

/** A terminal is redrawn at most this often; more is flicker, not information. */
const TERMINAL_SECONDS = 0.2;

/** `seconds` is the clock, in seconds (replaceable in tests). */
export function progressLine(write: (text: string) => void, terminal: boolean, everySeconds = 5, seconds = () => performance.now() / 1000): ProgressLine {
  const interval = terminal ? TERMINAL_SECONDS : everySeconds;
  let last = seconds();
  let latest: string | undefined;
  let shown: string | undefined;
  return {
    update(text) {
      latest = text;
      const now = seconds();
      if (now - last < interval) return;
      last = now;
      shown = text;
      write(terminal ? `\r${text}\x1b[K` : `${text}\n`);
    },
    end() {
      if (terminal) {
        if (shown !== undefined) write('\r\x1b[K');
      } else if (latest !== undefined && latest !== shown) write(`${latest}\n`);
    },
  };
}
