/**
 * Temporary files that a signal must not leave behind (Ctrl-C, a scheduler's SIGTERM at its
 * time limit, a closed terminal). A path is held from before its file is created until after
 * it is renamed or removed, so no moment of the file's life is uncovered. Node only.
 *
 * While any path is held, SIGINT, SIGTERM and SIGHUP are caught. Node runs a signal's listener
 * only between callbacks, and the writes that hold paths are synchronous, so a signal that
 * comes during a write waits until the write has renamed or removed its file; without a
 * listener the signal would end the process at once, mid-write. The listener removes any file
 * still held, then raises the signal again with nothing listening, so the process ends as the
 * signal means it to (its exit status says which signal).
 */
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const held = new Set<string>();
let listening = false;

/** Hold `path` before creating it; the function returned releases it once it is renamed or removed. */
export function holdTemporary(path: string): () => void {
  held.add(path);
  if (!listening) for (const signal of SIGNALS) process.on(signal, onSignal);
  listening = true;
  return () => {
    held.delete(path);
    // A signal that came during the write is delivered on the event loop's next turn: listen
    // until then, or the signal would go with the listener and the process would go on.
    setImmediate(() => setImmediate(stopListeningIfIdle));
  };
}

/** Remove every file still held. */
export function removeHeldFiles(): void {
  for (const path of held) {
    try {
      rmSync(path, { force: true });
    } catch {
      // The process is ending; a file that cannot be removed cannot be helped.
    }
  }
  held.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeHeldFiles();
  stopListeningIfIdle();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function stopListeningIfIdle(): void {
  if (!listening || held.size > 0) return;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  listening = false;
}
