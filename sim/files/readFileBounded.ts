/**
 * Read an input file the CLI was pointed at: only a regular file, and only up to a size
 * limit, so that a device (/dev/zero), a pipe nobody writes to (/dev/stdin, a FIFO) or a
 * folder is refused at once instead of hanging or filling memory. Node only.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from '../scenario/limits.ts';

export function readFileBounded(path: string, maxBytes: number = LIMITS.fileBytes): string {
  // Non-blocking, so that opening a FIFO does not wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a pipe' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : stat.isSocket() ? 'a socket' : 'not a regular file';
      throw new Error(`it is ${kind}, not a regular file`);
    }
    if (stat.size > maxBytes) throw new Error(`it is ${stat.size} bytes, more than the limit of ${maxBytes}`);
    // Read at most one byte beyond the limit, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > maxBytes) throw new Error(`it grew beyond the limit of ${maxBytes} bytes while it was read`);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
