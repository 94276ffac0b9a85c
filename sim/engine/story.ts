/**
 * What the classroom household view shows, read from the engine's state after a month:
 * each household's status (for the dots) and one household's needs in detail (its story).
 * Pure reads of the struct-of-arrays; nothing here changes the run.
 */
import { DOMAINS, DOMAIN_COUNT } from './domains.ts';
import { REASONS } from './reasons.ts';
import { DIBAO_ENROLLED } from './state.ts';
import type { World } from './world.ts';

/** Household status codes for the dots, in increasing order of concern. */
export const STATUSES = ['no_need', 'helped', 'unmet', 'fell_through'] as const;
export type Status = (typeof STATUSES)[number];

/** Write every household's status this month into `out` (one byte per household). */
export function householdStatuses(world: World, out: Uint8Array): void {
  const { hh } = world;
  const fellAfter = world.scenario.gaps.fellThroughMonths;
  out.fill(0);
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const need = hh.inNeed[h]!;
    if (need === 0) continue;
    const unmet = need & ~(hh.servedGov[h]! | hh.servedCharity[h]!);
    if (unmet === 0) {
      out[h] = 1;
      continue;
    }
    let fell = false;
    for (let d = 0; d < DOMAIN_COUNT; d++) if ((unmet & (1 << d)) && hh.unmetStreak[h * DOMAIN_COUNT + d]! >= fellAfter) fell = true;
    out[h] = fell ? 3 : 2;
  }
}

export interface NeedStory {
  readonly domain: (typeof DOMAINS)[number];
  readonly severity: number;
  readonly knownBy: ReadonlyArray<'government' | 'community' | 'foundation'>;
  readonly helpedBy: ReadonlyArray<'government' | 'charity'>;
  /** Why it went unmet this month (absent when helped). */
  readonly reason?: (typeof REASONS)[number];
  /** Months unmet in a row, this one included (0 when helped). */
  readonly unmetMonths: number;
}

export interface MonthStory {
  /** 1-based reported month. */
  readonly month: number;
  readonly status: Status;
  readonly needs: readonly NeedStory[];
  readonly dibao: boolean;
  readonly incomePerPerson: number;
}

/** Household h's month, as just simulated (call after a step). */
export function householdMonth(world: World, h: number): MonthStory {
  const { hh } = world;
  const needs: NeedStory[] = [];
  const need = hh.inNeed[h]!;
  const served = hh.servedGov[h]! | hh.servedCharity[h]!;
  DOMAINS.forEach((domain, d) => {
    if ((need & (1 << d)) === 0) return;
    const i = h * DOMAIN_COUNT + d;
    const knownBy: NeedStory['knownBy'][number][] = [];
    if (hh.knownGov[h]! & (1 << d)) knownBy.push('government');
    if (hh.knownCommunity[h]! & (1 << d)) knownBy.push('community');
    if (hh.knownFoundation[h]! & (1 << d)) knownBy.push('foundation');
    const helpedBy: NeedStory['helpedBy'][number][] = [];
    if (hh.servedGov[h]! & (1 << d)) helpedBy.push('government');
    if (hh.servedCharity[h]! & (1 << d)) helpedBy.push('charity');
    needs.push({
      domain,
      severity: hh.severityBefore[i]!,
      knownBy,
      helpedBy,
      ...(served & (1 << d) ? {} : { reason: REASONS[hh.stage[i]!]! }),
      unmetMonths: served & (1 << d) ? 0 : hh.unmetStreak[i]!,
    });
  });
  const fellAfter = world.scenario.gaps.fellThroughMonths;
  const status: Status = need === 0 ? 'no_need' : needs.every((n) => n.helpedBy.length > 0) ? 'helped'
    : needs.some((n) => n.unmetMonths >= fellAfter) ? 'fell_through' : 'unmet';
  return {
    month: world.month, // the step has moved world.month past the 0-based month it simulated: this is its 1-based number
    status,
    needs,
    dibao: hh.dibao[h] === DIBAO_ENROLLED,
    incomePerPerson: hh.income[h]!,
  };
}
