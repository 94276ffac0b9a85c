/**
 * Named random streams (sources.md §9). Each purpose draws from its own seedrandom
 * generator seeded by the run seed and the stream's name, so drawing more or less in
 * one stream (e.g. more applications under another policy) never shifts another
 * (the population, the shocks): scenarios compared on one seed are paired.
 */
import seedrandom from 'seedrandom';
import { cos, log } from './exactMath.ts';

export const STREAMS = ['population', 'shocks', 'behaviour', 'discovery', 'charity', 'events'] as const;
export type StreamName = (typeof STREAMS)[number];

/** A uniform draw in [0, 1). */
export type Random = () => number;

export function stream(seed: number, name: StreamName): Random {
  // Alea: fast (≈6 ns a draw here) and with a 2^116 period; seeded from a string.
  return seedrandom.alea(`gapsim:${seed}:${name}`);
}

export type Streams = Record<StreamName, Random>;

export function streams(seed: number): Streams {
  const out = {} as Streams;
  for (const name of STREAMS) out[name] = stream(seed, name);
  return out;
}

/** A standard normal draw by Box–Muller; always consumes exactly two uniforms. */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
}
