/**
 * Refuse a bad output path before any work is done, so no run is lost to it: the file must
 * have one of the given endings and lie in an existing, writable folder, and must not be a
 * folder itself. Node only.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { BadInputError } from './errors.ts';

/** The longest file name (one path component) common file systems take, in bytes. */
const NAME_MAX = 255;

export function checkOutputPath(out: string, endings: readonly string[]): void {
  if (out.endsWith('/')) throw new BadInputError(`--out: ${JSON.stringify(out)} ends with "/"; expected a file path, not a folder`);
  const nameBytes = new TextEncoder().encode(basename(out)).length;
  if (nameBytes > NAME_MAX) throw new BadInputError(`--out: the file name is ${nameBytes} bytes long; expected at most ${NAME_MAX} (the longest a file system takes)`);
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
