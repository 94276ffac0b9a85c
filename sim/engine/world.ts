/**
 * Everything one run carries from month to month: the scenario, the households, the
 * government's books and queue, the random streams, the compiled rules and this
 * month's tallies. Mechanisms are plain functions of a World.
 */
import { ACC_COUNT, allocateTallies } from './accumulators.ts';
import { emptyWorkload, type Workload } from './administration.ts';
import { createCharities, type Charities } from './charities.ts';
import { applyDigitalAccess } from './population.ts';
import { drawPooledRecords } from './dataMatching.ts';
import { updateLookDiscounts } from './meansTest.ts';
import { CELL_COUNT } from './groups.ts';
import { regionLine, regionLivingCost } from './regionStandards.ts';
import { bindRuleVariables } from './ruleVariables.ts';
import { compileRule, type Rule } from '../rules/compiler.ts';
import { allocateHouseholds, type Households } from './state.ts';
import { streams, type Streams } from './random.ts';
import type { Scenario } from '../scenario/parameters.ts';

export interface Budget {
  /** Yuan available in the current calendar year: Infinity for an entitlement, which pays every approved case. */
  perYear: number;
  spentThisYear: number;
  /** Paid last month to the cases it carries: what a new case must fit beside until December (budget.ts). */
  monthlyCommitment: number;
}

/** The government programmes with a budget of their own. */
export const PROGRAMMES = ['dibao', 'extremePoverty', 'special', 'temporary', 'services', 'employment'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export interface World {
  /** The scenario in force: policy events (events.ts) replace it from their month on. */
  scenario: Scenario;
  readonly hh: Households;
  readonly random: Streams;
  /**
   * Compiled eligibility rules. The programmes decided at review apply them to income as
   * the means test assessed it (meansTest.ts); temporary aid, paid at once, to income as it
   * is. `expected`: the same rules on income as the household expects a review to see it,
   * for whether it applies (applications.ts), never for deciding.
   */
  rules: Record<Programme | 'dibaoMember', Rule> & { expected: Record<Exclude<Programme, 'temporary'> | 'dibaoMember', Rule> };
  /** Month index: 0 is the first reported month (a January); warm-up months are negative. */
  month: number;
  readonly budgets: Record<Programme, Budget>;
  /** FIFO of household ids waiting for a caseworker (ring buffer). */
  readonly queue: Int32Array;
  queueHead: number;
  queueLength: number;
  /** Fractional review capacity carried to the next month. */
  reviewCarry: number;
  /** Fractional social-work casework capacity carried to the next month (socialWork.ts). */
  socialWorkCarry: number;
  /** This month's tallies, per group cell (accumulators.ts). */
  readonly tallies: Float64Array;
  /** This month's county-wide tallies (trust, charity funds): the same for every group. */
  readonly county: Float64Array;
  readonly charities: Charities;
  /** Households a charity helped this month (for trust's good-work gain). */
  charityHelped: number;
  /** Month of the latest disaster and the share of households it hit (emergency dispatch, appeals). */
  lastDisasterMonth: number;
  lastDisasterShare: number;
  /** Mean ties factor of the county, normalising crowdfunding sums (crowdfunding.ts). */
  tiesNorm: number;
  /**
   * Households that any mechanism after `needs` has to look at this month — in need, with
   * an open case, on dibao or holding temporary-aid cash — in id order: active[0..activeCount).
   */
  readonly active: Int32Array;
  activeCount: number;
  /**
   * The active households government deals with after this month's reviews — a case, a
   * living benefit, or a need it knows of — in id order: caseload[0..caseloadCount). Its
   * programmes visit only these (caseReview.ts lists them).
   */
  readonly caseload: Int32Array;
  caseloadCount: number;
  /** Scratch space for the month's order of charity cases (charityHelp.ts). */
  readonly charityOrder: Int32Array;
  /** This month's workload that running costs are priced by (administration.ts): reset at the start of each month. */
  readonly workload: Workload;
  /** Households and persons per group cell: [cell * 2] and [cell * 2 + 1] (population.ts keeps it). */
  readonly cellCensus: Float64Array;
}

export function createWorld(scenario: Scenario): World {
  const n = scenario.households;
  const hh = allocateHouseholds(n);
  return {
    scenario,
    hh,
    random: streams(scenario.seed),
    rules: compileRules(hh, scenario),
    month: -scenario.warmupMonths,
    budgets: Object.fromEntries(PROGRAMMES.map((p) => [p, { perYear: yearlyBudget(scenario, p), spentThisYear: 0, monthlyCommitment: 0 }])) as Record<Programme, Budget>,
    queue: new Int32Array(n),
    queueHead: 0,
    queueLength: 0,
    reviewCarry: 0,
    socialWorkCarry: 0,
    tallies: allocateTallies(),
    county: new Float64Array(ACC_COUNT),
    charities: createCharities(scenario),
    charityHelped: 0,
    lastDisasterMonth: -32768,
    lastDisasterShare: 0,
    tiesNorm: 1,
    workload: emptyWorkload(),
    cellCensus: new Float64Array(CELL_COUNT * 2),
    active: new Int32Array(n),
    activeCount: 0,
    caseload: new Int32Array(n),
    caseloadCount: 0,
    charityOrder: new Int32Array(n),
  };
}

function compileRules(hh: Households, scenario: Scenario): World['rules'] {
  const g = scenario.government;
  const reviewed = (income: Float32Array) => {
    const variables = bindRuleVariables(hh, scenario, income);
    return {
      dibao: compileRule(g.dibao.eligibility, variables),
      dibaoMember: compileRule(g.dibao.memberEligibility, variables),
      extremePoverty: compileRule(g.extremePoverty.eligibility, variables),
      special: compileRule(g.special.eligibility, variables),
      services: compileRule(g.services.eligibility, variables),
      employment: compileRule(g.employment.eligibility, variables),
    };
  };
  return {
    ...reviewed(hh.assessedIncome),
    temporary: compileRule(g.temporary.eligibility, bindRuleVariables(hh, scenario, hh.income)),
    expected: reviewed(hh.perceivedIncome),
  };
}

/**
 * A programme's yuan for a calendar year: unlimited for an entitlement (every approved
 * case is paid, and spending is an output), else its budget per household × households.
 */
function yearlyBudget(scenario: Scenario, programme: Programme): number {
  const p = scenario.government[programme];
  if ('funding' in p && p.funding === 'entitlement') return Infinity;
  return p.budgetPerHousehold * scenario.households;
}

/**
 * Put a changed scenario in force (a policy event): rules are compiled again, budgets take
 * their new yearly size (what was spent this year stays spent), digital access follows the
 * divide.
 */
export function changeScenario(world: World, scenario: Scenario): void {
  world.scenario = scenario;
  world.rules = compileRules(world.hh, scenario);
  for (const p of PROGRAMMES) world.budgets[p].perYear = yearlyBudget(scenario, p);
  applyDigitalAccess(world);
  updateLookDiscounts(world);
  drawPooledRecords(world);
}

/** Calendar month 0–11 (0 = January) of month index m. */
export const calendarMonth = (m: number): number => ((m % 12) + 12) % 12;

/** The dibao line that applies to household h (yuan per person per month): a policy lever. */
export const lineOf = (world: World, h: number): number => regionLine(world.scenario, world.hh.flags[h]!);

/** The minimum living cost of household h's region (yuan per person per month): the fixed standard of need. */
export const minimumLivingCostOf = (world: World, h: number): number => regionLivingCost(world.scenario, world.hh.flags[h]!);
