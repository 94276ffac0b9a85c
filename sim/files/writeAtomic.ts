/**
 * Write a file so that readers see either the old content or the new, never a part:
 * write a temporary file beside it, then rename it over the target. Any failure — a full
 * disk, a file-size limit, a read-only or missing folder, a name too long — removes the
 * temporary file, leaves an earlier file at the path as it was, and becomes an IoError
 * that names the path, what failed and what to do. A signal during the write does not leave
 * the temporary file either (temporaryFiles.ts). Node only.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IoError } from './ioError.ts';
import { printable } from './printable.ts';
import { holdTemporary } from './temporaryFiles.ts';

let written = 0;

export function writeFileAtomic(path: string, content: string, what = '--out'): void {
  // A short name of its own: one derived from the target could be too long where the target is not.
  const temporary = join(dirname(path), `.gapsim-${process.pid}-${++written}.tmp`);
  const release = holdTemporary(temporary);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx');
    writeFully(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already failing; the write error is the one to report */ }
    }
    rmSync(temporary, { force: true });
    throw new IoError(`${what} ${printable(JSON.stringify(path))}: ${writeFailure(error)}; nothing was written, and any earlier file there is unchanged`);
  } finally {
    release();
  }
}

/** Write all of `text` to `fd`, at `position` if given (else at the file's offset); the bytes written. */
export function writeFully(fd: number, text: string, position?: number): number {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at, position === undefined ? null : position + at);
  return bytes.length;
}

/** What went wrong in a write, and what to do, from Node's error code. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC': return 'the disk is full; free some space or write to another disk';
    case 'EDQUOT': return 'the disk quota is used up; free some space or write elsewhere';
    case 'EFBIG': return 'the file is larger than this process may write (a file-size limit, see `ulimit -f`); raise the limit or write a smaller output';
    case 'ENAMETOOLONG': return 'the file name is too long for this file system; choose a shorter name';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder; choose a path in a folder';
    case 'ENOENT': return 'its folder does not exist; create the folder or choose another path';
    case 'EISDIR': return 'it is a folder; give a file path';
    case 'EACCES': case 'EPERM': return 'permission denied; choose a folder you may write to';
    case 'EROFS': return 'the file system is read-only; write to another folder';
    default: return `the write failed (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
