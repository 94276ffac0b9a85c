/**
 * What the classroom household view shows, read from the engine's state after a month:
 * each household's status (for the dots) and one household's needs in detail (its story).
 * Pure reads of the struct-of-arrays; nothing here changes the run. Whether a need has
 * fallen through the gaps is decided once, in gaps.ts (hasFallenThrough).
 */
import { DOMAINS, DOMAIN_COUNT } from './domains.ts';
import { hasFallenThrough } from './gaps.ts';
import { REASONS } from './reasons.ts';
import { HELPERS, type Helper } from './relief.ts';
import { ENROLLED } from './state.ts';
import type { World } from './world.ts';

/** Household status codes for the dots, in increasing order of concern. */
export const STATUSES = ['no_need', 'helped', 'unmet', 'fell_through'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as { readonly [K in Status]: number };

/** Who can know of a need: government, the household's community charity, foundations. */
export const KNOWERS = ['government', 'community', 'foundation'] as const;
export type Knower = (typeof KNOWERS)[number];

/**
 * The need that sets household h's status this month, as a household-domain index: its
 * first need fallen through, else its first unmet need; -1 when none is unmet.
 */
export function worstUnmetNeed(world: World, h: number): number {
  const { hh } = world;
  const unmet = hh.inNeed[h]! & ~(hh.servedGov[h]! | hh.servedCharity[h]!);
  let first = -1;
  for (let d = 0; d < DOMAIN_COUNT && unmet !== 0; d++) {
    if ((unmet & (1 << d)) === 0) continue;
    const i = h * DOMAIN_COUNT + d;
    if (hasFallenThrough(hh.unmetStreak[i]!, world.scenario.gaps.fellThroughMonths)) return i;
    if (first < 0) first = i;
  }
  return first;
}

/** Household h's status this month (STATUS). */
export function householdStatus(world: World, h: number): number {
  if (world.hh.inNeed[h] === 0) return STATUS.no_need;
  const i = worstUnmetNeed(world, h);
  if (i < 0) return STATUS.helped;
  return hasFallenThrough(world.hh.unmetStreak[i]!, world.scenario.gaps.fellThroughMonths) ? STATUS.fell_through : STATUS.unmet;
}

/** Write every household's status this month into `out` (one byte per household). */
export function householdStatuses(world: World, out: Uint8Array): void {
  out.fill(STATUS.no_need);
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    out[h] = householdStatus(world, h);
  }
}

export interface NeedStory {
  readonly domain: (typeof DOMAINS)[number];
  readonly severity: number;
  readonly knownBy: readonly Knower[];
  /** Who met it this month, if anyone: government's programmes and the charities by kind. */
  readonly helpedBy: readonly Helper[];
  /** Why it went unmet this month (absent when helped). */
  readonly reason?: (typeof REASONS)[number];
  /** Months unmet in a row, this one included (0 when helped). */
  readonly unmetMonths: number;
  /** Unmet long enough to have fallen through the gaps (the scenario's gaps.fellThroughMonths). */
  readonly fellThrough: boolean;
}

export interface MonthStory {
  /** 1-based reported month. */
  readonly month: number;
  readonly status: Status;
  readonly needs: readonly NeedStory[];
  readonly dibao: boolean;
  /** Receiving support for the extremely poor (特困). */
  readonly supported: boolean;
  readonly incomePerPerson: number;
}

/**
 * One household-month as raw engine values: what a story is told from, whether read from
 * the live state (householdMonth) or from a log kept during the run (storyLog.ts).
 */
export interface HouseholdRecord {
  readonly need: number;
  readonly dibao: boolean;
  readonly supported: boolean;
  readonly income: number;
  /** For the n-th need (in domain order): bits of KNOWERS, bits of HELPERS, stage, unmet streak, severity. */
  known(n: number): number;
  helpers(n: number): number;
  stage(n: number): number;
  streak(n: number): number;
  severity(n: number): number;
}

const bitsOf = <T>(names: readonly T[], bits: number): T[] => names.filter((_, i) => bits & (1 << i));

/** The story of one household-month from its record (`month` is 1-based). */
export function monthStory(month: number, record: HouseholdRecord, fellAfter: number): MonthStory {
  const needs: NeedStory[] = [];
  let n = 0;
  DOMAINS.forEach((domain, d) => {
    if ((record.need & (1 << d)) === 0) return;
    const helpers = record.helpers(n);
    const unmetMonths = helpers ? 0 : record.streak(n);
    needs.push({
      domain,
      severity: record.severity(n),
      knownBy: bitsOf(KNOWERS, record.known(n)),
      helpedBy: bitsOf(HELPERS, helpers),
      ...(helpers ? {} : { reason: REASONS[record.stage(n)]! }),
      unmetMonths,
      fellThrough: helpers === 0 && hasFallenThrough(unmetMonths, fellAfter),
    });
    n++;
  });
  const status: Status = needs.length === 0 ? 'no_need' : needs.every((x) => x.helpedBy.length > 0) ? 'helped'
    : needs.some((x) => x.fellThrough) ? 'fell_through' : 'unmet';
  return { month, status, needs, dibao: record.dibao, supported: record.supported, incomePerPerson: record.income };
}

/** Bits of KNOWERS: who knows of household h's need in domain d. */
export function knowersOf(world: World, h: number, d: number): number {
  const { hh } = world;
  const b = 1 << d;
  return ((hh.knownGov[h]! & b) ? 1 : 0) | ((hh.knownCommunity[h]! & b) ? 2 : 0) | ((hh.knownFoundation[h]! & b) ? 4 : 0);
}

/** The domains of household h's needs this month, in order (the n-th need is domainsOf(..)[n]). */
export function needDomains(need: number): number[] {
  const domains: number[] = [];
  for (let d = 0; d < DOMAIN_COUNT; d++) if (need & (1 << d)) domains.push(d);
  return domains;
}

/** Household h's month, as just simulated (call after a step). */
export function householdMonth(world: World, h: number): MonthStory {
  const { hh } = world;
  const need = hh.inNeed[h]!;
  const domains = needDomains(need);
  const at = (n: number) => h * DOMAIN_COUNT + domains[n]!;
  return monthStory(world.month, { // the step has moved world.month past the 0-based month it simulated: this is its 1-based number
    need,
    dibao: hh.dibao[h] === ENROLLED,
    supported: hh.supported[h] === ENROLLED,
    income: hh.income[h]!,
    known: (n) => knowersOf(world, h, domains[n]!),
    helpers: (n) => hh.helpers[at(n)]!,
    stage: (n) => hh.stage[at(n)]!,
    streak: (n) => hh.unmetStreak[at(n)]!,
    severity: (n) => hh.severityBefore[at(n)]!,
  }, world.scenario.gaps.fellThroughMonths);
}
