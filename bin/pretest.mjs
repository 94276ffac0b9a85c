#!/usr/bin/env node
// `npm test` runs this first (npm's `pretest`), so that a fresh machine never gets as far as a
// wall of failed tests. It checks what the whole suite needs — the dependencies in node_modules,
// the Chromium the browser tests launch, Slurm and munge for the cluster test — and installs
// what is missing when it can (as root, with apt-get: CI, containers), or else stops at once
// with one line naming the command to run. It says nothing when all is there.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The Chromium the browser tests launch unless CHROMIUM_PATH names another (browser.ts, their harness):
 * Debian's, since playwright-core never downloads a browser.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Debian packages the cluster test needs, each with the programs of it that
 * jobs/slurm/local-cluster-test.sh and submit.sh run.
 */
const CLUSTER_PACKAGES = [
  { name: 'slurm-wlm', commands: ['slurmctld', 'slurmd', 'sinfo', 'sbatch'] },
  { name: 'munge', commands: ['munged'] },
];

/**
 * What to do before the tests, from what the probes find on this machine:
 * `{ action: 'run' }`, `{ action: 'install', packages, message }` (apt-get, then run again) or
 * `{ action: 'stop', message }`. Every message is one line.
 */
export function plan(probe) {
  // Not installed from here: `npm install` may rewrite package-lock.json, and CI wants `npm ci`
  // instead; which one is right is the caller's choice, and it is the README's first command.
  const absentModules = probe.dependencies.filter((name) => !probe.hasModule(name));
  if (absentModules.length > 0) {
    const what = absentModules.length === probe.dependencies.length ? 'no dependencies are installed' : `node_modules lacks ${names(absentModules)}`;
    return { action: 'stop', message: `gapsim: ${what}; run npm install first` };
  }

  const packages = [];
  const problems = [];
  if (probe.chromiumPath === undefined) {
    if (!probe.isExecutable(DEBIAN_CHROMIUM)) packages.push('chromium');
  } else if (!probe.isExecutable(probe.chromiumPath)) {
    // apt-get's chromium would not appear there, so this is the user's to fix.
    problems.push(`CHROMIUM_PATH is ${JSON.stringify(probe.chromiumPath)}, which is not a program: point it at a Chromium, or unset it to use ${DEBIAN_CHROMIUM}`);
  }
  for (const { name, commands } of CLUSTER_PACKAGES) {
    if (!commands.every((command) => probe.hasCommand(command))) packages.push(name);
  }

  // jobs/slurm/local-cluster-test.sh starts slurmctld, slurmd and munged itself, which needs root:
  // as another user that test could only fail, after minutes of the others. As root, this script
  // also installs what is missing, so `sudo npm test` is the one command to name.
  if (!probe.isRoot) {
    problems.push('the cluster test starts a one-node Slurm cluster, which needs root; run: sudo npm test (it installs what is missing; npm run test:quick needs none of this)');
    return { action: 'stop', message: `gapsim: npm test cannot start: ${problems.join('; ')}` };
  }
  const hasAptGet = probe.hasCommand('apt-get');
  // Whatever can be installed is, even when CHROMIUM_PATH is wrong: the next run then needs only that fixed.
  if (packages.length > 0 && probe.isRoot && hasAptGet) {
    return { action: 'install', packages, message: `gapsim: installing ${packages.join(' ')} with apt-get…` };
  }
  if (packages.length > 0) {
    const list = packages.join(' ');
    const verb = packages.length === 1 ? 'is' : 'are';
    const advice = hasAptGet
      ? `run: sudo apt-get install -y ${list}`
      : `this machine has no apt-get, so install ${packages.length === 1 ? 'it' : 'them'} with its package manager`;
    const orChromium = packages.includes('chromium') ? ' (or set CHROMIUM_PATH to another Chromium)' : '';
    problems.push(`${list} ${verb} not installed; ${advice}${orChromium}`);
  }
  if (problems.length > 0) return { action: 'stop', message: `gapsim: npm test cannot start: ${problems.join('; ')}` };
  return { action: 'run' };
}

/** At most three names, then how many more: a line stays a line. */
function names(list) {
  return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether a program is on PATH, or in an sbin folder: Debian puts slurmctld, slurmd and munged
 * there, and a user's PATH often leaves it out even when they are installed (root's never does).
 */
function hasCommand(name) {
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/sbin', '/usr/sbin', '/sbin'];
  return folders.some((folder) => folder !== '' && isExecutable(join(folder, name)));
}

/** The probes, looking at this machine. */
function thisMachine(root) {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    dependencies: [...Object.keys(dependencies), ...Object.keys(devDependencies)],
    hasModule: (name) => existsSync(join(root, 'node_modules', name, 'package.json')),
    chromiumPath: process.env.CHROMIUM_PATH,
    isExecutable,
    hasCommand,
    isRoot: process.getuid?.() === 0,
  };
}

/**
 * apt-get update and install, quiet unless something goes wrong; a line saying which step
 * failed, or null.
 */
function aptGetInstall(packages) {
  // munge's and Slurm's package scripts would start their services; the cluster test starts its
  // own daemons with their own ports and files. A policy-rc.d answering 101 ("not allowed")
  // keeps every package script from starting one.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  // Ctrl+C reaches apt-get as well; waiting for it to stop lets the policy file be removed.
  const waitForAptGet = () => {};
  process.on('SIGINT', waitForAptGet);
  try {
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
      const done = spawnSync('apt-get', args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (done.status !== 0) {
        const why = done.error?.message ?? done.signal ?? `exit status ${done.status}`;
        return `gapsim: apt-get ${args.join(' ')} failed (${why}); its messages, if any, are above`;
      }
    }
    return null;
  } finally {
    process.off('SIGINT', waitForAptGet);
    if (ownPolicy) unlinkSync(policy);
  }
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let next = plan(thisMachine(root));
  if (next.action === 'install') {
    console.error(next.message);
    const failure = aptGetInstall(next.packages);
    if (failure) {
      console.error(failure);
      process.exit(1);
    }
    next = plan(thisMachine(root));
    if (next.action === 'install') {
      console.error(`gapsim: apt-get install -y ${next.packages.join(' ')} succeeded, yet their programs are still not found`);
      process.exit(1);
    }
  }
  if (next.action === 'stop') {
    console.error(next.message);
    process.exit(1);
  }
}

// Run when npm runs this file; the tests import plan() alone.
if (process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) main();
