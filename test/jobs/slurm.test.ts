/**
 * The Slurm path for real: jobs/slurm/local-cluster-test.sh starts a one-node cluster on
 * localhost (root, Debian's slurm-wlm and munge, which npm test's bin/pretest.mjs installs), submits an experiment
 * as a job array with a merge that waits for it, and compares with one machine's batch.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../jobs/slurm/local-cluster-test.sh', import.meta.url));

describe('jobs/slurm', () => {
  it('an array job and its merge on a Slurm cluster give the single machine\'s results byte for byte', () => {
    const done = spawnSync('bash', [script], { encoding: 'utf8', timeout: 600_000 });
    const said = `${done.stdout}\n${done.stderr}`;
    expect(said, said.slice(-3000)).toContain('give the single machine\'s results byte for byte');
    expect(done.status).toBe(0);
  }, 600_000);
});
