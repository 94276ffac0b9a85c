/**
 * Named random streams (sources.md §9). Each purpose draws from its own seedrandom
 * generator seeded by the run seed and the stream's name, so drawing more or less in
 * one stream (e.g. more applications under another policy) never shifts another
 * (the population, the shocks): scenarios compared on one seed are paired.
 */
import seedrandom from 'seedrandom';
import { cos, log } from '../common/exactMath.ts';

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

/**
 * A uniform in [0, 1) that depends only on the seed and two keys (e.g. a household and a
 * month), not on how many draws came before: a measurement error keyed this way is the
 * same for a household in a month under every policy, however many cases were reviewed
 * before it. Integer mixing (a murmur3-style finaliser) is exact on every platform.
 */
export function keyedUniform(seed: number, a: number, b: number, salt = 0): number {
  let x = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(a + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(b + 0x27d4eb2f, 0x165667b1) ^ Math.imul(salt + 1, 0x2545f491);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

/**
 * The salts of keyed draws: one for each fact a keyed draw decides, so that no two facts
 * share a draw (the same household and keys with another salt give an unrelated uniform).
 */
export const SALT = {
  /** keyedNormal's two uniforms. */
  normalFirst: 1,
  normalSecond: 2,
  /** Whether a household's only route to apply to government is online (applications.ts). */
  onlineRoute: 11,
  /** What claiming dibao costs a household (applications.ts). */
  hassle: 12,
  /** Whether data friction loses a household's records (dataMatching.ts). */
  frictionFails: 14,
  /** Whether a household's only route to ask a foundation is online (referrals.ts). */
  foundationRoute: 15,
  /** Whether a household's records in a domain are shared (dataMatching.ts). */
  records: 20,
  /** Whether charities assess a household's case jointly with government in a month (charityHelp.ts). */
  jointAssessment: 21,
  /** When a household's case reached the consortium's door in a month, among those beyond its capacity (consortium.ts). */
  consortium: 22,
  /** Whether a social worker visits a household in a month (socialWork.ts). */
  socialWorkVisit: 24,
  /** Where in the month's list social workers' casework starts (socialWork.ts). */
  socialWorkOrder: 25,
  /** Whether a household helped by its community charity gains a tie this month (supportNetworks.ts). */
  supportTie: 30,
  /** Whether an organisation has a scandal this month (scandals.ts). */
  scandal: 31,
} as const;

/** A standard normal draw by Box–Muller; always consumes exactly two uniforms. */
export function normal(random: Random): number {
  const u = 1 - random();
  return boxMuller(u, random());
}

/** A standard normal that depends only on the seed and two keys (see keyedUniform). */
export function keyedNormal(seed: number, a: number, b: number): number {
  return boxMuller(1 - keyedUniform(seed, a, b, SALT.normalFirst), keyedUniform(seed, a, b, SALT.normalSecond));
}

/** Box–Muller from u in (0, 1] and v in [0, 1). */
function boxMuller(u: number, v: number): number {
  return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
}
