/**
 * Temporary files that a signal must not leave behind (Ctrl-C, a scheduler's SIGTERM at its
 * time limit, a closed terminal). A path is held from before its file is created until after
 * it is renamed or removed, so no moment of the file's life is uncovered. Node only.
 *
 * From the first path held, SIGINT, SIGTERM and SIGHUP are caught. Node runs a signal's
 * listener only between callbacks, and the writes that hold paths are synchronous, so a
 * signal that comes during a write waits until the write has renamed or removed its file;
 * without a listener the signal would end the process at once, mid-write. The listener
 * removes any file still held, then raises the signal again with nothing listening, so the
 * process ends as the signal means it to (its exit status says which signal). The listener
 * stays between writes rather than going and coming with each file: a signal that arrived
 * while it was being replaced was lost (about one SIGTERM in fifty, with a file written in a
 * loop), and the process went on writing until killed outright.
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
  for (const caught of SIGNALS) process.off(caught, onSignal);
  listening = false;
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
