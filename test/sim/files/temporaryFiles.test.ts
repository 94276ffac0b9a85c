/** The temporary files a signal must not leave: which are removed, and when signals are caught. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdTemporary, removeHeldFiles } from '../../../sim/files/temporaryFiles.ts';

const scratch = mkdtempSync(join(tmpdir(), 'gapsim-temporary-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** A few turns of the event loop, after which a released file's listener must still be there. */
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

  it('catches signals from the first file held on, once, and keeps catching them between files', async () => {
    const ours = () => ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listeners(signal as NodeJS.Signals).filter((l) => l.name === 'onSignal').length);
    const release = holdTemporary(join(scratch, 'held.tmp'));
    expect(ours()).toEqual([1, 1, 1]);
    release();
    await settle();
    // Still there: a listener going and coming with each file could lose a signal in between.
    expect(ours()).toEqual([1, 1, 1]);
    holdTemporary(join(scratch, 'again.tmp'))();
    expect(ours()).toEqual([1, 1, 1]);
  });
});
