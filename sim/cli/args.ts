/**
 * A small argument parser: positionals, `--flag value`, `--flag=value`, repeatable
 * flags and boolean flags, against a declared list so unknown flags are usage errors.
 */
import { closest } from '../common/closest.ts';
import { UsageError } from './errors.ts';

export interface FlagSpec {
  readonly name: string;
  readonly value?: string; // placeholder shown in help; absent for boolean flags
  readonly repeat?: boolean;
  readonly help: string;
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      const hint = closest(name, specs.map((s) => s.name));
      throw new UsageError(`unknown option --${name}${hint ? ` (did you mean --${hint}?)` : ''}`);
    }
    let value = 'true';
    if (spec.value) {
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i]!;
      else throw new UsageError(`--${name} needs a value: --${name} ${spec.value}`);
    } else if (eq >= 0) {
      throw new UsageError(`--${name} takes no value`);
    }
    const values = flags.get(name) ?? [];
    if (values.length > 0 && !spec.repeat) throw new UsageError(`--${name} is given more than once`);
    flags.set(name, [...values, value]);
  }
  return { positionals, flags };
}

export function flagHelp(specs: readonly FlagSpec[]): string {
  const left = specs.map((s) => `  --${s.name}${s.value ? ` ${s.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `${left[i]!.padEnd(width)}${s.help}`).join('\n');
}
