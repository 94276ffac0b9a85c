/** The CLI run in this process, with what it prints captured. */
import { main } from '../../../sim/cli/main.ts';

/** For commands that return at once. */
export function cli(...argv: string[]): { code: number | Promise<number>; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

/** For any command: what it printed once it has finished. */
export async function cliFinished(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}
