/**
 * Atomic writes under interruption: whenever a signal ends the process — at the moment the
 * temporary file appears, or at any other point of a write — no temporary file is left, the
 * target holds the old content or the new, and the process still ends by that signal.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./writeForever.ts', import.meta.url));
const BYTES = 8 << 20; // large enough that a write and its fsync take a while
const scratch = mkdtempSync(join(tmpdir(), 'gapsim-interrupt-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Start the writer, interrupt it with `signal` when `when` says, and see what is left. */
async function interrupt(name: string, signal: NodeJS.Signals, when: { afterMs: number } | 'temporary appears') {
  const dir = join(scratch, name);
  mkdirSync(dir);
  const target = join(dir, 'out.json');
  writeFileSync(target, 'old');
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, target, String(BYTES)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, by) => resolve(by)));
  await new Promise((resolve) => child.stdout.once('data', resolve));
  if (when === 'temporary appears') {
    const watcher = watch(dir, (_event, file) => {
      if (file?.endsWith('.tmp')) {
        watcher.close();
        child.kill(signal);
      }
    });
  } else {
    setTimeout(() => child.kill(signal), when.afterMs);
  }
  const by = await ended;
  const content = readFileSync(target, 'utf8');
  return { by, left: readdirSync(dir).filter((file) => file !== 'out.json'), whole: content === 'old' || content.length === BYTES };
}

describe('writeFileAtomic interrupted', () => {
  const cases: Array<[NodeJS.Signals, { afterMs: number } | 'temporary appears']> = [
    ['SIGINT', 'temporary appears'], ['SIGTERM', 'temporary appears'], ['SIGHUP', 'temporary appears'],
    ['SIGINT', { afterMs: 0 }], ['SIGINT', { afterMs: 30 }], ['SIGTERM', { afterMs: 70 }],
    ['SIGINT', { afterMs: 120 }], ['SIGHUP', { afterMs: 180 }], ['SIGINT', { afterMs: 250 }],
  ];
  it('leaves no temporary file, a whole target, and ends by the signal', async () => {
    for (const [i, [signal, when]] of cases.entries()) {
      const outcome = await interrupt(`case${i}`, signal, when);
      expect(outcome, `${signal} ${JSON.stringify(when)}`).toEqual({ by: signal, left: [], whole: true });
    }
  });
});
