/**
 * The flags several commands take, each declared once: its name, the placeholder of its
 * value, and how that value is read and checked (a refusal names the flag, the value and
 * what was expected). Where a flag means something of its own in a command — what --quiet
 * silences, what --out holds — the command words its help. Node only.
 */
import { availableParallelism } from 'node:os';
import { GROUPS } from '../engine/groups.ts';
import { parseShard, shardFromEnvironment, ShardError, type Shard } from '../experiment/shard.ts';
import { PARAMETERS } from '../scenario/parameters.ts';
import type { FlagSpec, ParsedArgs } from './args.ts';
import { BadInputError } from './errors.ts';
import { checkOutputPath } from './outputPath.ts';

/** A flag and the reading of its value from parsed arguments. */
export interface Flag<T> extends FlagSpec {
  read(args: ParsedArgs): T;
}

const valueOf = (args: ParsedArgs, name: string): string | undefined => args.flags.get(name)?.[0];

/** Every command takes it; the dispatcher adds it to each command's own flags (main.ts). */
export const HELP_FLAG: FlagSpec = { name: 'help', help: 'show this help' };

export const quietFlag = (help = 'no progress and no "wrote FILE" line on stderr'): Flag<boolean> =>
  ({ name: 'quiet', help, read: (args) => args.flags.has('quiet') });

/** The raw path: what it may be (a file with given endings, a folder) is the command's to check. */
export const outFlag = (value: 'FILE' | 'DIR', help: string): Flag<string | undefined> =>
  ({ name: 'out', value, help, read: (args) => valueOf(args, 'out') });

const FORMATS = ['table', 'csv', 'json'];

export const formatFlag = (help = 'what to print without --out: table (default), csv or json'): FlagSpec => ({ name: 'format', value: 'F', help });

/** --out FILE (one of `endings`), or --format table|csv|json to print: one or the other, checked before any work. */
export function outputChoice(args: ParsedArgs, endings: readonly string[]): { out: string | undefined; format: string } {
  const out = valueOf(args, 'out');
  if (out !== undefined) checkOutputPath(out, endings);
  const format = valueOf(args, 'format') ?? 'table';
  if (!FORMATS.includes(format)) throw new BadInputError(`--format: ${JSON.stringify(format)} is not a format; expected ${FORMATS.join(', ')}`);
  if (out !== undefined && format !== 'table') throw new BadInputError(`--format ${format} prints to stdout, --out writes a file; expected one of them (the file's ending gives its format)`);
  return { out, format };
}

export const WORKERS_FLAG: Flag<number> = {
  name: 'workers', value: 'N', help: `worker threads (default: every core, ${availableParallelism()} here; 0 runs in this thread)`,
  read(args) {
    const text = valueOf(args, 'workers');
    if (text === undefined) return availableParallelism();
    const value = Number(text);
    if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > 1024) {
      throw new BadInputError(`--workers: ${JSON.stringify(text)} is not valid; expected a whole number from 0 to 1024 (0 runs in this thread)`);
    }
    return value;
  },
};

/** Run settings a flag may give, overriding the scenario file: each a whole number in its parameter's range. */
export type RunSetting = 'seed' | 'months' | 'households';

const PLACEHOLDERS: Record<RunSetting, string> = { seed: 'N', months: 'M', households: 'N' };

export const runSettingFlag = (key: RunSetting, help: string): FlagSpec => ({ name: key, value: PLACEHOLDERS[key], help });

/** The settings among `keys` that the command line gives. */
export function runSettings(args: ParsedArgs, keys: readonly RunSetting[]): Partial<Record<RunSetting, number>> {
  const settings: Partial<Record<RunSetting, number>> = {};
  for (const key of keys) {
    const text = valueOf(args, key);
    if (text === undefined) continue;
    const param = PARAMETERS[key];
    const value = Number(text);
    if (text.trim() === '' || !Number.isInteger(value) || value < param.min! || value > param.max!) {
      throw new BadInputError(`--${key}: ${JSON.stringify(text)} is not valid; expected a whole number from ${param.min} to ${param.max} (${param.unit})`);
    }
    settings[key] = value;
  }
  return settings;
}

/** --seeds FROM-TO or N (seeds 1 to N): at least two seeds, for an interval; `defaults` without the flag. */
export const seedsFlag = (example: string, defaults: string): Flag<number[]> => ({
  name: 'seeds', value: 'FROM-TO', help: `the seeds to pair, e.g. ${example}, or a count N for 1-N (default ${defaults}; at least 2)`,
  read: (args) => parseSeeds(valueOf(args, 'seeds') ?? defaults),
});

function parseSeeds(text: string): number[] {
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

/** --group G: the group a table shows (default all). */
export const groupFlag = (help: string): Flag<string> => ({
  name: 'group', value: 'G', help: `${help}: ${GROUPS.join(', ')}`,
  read(args) {
    const group = valueOf(args, 'group') ?? 'all';
    if (!(GROUPS as readonly string[]).includes(group)) throw new BadInputError(`--group: ${JSON.stringify(group)} is not a group; expected one of ${GROUPS.join(', ')}`);
    return group;
  },
});

/** --shard I/N, or the shard a Slurm array task or a Kubernetes indexed job gives this process. */
export const SHARD_FLAG: Flag<Shard | undefined> = {
  name: 'shard', value: 'I/N', help: 'run only shard I of N (found by itself in a Slurm array task or a Kubernetes indexed job)',
  read(args) {
    const text = valueOf(args, 'shard');
    try {
      return text !== undefined ? parseShard(text) : shardFromEnvironment(process.env);
    } catch (error) {
      if (error instanceof ShardError) throw new BadInputError(error.message);
      throw error;
    }
  },
};
