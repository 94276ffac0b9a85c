/**
 * Refuse a bad output path before any work is done, so no run is lost to it: the file must
 * have one of the given endings and lie in an existing, writable folder, and must not be a
 * folder itself. Node only.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { BadInputError } from './errors.ts';

export function checkOutputPath(out: string, endings: readonly string[]): void {
  if (!endings.includes(extname(out).toLowerCase())) {
    throw new BadInputError(`--out: ${JSON.stringify(out)} has no ${endings.join(' or ')} ending; expected ${endings.map((e) => `FILE${e}`).join(' or ')}`);
  }
  const dir = dirname(resolve(out));
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    accessSync(dir, constants.W_OK);
  } catch {
    throw new BadInputError(`--out: ${JSON.stringify(out)} cannot be written: folder ${JSON.stringify(dir)} does not exist or is not writable; expected a path in an existing, writable folder`);
  }
  try {
    if (statSync(out).isDirectory()) throw new BadInputError(`--out: ${JSON.stringify(out)} is a folder; expected a file path`);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
  }
}
