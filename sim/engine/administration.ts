/**
 * What running the assistance system costs, beyond the aid and help it pays households
 * (issue 20: every lever costs what it costs). Staff, data links, systems and hubs are
 * booked here, county-wide, for the payer: government or charities. Metrics:
 * gov_administration, charity_administration, and total_spending, which a lever's cost
 * is measured in (sim/experiment/levers.ts).
 *
 * One place prices a month's running costs (payRunningCosts, docs/MODEL.md "What levers
 * cost"): the mechanisms count their workload into World.workload — flags followed up
 * (needPrediction.ts), cases assessed jointly (charityHelp.ts), cases hubs handled
 * (referrals.ts, charityHelp.ts) — and the staff and systems the scenario sets are paid
 * whether busy or not.
 */
import { ACC } from './accumulators.ts';
import type { World } from './world.ts';

export type Payer = 'government' | 'charity';

/** Book `yuan` of this month's running costs, paid by `payer`. */
export function bookAdministration(world: World, payer: Payer, yuan: number): void {
  world.county[payer === 'government' ? ACC.gov_administration : ACC.charity_administration]! += yuan;
}

/**
 * Working hours in a staff year: 250 working days (the statutory count of working days in a
 * year since 2008) × 8 hours. Staff time per flag or per case is priced at a caseworker's
 * cost per year over these hours.
 */
export const WORKING_HOURS_PER_YEAR = 2000;

/** This month's workload of the mechanisms, which payRunningCosts prices. */
export interface Workload {
  /** Needs-prediction flags followed up (households flagged). */
  flags: number;
  /** Household-months assessed jointly by government and charities. */
  jointCases: number;
  /** Cases the hubs routed or matched (at most their capacity). */
  hubCases: number;
}

export const emptyWorkload = (): Workload => ({ flags: 0, jointCases: 0, hubCases: 0 });

export function resetWorkload(world: World): void {
  const w = world.workload;
  w.flags = 0;
  w.jointCases = 0;
  w.hubCases = 0;
}

/** The cases the hubs can still route or match this month (charities.hub.casesPerMonth × hubs, less those handled). */
export function hubCapacityLeft(world: World): number {
  return world.charities.hubs * world.scenario.charities.hub.casesPerMonth - world.workload.hubCases;
}

/** Take one case of the hubs' capacity this month; false when there is none left. */
export function takeHubCase(world: World): boolean {
  if (hubCapacityLeft(world) < 1) return false;
  world.workload.hubCases++;
  return true;
}

/**
 * The yuan of each item of this month's running costs, for the payer (a breakdown the
 * tests and docs read; payRunningCosts books their sums).
 */
export interface RunningCosts {
  caseworkers: number;
  socialWorkers: number;
  dataLinks: number;
  predictionSystem: number;
  predictionFollowUp: number;
  jointAssessment: number;
  hubs: number;
}

export function runningCosts(world: World): RunningCosts {
  const s = world.scenario;
  const g = s.government;
  const c = s.collaboration;
  const households = world.hh.n;
  const staffHour = g.caseworkerCostPerYear / WORKING_HOURS_PER_YEAR;
  const links = g.dataLinks;
  // A link reaching a share of households costs that share of a full link (set-up amortised, and upkeep).
  const perLinkYear = links.setUpPerHousehold / links.amortisationYears + links.upkeepPerHousehold;
  return {
    caseworkers: (g.caseworkersPer10k * households / 10_000) * g.caseworkerCostPerYear / 12,
    socialWorkers: (g.socialWorkers.per10k * households / 10_000) * g.socialWorkers.costPerYear / 12,
    dataLinks: linkReach(world) * perLinkYear * households / 12,
    predictionSystem: c.needPrediction > 0 ? c.predictionSystemPerHousehold * households / 12 : 0,
    predictionFollowUp: world.workload.flags * c.flagFollowUpHours * staffHour,
    jointAssessment: world.workload.jointCases * c.jointAssessmentHours * staffHour,
    hubs: world.charities.hubs * s.charities.hub.costPerYear / 12,
  };
}

/**
 * The department links' reach, summed: each of government.dataSharing's shares, one link per
 * department (income, health, education, disability, employment). Psychosocial needs have no
 * department and no link.
 */
function linkReach(world: World): number {
  const d = world.scenario.government.dataSharing;
  return d.income + d.health + d.education + d.disability + d.employment;
}

/** Book this month's running costs. Government pays all of today's items (hubs included: paper §5.4). */
export function payRunningCosts(world: World): void {
  const costs = runningCosts(world);
  let government = 0;
  for (const yuan of Object.values(costs)) government += yuan;
  bookAdministration(world, 'government', government);
}
