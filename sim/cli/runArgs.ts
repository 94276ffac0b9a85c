/**
 * The arguments of the commands that run a scenario over many seeds (compare, levers): the
 * seeds, the county's size and length, and the scenario file, each refused with its flag,
 * its value and what was expected. Node only.
 */
import { ScenarioError } from '../scenario/errors.ts';
import { loadScenario } from '../scenario/load.ts';
import { PARAMETERS, type Scenario } from '../scenario/parameters.ts';
import { readFileBounded } from '../files/readFileBounded.ts';
import { GROUPS } from '../engine/groups.ts';
import type { ParsedArgs } from './args.ts';
import { BadInputError } from './errors.ts';
import { checkOutputPath } from './outputPath.ts';

const FORMATS = ['table', 'csv', 'json'];

/** --out FILE.csv|FILE.json, or --format table|csv|json to print: one or the other. */
export function outputChoice(args: ParsedArgs): { out: string | undefined; format: string } {
  const out = args.flags.get('out')?.[0];
  if (out !== undefined) checkOutputPath(out, ['.csv', '.json']);
  const format = args.flags.get('format')?.[0] ?? 'table';
  if (!FORMATS.includes(format)) throw new BadInputError(`--format: ${JSON.stringify(format)} is not a format; expected ${FORMATS.join(', ')}`);
  if (out !== undefined && format !== 'table') throw new BadInputError(`--format ${format} prints to stdout, --out writes a file; expected one of them (the file's ending gives its format)`);
  return { out, format };
}

/** --group G: the group a table shows. */
export function groupChoice(args: ParsedArgs): string {
  const group = args.flags.get('group')?.[0] ?? 'all';
  if (!(GROUPS as readonly string[]).includes(group)) throw new BadInputError(`--group: ${JSON.stringify(group)} is not a group; expected one of ${GROUPS.join(', ')}`);
  return group;
}

/** --households N and --months M, for every scenario of the command. */
export function sizeOverrides(args: ParsedArgs): Record<string, number> {
  const overrides: Record<string, number> = {};
  for (const key of ['households', 'months'] as const) {
    const text = args.flags.get(key)?.[0];
    if (text !== undefined) overrides[key] = wholeNumber(key, text);
  }
  return overrides;
}

/** "1-100" or "20" (seeds 1 to 20): at least two whole-number seeds. */
export function parseSeeds(text: string): number[] {
  const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  const count = /^\s*(\d+)\s*$/.exec(text);
  const [from, to] = range ? [Number(range[1]), Number(range[2])] : count ? [1, Number(count[1])] : [NaN, NaN];
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from > to || to > PARAMETERS.seed.max!) {
    throw new BadInputError(`--seeds: ${JSON.stringify(text)} is not a range of seeds; expected FROM-TO (e.g. 1-100, FROM ≤ TO ≤ ${PARAMETERS.seed.max}) or a count N`);
  }
  if (to - from + 1 < 2) throw new BadInputError(`--seeds: ${JSON.stringify(text)} is one seed; expected at least 2 for an interval (e.g. 1-20)`);
  if (to - from + 1 > 100_000) throw new BadInputError(`--seeds: ${JSON.stringify(text)} is ${to - from + 1} seeds; expected at most 100,000`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function wholeNumber(key: 'months' | 'households', text: string): number {
  const param = PARAMETERS[key];
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < param.min! || value > param.max!) {
    throw new BadInputError(`--${key}: ${JSON.stringify(text)} is not valid; expected a whole number from ${param.min} to ${param.max}`);
  }
  return value;
}

export function loadForCli(file: string, overrides: Record<string, number>): Scenario {
  try {
    return loadScenario(file, readFileBounded, { overrides });
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    throw new BadInputError(`${file}: cannot be read (${(error as Error).message}); expected a scenario file such as scenarios/baseline.json`);
  }
}

