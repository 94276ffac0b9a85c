import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../sim/batch/progressLine.ts';

function recorder(terminal: boolean) {
  let now = 0;
  const written: string[] = [];
  const line = progressLine((t) => written.push(t), terminal, 5, () => now);
  return { line, written, at: (seconds: number) => { now = seconds; } };
}

describe('progressLine', () => {
  it('prints a plain line every few seconds into a pipe, and the last state at the end', () => {
    const { line, written, at } = recorder(false);
    line.update('1/10');
    at(4.9);
    line.update('2/10');
    expect(written).toEqual([]);
    at(5);
    line.update('3/10');
    at(6);
    line.update('4/10');
    line.end();
    expect(written).toEqual(['3/10\n', '4/10\n']);
  });

  it('rewrites one line on a terminal and clears it at the end', () => {
    const { line, written, at } = recorder(true);
    at(1);
    line.update('1/10');
    at(1.1);
    line.update('2/10'); // too soon to redraw
    at(1.3);
    line.update('3/10');
    line.end();
    expect(written).toEqual(['\r1/10\x1b[K', '\r3/10\x1b[K', '\r\x1b[K']);
  });
});
