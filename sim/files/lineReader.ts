/**
 * Lines of a file, read a chunk at a time so that memory stays bounded however large the
 * file (merging cluster shards of many gigabytes). Node only.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

export class LineReader {
  private readonly fd: number;
  private buffer = '';
  private at = 0;
  private ended = false;
  private readonly chunk = Buffer.alloc(CHUNK);
  private readonly decoder = new TextDecoder('utf-8');

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
  }

  /** The next line without its newline, or undefined at the end. */
  peek(): string | undefined {
    for (;;) {
      const newline = this.buffer.indexOf('\n', this.at);
      if (newline >= 0) return this.buffer.slice(this.at, newline);
      if (this.ended) return this.at < this.buffer.length ? this.buffer.slice(this.at) : undefined;
      const n = readSync(this.fd, this.chunk, 0, CHUNK, null);
      this.buffer = this.buffer.slice(this.at) + this.decoder.decode(this.chunk.subarray(0, n), { stream: n > 0 });
      this.at = 0;
      if (n === 0) this.ended = true;
    }
  }

  /** The next line, consumed. */
  next(): string | undefined {
    const line = this.peek();
    if (line !== undefined) this.at += line.length + 1;
    return line;
  }

  close(): void {
    closeSync(this.fd);
  }
}
