/**
 * Volunteers and non-cash resources (paper §2.1.2: community charities find hidden needs
 * through volunteers and neighbourhood ties; §5.2: volunteers among the consortium's teams;
 * §5.3: 人文关怀, 心理疏导). Volunteer time is an input of community charities, in hours per
 * household of the county a year (`charities.volunteers.hoursPerHouseholdYear`, by default
 * the national 217 M volunteers × 7.44 h ÷ ≈494 M households, sources.md §3). It goes two
 * ways:
 *
 *  - outreach: community.reach is the households a charity's volunteers are in touch with
 *    at that published figure, so outreach scales with the hours that go to it,
 *    hours × (1 − serviceShare) ÷ VOLUNTEER_HOURS_AT_REACH (communityOutreach.ts);
 *  - service in kind: serviceShare of the hours give care and psychosocial service — visits,
 *    respite, company — at hoursPerCase a case-month. These are service slots of the
 *    community charity that cost it no cash (charityHelp.ts: used before paid help).
 *
 * Volunteers are not free: recruiting, training and organising them costs
 * `coordinationCost` yuan per hour, charity administration (priced in administration.ts).
 * By default serviceShare is 0 and the hours are the published ones, so outreach and help
 * are as before; only the coordination cost is new.
 */
import { CARE, PSYCHOSOCIAL, bit } from './domains.ts';
import type { Scenario } from '../scenario/parameters.ts';
import type { World } from './world.ts';

/** The volunteer hours per household-year at which community.reach is stated (parameters.ts default; sources.md §3). */
export const VOLUNTEER_HOURS_AT_REACH = 3.27;

/** The needs volunteers serve in kind. */
export const VOLUNTEER_DOMAINS = bit(CARE) | bit(PSYCHOSOCIAL);

/** Community outreach relative to its stated reach: the hours that go to outreach ÷ the published hours. */
export function outreachFactor(scenario: Scenario): number {
  const v = scenario.charities.volunteers;
  return (v.hoursPerHouseholdYear * (1 - v.serviceShare)) / VOLUNTEER_HOURS_AT_REACH;
}

/**
 * Before charity help: each community charity's volunteer slots for the month (the part of a
 * case the month's hours do not fill carries over, as with paid slots).
 */
export function mobiliseVolunteers(world: World): void {
  const community = world.charities.community;
  if (community.length === 0) return;
  const v = world.scenario.charities.volunteers;
  const hoursPerMonth = (v.hoursPerHouseholdYear * world.hh.n) / 12;
  if (hoursPerMonth <= 0) return;
  if (v.serviceShare <= 0) return;
  // Communities are equal slices of the county (charities.ts communityOf), so each has an equal share of its volunteers.
  const slots = (hoursPerMonth * v.serviceShare) / v.hoursPerCase / community.length;
  for (const o of community) o.volunteerSlots = (o.volunteerSlots % 1) + slots;
}
