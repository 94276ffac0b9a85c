/**
 * Help arriving (sources.md §9): money of a domain's kind relieves that domain's need
 * in proportion to what full relief would cost, and every yuan is booked as matched to a
 * real need, leaked to a household with no need, or neither (excess, wrong kind).
 * Government aid and charity help go through these same functions.
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { CARE, DOMAIN_COUNT, EMPLOYMENT, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, bit } from './domains.ts';
import { subsistenceGap } from './needs.ts';
import type { World } from './world.ts';

/** Whose money it was, for the spending tallies (bookSpending). */
export const GOVERNMENT = 0;
export const CHARITY = 1;

/**
 * What the money bought, for the spending split (docs/MODEL.md "What levers cost"): a
 * benefit is cash or goods — dibao, support for the extremely poor, temporary, medical and
 * education assistance, charities' cash and standard packages, crowdfunding, emergency
 * dispatch; a service is a service-month at needs.serviceCost — purchased services,
 * employment assistance, a charity's care, psychosocial or employment help.
 */
export const BENEFIT = 0;
export const SERVICE = 1;

/**
 * Who helped: one bit per helper in `helpers` (per household-domain, this month), so a
 * household's story can say which programme or organisation met each need. Government's
 * programmes come first, up to the community charity.
 */
export const HELPERS = [
  'dibao', 'extreme_poverty_support', 'special_assistance', 'temporary_assistance', 'purchased_services', 'employment_assistance', 'social_work',
  'community_charity', 'foundation', 'crowdfunding', 'emergency_dispatch',
] as const;
export type Helper = (typeof HELPERS)[number];
export const HELPER = Object.fromEntries(HELPERS.map((name, i) => [name, i])) as { readonly [K in Helper]: number };
const FIRST_CHARITY_HELPER = HELPER.community_charity;
export const GOVERNMENT_HELPERS: readonly Helper[] = HELPERS.slice(0, FIRST_CHARITY_HELPER);

/**
 * Relieve household h's need in domain d with `amount` yuan from `helper` (HELPER), where
 * `fullCost` yuan would relieve the whole need it had at the start of the month. Returns the yuan that met
 * the need (zero if the household was not in need in d).
 */
export function relieve(world: World, h: number, d: number, amount: number, fullCost: number, helper: number): number {
  const { hh } = world;
  const i = h * DOMAIN_COUNT + d;
  const before = hh.severityBefore[i]!;
  if ((hh.inNeed[h]! & bit(d)) === 0 || fullCost <= 0 || amount <= 0) return 0;
  const current = hh.severity[i]!;
  const after = Math.max(0, current - (before * amount) / fullCost);
  const relieved = current - after;
  hh.severity[i] = after;
  if (helper < FIRST_CHARITY_HELPER) hh.servedGov[h] = hh.servedGov[h]! | bit(d);
  else hh.servedCharity[h] = hh.servedCharity[h]! | bit(d);
  hh.helpers[i] = hh.helpers[i]! | (1 << helper);
  world.tallies[hh.cell[h]! * ACC_COUNT + ACC.severity_relieved]! += relieved;
  return (relieved / before) * fullCost;
}

/**
 * The yuan that would relieve the whole of household h's need in domain d as it stood at
 * the start of the month: the gap below the line for subsistence, else severity × the
 * domain's cost per unit of severity.
 */
export function fullReliefCost(world: World, h: number, d: number): number {
  if (d === SUBSISTENCE) return subsistenceGap(world, h);
  const n = world.scenario.needs;
  const perUnit = d === MEDICAL ? n.medicalCost : d === CARE ? n.careCost : d === PSYCHOSOCIAL ? n.psychosocialCost
    : d === EMPLOYMENT ? n.employmentCost : n.educationCost;
  return world.hh.severityBefore[h * DOMAIN_COUNT + d]! * perUnit;
}

/** Book `amount` yuan paid to household h, of which `matched` met a real need; `kind` BENEFIT or SERVICE. */
export function bookSpending(world: World, h: number, amount: number, matched: number, source: number, kind: number): void {
  const base = world.hh.cell[h]! * ACC_COUNT;
  const t = world.tallies;
  t[base + (source === GOVERNMENT ? ACC.gov_spending : ACC.charity_spending)]! += amount;
  t[base + (source === GOVERNMENT ? (kind === SERVICE ? ACC.gov_services : ACC.gov_benefits) : (kind === SERVICE ? ACC.charity_services : ACC.charity_benefits))]! += amount;
  t[base + ACC.matched_spending]! += Math.min(amount, matched);
  if (world.hh.inNeed[h] === 0) t[base + ACC.leaked_spending]! += amount;
}
