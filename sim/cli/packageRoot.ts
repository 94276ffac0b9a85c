/**
 * The gapsim folder (with a trailing slash), found from this module upward, so that it is the
 * same whether the CLI runs from its sources (sim/cli/) or from the bundle (dist-cli/). Node only.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}; expected gapsim's folder`);
    dir = up;
  }
  return `${dir}/`;
}
