/** The temporary files a signal must not leave: which are removed, and when signals are caught. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdTemporary, removeHeldFiles } from '../../../sim/files/temporaryFiles.ts';

const scratch = mkdtempSync(join(tmpdir(), 'gapsim-temporary-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** A few turns of the event loop: enough for a released file's listeners to go. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('temporary files', () => {
  it('removes the files held, those not created yet included, and leaves those released', () => {
    const [created, notYet, released] = ['created.tmp', 'not-yet.tmp', 'released.tmp'].map((name) => join(scratch, name)) as [string, string, string];
    const releaseCreated = holdTemporary(created);
    writeFileSync(created, 'part');
    const releaseNotYet = holdTemporary(notYet);
    holdTemporary(released)();
    writeFileSync(released, 'renamed by now');
    removeHeldFiles();
    expect([existsSync(created), existsSync(notYet), existsSync(released)]).toEqual([false, false, true]);
    releaseCreated();
    releaseNotYet();
  });

  it('catches signals while a file is held and for a turn of the event loop after, then no longer', async () => {
    await settle();
    const before = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal));
    const counts = () => ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal, i) => process.listenerCount(signal) - before[i]!);
    const release = holdTemporary(join(scratch, 'held.tmp'));
    expect(counts()).toEqual([1, 1, 1]);
    release();
    expect(counts()).toEqual([1, 1, 1]); // a signal that came during the write is still on its way
    await settle();
    expect(counts()).toEqual([0, 0, 0]);
  });
});
