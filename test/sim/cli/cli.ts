/** The CLI run in this process, with what it prints captured (for commands that return at once). */
import { main } from '../../../sim/cli/main.ts';

export function cli(...argv: string[]): { code: number | Promise<number>; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}
