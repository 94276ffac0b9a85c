/**
 * Charity organisations (sources.md §9): community charities, foundations and hub
 * organisations are agents with their own money, monthly service slots, domains and
 * experience; the crowdfunding platform is a channel households use themselves
 * (crowdfunding.ts). Organisations are few (tens to hundreds), so they are plain objects.
 */
import { CARE, EDUCATION, EMPLOYMENT, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, bit } from './domains.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { power } from './exactMath.ts';

export const CHARITY_KINDS = ['community', 'foundation', 'crowdfunding', 'hub'] as const;
export type CharityKind = (typeof CHARITY_KINDS)[number];

/** Domains each kind serves (sources.md §9). */
export const COMMUNITY_DOMAINS = bit(SUBSISTENCE) | bit(CARE) | bit(PSYCHOSOCIAL) | bit(EMPLOYMENT);
export const FOUNDATION_DOMAINS = bit(SUBSISTENCE) | bit(MEDICAL) | bit(EDUCATION) | bit(CARE);
/** Domains charities help with cash; the others with services. */
export const CASH_DOMAINS = bit(SUBSISTENCE) | bit(MEDICAL) | bit(EDUCATION);

/** Cases after which service learning at full strength halves visibility bias (assumption). */
export const CASES_TO_HALVE_BIAS = 1000;

export interface Organisation {
  readonly kind: 'community' | 'foundation';
  /** Yuan in hand. */
  funds: number;
  /** Cases it can still take this month. */
  slotsLeft: number;
  /** Cases served so far (experience, for service learning). */
  cases: number;
}

export interface Charities {
  community: Organisation[];
  foundations: Organisation[];
  hubs: number;
  /** Multiplies grants from the month of a grant cut on. */
  grantFactor: number;
  /** Public trust in charities, 0–1 (trust.ts), and each kind's own reputation, 0–1. */
  trust: number;
  reputation: Record<CharityKind, number>;
}

/** Organisations for a county of n households; at least one of a kind the scenario asks for. */
export function countFor(perTenThousand: number, n: number): number {
  return perTenThousand > 0 ? Math.max(1, Math.round((perTenThousand * n) / 10_000)) : 0;
}

export function createCharities(scenario: Scenario): Charities {
  const c = scenario.charities;
  const n = scenario.households;
  const make = (kind: Organisation['kind'], count: number, donationsPerYear: number): Organisation[] =>
    Array.from({ length: count }, () => ({ kind, funds: donationsPerYear / 12, slotsLeft: 0, cases: 0 }));
  return {
    community: make('community', countFor(c.community.perTenThousand, n), c.community.donationsPerYear),
    foundations: make('foundation', countFor(c.foundation.perTenThousand, n), c.foundation.donationsPerYear),
    hubs: c.hub.count,
    grantFactor: 1,
    trust: scenario.trust.baseline,
    reputation: { community: 1, foundation: 1, crowdfunding: 1, hub: 1 },
  };
}

/** The community charity of household h (communities are equal slices of the county). */
export const communityOf = (charities: Charities, h: number, n: number): Organisation | undefined =>
  charities.community[Math.floor((h * charities.community.length) / n)];

/** The foundation that takes household h's case (cases are spread evenly). */
export const foundationOf = (charities: Charities, h: number): Organisation | undefined =>
  charities.foundations.length > 0 ? charities.foundations[h % charities.foundations.length] : undefined;

/**
 * The chance that an organisation gives a visible standard package instead of what the
 * need calls for: the scenario's bias, lowered by a hub's matching and by experience
 * under service learning (halved every CASES_TO_HALVE_BIAS / serviceLearning cases).
 */
export function effectiveBias(scenario: Scenario, charities: Charities, organisation: Organisation): number {
  const learning = scenario.collaboration.serviceLearning;
  const experience = learning > 0 ? power(0.5, (organisation.cases * learning) / CASES_TO_HALVE_BIAS) : 1;
  const hub = charities.hubs > 0 ? 1 - scenario.charities.hub.matching : 1;
  return scenario.charities.visibilityBias * experience * hub;
}
