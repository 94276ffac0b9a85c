/**
 * docs/validation.md is generated (npm run validation) and embeds a digest of the files it
 * was made from; it is stale when they have changed since. Quick: no simulation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeDigest, digestFiles } from '../../../sim/validation/digest.ts';
import { digestOf, STALE_MESSAGE } from '../../../sim/validation/report.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('docs/validation.md', () => {
  it('the digest covers the engine, scenarios, calibration, statistics, validation code, ready scenarios and targets', () => {
    const files = digestFiles(root);
    for (const file of ['sim/engine/simulation.ts', 'sim/scenario/parameters.ts', 'sim/calibration/quantities.ts', 'sim/stats/meanInterval.ts', 'sim/validation/report.ts', 'scenarios/baseline.json', 'calibration/targets.json']) {
      expect(files).toContain(file);
    }
    expect(files.some((f) => f.startsWith('docs/') || f.startsWith('test/'))).toBe(false);
  });

  it('is up to date with the code it was made from', () => {
    const path = `${root}docs/validation.md`;
    const made = existsSync(path) ? digestOf(readFileSync(path, 'utf8')) : null;
    if (made !== computeDigest(root)) throw new Error(STALE_MESSAGE);
  });
});
