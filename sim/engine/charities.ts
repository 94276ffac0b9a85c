/**
 * Charity organisations (sources.md §9): community charities, foundations and hub
 * organisations are agents with their own money, monthly service slots, domains and
 * experience; the crowdfunding platform is a channel households use themselves
 * (crowdfunding.ts). Organisations are few (tens to hundreds), so they are plain objects.
 */
import { CARE, DOMAIN_COUNT, EDUCATION, EMPLOYMENT, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, bit } from './domains.ts';
import type { CharityKind } from '../scenario/events.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { power } from '../common/exactMath.ts';

/** Domains each kind serves (sources.md §9). */
export const COMMUNITY_DOMAINS = bit(SUBSISTENCE) | bit(CARE) | bit(PSYCHOSOCIAL) | bit(EMPLOYMENT);
export const FOUNDATION_DOMAINS = bit(SUBSISTENCE) | bit(MEDICAL) | bit(EDUCATION) | bit(CARE);
/** Domains charities help with cash; the others with services. */
export const CASH_DOMAINS = bit(SUBSISTENCE) | bit(MEDICAL) | bit(EDUCATION);

export interface Organisation {
  readonly kind: 'community' | 'foundation';
  /** Yuan in hand. */
  funds: number;
  /** Cases it can still take this month. */
  slotsLeft: number;
  /** Cases served so far (experience, for service learning). */
  cases: number;
  /**
   * Its donations and slots relative to a standard organisation of its kind. Organisations
   * come in whole numbers, so a county whose share is 2.4 organisations has 2, each 1.2
   * times the standard size: the county's charity resources then scale exactly with its
   * households (before, rounding gave a 2,000-household county a whole foundation, five
   * times its share, and the reasons needs go unmet changed with county size).
   */
  readonly size: number;
  /**
   * Grant money in hand that may pay only for help in the earmarked domains
   * (grantEarmarks.ts); 0 when grants are not earmarked, which then join `funds`.
   */
  grantFunds: number;
  /** Yuan it paid to households, and of them yuan that met a need, over the evaluation window (grantEarmarks.ts). */
  spent: number;
  matched: number;
  /** Share of last month's income paid for outcomes (grants under outcome evaluation): none of it buys visible packages. */
  outcomeShare: number;
  /** Cases served per domain (specialisation.ts: its brand is the service domain it has served most). */
  readonly domainCases: number[];
  /** Volunteer case-months of care and psychosocial service it can still give in kind this month (volunteers.ts). */
  volunteerSlots: number;
  /** Its income (donations and grants) of the last 24 months, oldest first (scandals.ts: growth). */
  readonly income: number[];
}

/** Disaster appeals and their fatigue (appealFatigue.ts). */
export interface Appeals {
  /** Donors' fatigue with emotional appeals, 0–1. */
  fatigue: number;
  /** What the current appeal raises, relative to an untired one (1 − fatigue when it began). */
  factor: number;
  /** Month the current appeal began. */
  startMonth: number;
  /** Regular giving pledged after disasters: months of donations a month, until a month (exclusive). */
  pledges: Array<{ rate: number; until: number }>;
}

export interface Charities {
  community: Organisation[];
  foundations: Organisation[];
  hubs: number;
  /** Multiplies grants from the month of a grant cut on. */
  grantFactor: number;
  /**
   * Public trust in charities, 0–1 (trust.ts), and each kind's own reputation, 0–1. The
   * record holds every CharityKind, so its keys are the engine's list of kinds.
   */
  trust: number;
  reputation: Record<CharityKind, number>;
  appeals: Appeals;
}

/** Organisations for a county of n households; at least one of a kind the scenario asks for. */
export function countFor(perTenThousand: number, n: number): number {
  return perTenThousand > 0 ? Math.max(1, Math.round((perTenThousand * n) / 10_000)) : 0;
}

/** A kind's organisations for the county, each sized so that together they are its exact share. */
function organisations(kind: Organisation['kind'], perTenThousand: number, n: number, donationsPerYear: number): Organisation[] {
  const count = countFor(perTenThousand, n);
  return newOrganisations(kind, count, donationsPerYear, count > 0 ? (perTenThousand * n) / 10_000 / count : 1);
}

/** `count` new organisations of one size, each with a month of its donations in hand. */
export function newOrganisations(kind: Organisation['kind'], count: number, donationsPerYear: number, size = 1): Organisation[] {
  return Array.from({ length: count }, () => ({
    kind, funds: (donationsPerYear * size) / 12, slotsLeft: 0, cases: 0, size, grantFunds: 0, spent: 0, matched: 0, outcomeShare: 0,
    domainCases: new Array<number>(DOMAIN_COUNT).fill(0), volunteerSlots: 0, income: [],
  }));
}

export function createCharities(scenario: Scenario): Charities {
  const c = scenario.charities;
  const n = scenario.households;
  return {
    community: organisations('community', c.community.perTenThousand, n, c.community.donationsPerYear),
    foundations: organisations('foundation', c.foundation.perTenThousand, n, c.foundation.donationsPerYear),
    hubs: c.hub.count,
    grantFactor: 1,
    trust: scenario.trust.baseline,
    reputation: { community: 1, foundation: 1, crowdfunding: 1, hub: 1 },
    appeals: { fatigue: 0, factor: 1, startMonth: -32768, pledges: [] },
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
 * need calls for: the scenario's bias, lowered by a hub's matching when a hub handles the
 * case (`hubMatched`: within the hubs' capacity, administration.ts takeHubCase), by
 * experience under service learning (halved every casesToHalveBias / serviceLearning cases),
 * and by the share of its income paid for outcomes (grantEarmarks.ts: money that earns only
 * by meeting needs is not spent on packages that do not fit them). (Any number of hubs
 * above 0 once matched every case, at no cost; docs/MODEL.md §5.)
 */
export function effectiveBias(scenario: Scenario, organisation: Organisation, hubMatched: boolean): number {
  const learning = scenario.collaboration.serviceLearning;
  const experience = learning > 0 ? power(0.5, (organisation.cases * learning) / scenario.collaboration.casesToHalveBias) : 1;
  const hub = hubMatched ? 1 - scenario.charities.hub.matching : 1;
  return scenario.charities.visibilityBias * experience * hub * (1 - organisation.outcomeShare);
}
