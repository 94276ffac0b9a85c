/**
 * bin/pretest.mjs, which `npm test` runs first: for each kind of machine (what is installed,
 * root or not, apt-get or not), whether it runs the tests, installs with apt-get or stops, and
 * with which one line.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, plan, type Probe } from '../../bin/pretest.mjs';

const DEPENDENCIES = ['vitest', 'typescript', 'playwright-core', 'vite', 'd3'];
const EVERY_PROGRAM = ['slurmctld', 'slurmd', 'sinfo', 'sbatch', 'munged', 'apt-get'];

interface Machine {
  modules?: readonly string[];
  programs?: readonly string[];
  files?: readonly string[];
  root?: boolean;
  chromiumPath?: string;
}

/** A machine with everything the suite needs, as root with apt-get, except what `machine` says. */
function probe(machine: Machine = {}): Probe {
  const modules = machine.modules ?? DEPENDENCIES;
  const programs = machine.programs ?? EVERY_PROGRAM;
  const files = machine.files ?? [DEBIAN_CHROMIUM];
  return {
    dependencies: DEPENDENCIES,
    hasModule: (name) => modules.includes(name),
    chromiumPath: machine.chromiumPath,
    isExecutable: (path) => files.includes(path),
    hasCommand: (name) => programs.includes(name),
    isRoot: machine.root ?? true,
  };
}

const without = (...absent: string[]) => EVERY_PROGRAM.filter((program) => !absent.includes(program));

describe('bin/pretest.mjs plan', () => {
  it('runs the tests when everything is there', () => {
    expect(plan(probe())).toEqual({ action: 'run' });
  });

  it('stops for npm install when node_modules is missing, before looking at anything else', () => {
    expect(plan(probe({ modules: [], files: [], programs: ['apt-get'] }))).toEqual({
      action: 'stop',
      message: 'gapsim: no dependencies are installed; run npm install first',
    });
  });

  it('names the dependencies that are missing when only some are', () => {
    expect(plan(probe({ modules: ['vitest', 'd3'] }))).toEqual({
      action: 'stop',
      message: 'gapsim: node_modules lacks typescript, playwright-core, vite; run npm install first',
    });
    expect(plan(probe({ modules: ['d3'] }))).toMatchObject({ message: 'gapsim: node_modules lacks vitest, typescript, playwright-core and 1 more; run npm install first' });
  });

  it('as root with apt-get, installs exactly the packages that are missing', () => {
    expect(plan(probe({ files: [], programs: ['apt-get'] }))).toEqual({
      action: 'install',
      packages: ['chromium', 'slurm-wlm', 'munge'],
      message: 'gapsim: installing chromium slurm-wlm munge with apt-get…',
    });
    expect(plan(probe({ programs: without('sinfo') }))).toMatchObject({ action: 'install', packages: ['slurm-wlm'] });
    expect(plan(probe({ programs: without('munged') }))).toMatchObject({ action: 'install', packages: ['munge'] });
    expect(plan(probe({ files: [] }))).toMatchObject({ action: 'install', packages: ['chromium'] });
  });

  it('without root, stops with the one command that does it all: sudo npm test', () => {
    const sudo = 'the cluster test starts a one-node Slurm cluster, which needs root; run: sudo npm test (it installs what is missing; npm run test:quick needs none of this)';
    expect(plan(probe({ root: false }))).toEqual({ action: 'stop', message: `gapsim: npm test cannot start: ${sudo}` });
    expect(plan(probe({ root: false, files: [], programs: ['apt-get'] }))).toEqual({ action: 'stop', message: `gapsim: npm test cannot start: ${sudo}` });
  });

  it('without apt-get, stops and says to use the machine\'s package manager, even as root', () => {
    expect(plan(probe({ programs: without('apt-get', 'munged') }))).toEqual({
      action: 'stop',
      message: 'gapsim: npm test cannot start: munge is not installed; this machine has no apt-get, so install it with its package manager',
    });
    expect(plan(probe({ files: [], programs: without('apt-get') }))).toMatchObject({ action: 'stop', message: expect.stringContaining('or set CHROMIUM_PATH') });
  });

  it('uses the Chromium CHROMIUM_PATH names, and never installs Debian\'s for it', () => {
    expect(plan(probe({ chromiumPath: '/opt/chrome/chrome', files: ['/opt/chrome/chrome'] }))).toEqual({ action: 'run' });
    expect(plan(probe({ chromiumPath: '/opt/chrome/chrome', files: [DEBIAN_CHROMIUM] }))).toEqual({
      action: 'stop',
      message: 'gapsim: npm test cannot start: CHROMIUM_PATH is "/opt/chrome/chrome", which is not a program: point it at a Chromium, or unset it to use /usr/bin/chromium',
    });
  });

  it('with a wrong CHROMIUM_PATH, still installs what it can, and names everything when it cannot', () => {
    expect(plan(probe({ chromiumPath: '/nowhere', files: [], programs: without('munged') }))).toMatchObject({ action: 'install', packages: ['munge'] });
    expect(plan(probe({ chromiumPath: '/nowhere', programs: without('munged', 'apt-get') }))).toEqual({
      action: 'stop',
      message: 'gapsim: npm test cannot start: CHROMIUM_PATH is "/nowhere", which is not a program: point it at a Chromium, or unset it to use /usr/bin/chromium; munge is not installed; this machine has no apt-get, so install it with its package manager',
    });
    expect(plan(probe({ chromiumPath: '/nowhere', root: false }))).toMatchObject({ action: 'stop', message: expect.stringMatching(/CHROMIUM_PATH is "\/nowhere".*; the cluster test .* sudo npm test/) });
  });
});

describe('bin/pretest.mjs run by node', () => {
  it('stops with one line and a failing status when it can neither find nor install what is missing', () => {
    const script = fileURLToPath(new URL('../../bin/pretest.mjs', import.meta.url));
    // No apt-get on this PATH, so nothing is installed whatever this machine is.
    const done = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(done.status).toBe(1);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/^gapsim: npm test cannot start: CHROMIUM_PATH is "\/nonexistent\/chromium".*\n$/);
    expect(done.stderr.trimEnd()).not.toContain('\n');
  });
});
