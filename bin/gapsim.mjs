#!/usr/bin/env node
// The gapsim command. It runs the bundle that `npm ci` / `npm install` build (dist-cli/, by the
// `prepare` script) while that bundle is newer than every source it was built from, which
// starts in a fraction of a second; otherwise — sources edited since, or no bundle — it runs
// the TypeScript sources through tsx, so no build step is ever needed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist-cli/bin.js`;

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return time;
}

const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(
  newest(`${root}sim`), newest(`${root}calibration`), statSync(`${root}package-lock.json`).mtimeMs,
);
if (fresh) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../sim/cli/bin.ts');
}
