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
 * (referrals.ts, charityHelp.ts), cases on a tiered need list (needList.ts), grants paid
 * for outcomes (grantEarmarks.ts) — and the staff and systems the scenario sets are paid
 * whether busy or not: caseworkers, social workers, data links, the prediction system,
 * hubs, a consortium's staff, monitoring, volunteer coordination.
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
  /** Charity cases on a tiered need list (needList.ts). */
  listedCases: number;
  /** Yuan of grants paid under outcome evaluation, which a third party evaluates (grantEarmarks.ts). */
  evaluatedGrants: number;
  /** Households whose support network a community charity worked on (supportNetworks.ts). */
  networkHouseholds: number;
  /** Care needs whose caregivers were supported (caregiverSupport.ts). */
  caregiversSupported: number;
  /** Yuan of regular gifts received (revenue.ts, appealFatigue.ts). */
  regularGifts: number;
}

export const emptyWorkload = (): Workload => ({ flags: 0, jointCases: 0, hubCases: 0, listedCases: 0, evaluatedGrants: 0, networkHouseholds: 0, caregiversSupported: 0, regularGifts: 0 });

/** A new month's workload, counted afresh (in place: the month loop allocates nothing for it). */
export function resetWorkload(world: World): void {
  const w = world.workload;
  w.flags = 0;
  w.jointCases = 0;
  w.hubCases = 0;
  w.listedCases = 0;
  w.evaluatedGrants = 0;
  w.networkHouseholds = 0;
  w.caregiversSupported = 0;
  w.regularGifts = 0;
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
 * The yuan of each item of this month's running costs (a breakdown the tests and docs read;
 * payRunningCosts books their sums). Government pays every item but volunteer coordination,
 * which charities pay (CHARITY_ITEMS).
 */
export interface RunningCosts {
  caseworkers: number;
  socialWorkers: number;
  dataLinks: number;
  predictionSystem: number;
  predictionFollowUp: number;
  jointAssessment: number;
  /** Hubs are funded by government (paper §5.4). */
  hubs: number;
  /** The township funds the consortium, whoever employs the staff it brings together (consortium.ts). */
  consortium: number;
  /** The need list is kept on the civil-affairs platform government and charities share (needList.ts). */
  needList: number;
  /** Government commissions the third-party evaluation of grants paid for outcomes (grantEarmarks.ts). */
  evaluation: number;
  /** Monitoring and third-party evaluation of charities (scandals.ts). */
  monitoring: number;
  /** Recruiting, training and organising volunteers (volunteers.ts). */
  volunteerCoordination: number;
  /** Community workers' time building helped households' support networks (supportNetworks.ts). */
  supportNetworks: number;
  /** Respite and coaching for the caregivers of care needs (caregiverSupport.ts). */
  caregiverSupport: number;
  /** Training, supervision and a service standard for specialised services (specialisation.ts). */
  specialisation: number;
  /** Donor care and collection of regular gifts (appealFatigue.ts). */
  regularGiving: number;
}

/** The items charities pay; government pays the rest. */
const CHARITY_ITEMS: ReadonlySet<keyof RunningCosts> = new Set(['volunteerCoordination', 'supportNetworks', 'caregiverSupport', 'specialisation', 'regularGiving']);

export function runningCosts(world: World): RunningCosts {
  const s = world.scenario;
  const g = s.government;
  const c = s.collaboration;
  const households = world.hh.n;
  const staffHour = g.caseworkerCostPerYear / WORKING_HOURS_PER_YEAR;
  const links = g.dataLinks;
  // A link reaching a share of households costs that share of a full link (set-up amortised, and upkeep).
  const perLinkYear = links.setUpPerHousehold / links.amortisationYears + links.upkeepPerHousehold;
  const { community, foundations } = world.charities;
  // Organisations monitored are counted in standard sizes, as their scandal risk is (scandals.ts).
  let standardOrganisations = 0;
  for (const o of community) standardOrganisations += o.size;
  for (const o of foundations) standardOrganisations += o.size;
  const volunteerHours = community.length > 0 ? (s.charities.volunteers.hoursPerHouseholdYear * households) / 12 : 0;
  return {
    caseworkers: (g.caseworkersPer10k * households / 10_000) * g.caseworkerCostPerYear / 12,
    socialWorkers: (g.socialWorkers.per10k * households / 10_000) * g.socialWorkers.costPerYear / 12,
    dataLinks: linkReach(world) * perLinkYear * households / 12,
    predictionSystem: c.needPrediction > 0 ? c.predictionSystemPerHousehold * households / 12 : 0,
    predictionFollowUp: world.workload.flags * c.flagFollowUpHours * staffHour,
    jointAssessment: world.workload.jointCases * c.jointAssessmentHours * staffHour,
    hubs: world.charities.hubs * s.charities.hub.costPerYear / 12,
    consortium: (s.consortium.staffPer10k * households / 10_000) * s.consortium.costPerStaffYear / 12,
    needList: world.workload.listedCases * c.needListCostPerCase,
    evaluation: world.workload.evaluatedGrants * s.charities.grants.evaluationCostShare,
    monitoring: (g.monitoring.coverage * standardOrganisations * g.monitoring.costPerOrganisationYear) / 12,
    volunteerCoordination: volunteerHours * s.charities.volunteers.coordinationCost,
    supportNetworks: world.workload.networkHouseholds * s.charities.supportNetworks.costPerHousehold,
    caregiverSupport: world.workload.caregiversSupported * s.charities.caregiverSupport.costPerCase,
    specialisation: s.charities.specialisation.gain > 0 ? (standardOrganisations * s.charities.specialisation.trainingPerOrganisationYear) / 12 : 0,
    regularGiving: world.workload.regularGifts * s.charities.appeals.regularCostShare,
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

/** Book this month's running costs, each item for its payer. */
export function payRunningCosts(world: World): void {
  let government = 0;
  let charity = 0;
  for (const [item, yuan] of Object.entries(runningCosts(world)) as Array<[keyof RunningCosts, number]>) {
    if (CHARITY_ITEMS.has(item)) charity += yuan;
    else government += yuan;
  }
  bookAdministration(world, 'government', government);
  bookAdministration(world, 'charity', charity);
}
