/**
 * Everything one run carries from month to month: the scenario, the households, the
 * government's books and queue, the random streams, the compiled rules and this
 * month's tallies. Mechanisms are plain functions of a World.
 */
import { ACC_COUNT, allocateTallies } from './accumulators.ts';
import { createCharities, type Charities } from './charities.ts';
import { applyDigitalAccess } from './population.ts';
import { CELL_COUNT } from './groups.ts';
import { bindRuleVariables } from './ruleVariables.ts';
import { compileRule, requiresIncomeBelowLine, type Rule } from './rules.ts';
import { allocateHouseholds, RURAL, type Households } from './state.ts';
import { streams, type Streams } from './random.ts';
import type { Scenario } from '../scenario/parameters.ts';

export interface Budget {
  /** Yuan available in the current calendar year. */
  perYear: number;
  spentThisYear: number;
}

export interface World {
  /** The scenario in force: policy events (events.ts) replace it from their month on. */
  scenario: Scenario;
  readonly hh: Households;
  readonly random: Streams;
  /**
   * Compiled eligibility rules. dibao and special apply to income as assessed at review;
   * temporary aid, paid at once, to income as it is; `dibaoTrue` is the dibao rule on true
   * income, for counting who is eligible (targeting.ts), never for deciding;
   * `dibaoBelowLine` says the dibao rule can only admit income below the line.
   */
  rules: { dibao: Rule; special: Rule; temporary: Rule; dibaoTrue: Rule; dibaoBelowLine: boolean };
  /** Month index: 0 is the first reported month (a January); warm-up months are negative. */
  month: number;
  readonly budgets: { dibao: Budget; special: Budget; temporary: Budget };
  /** Dibao paid last month to enrolled households: the commitment new enrolments must fit beside. */
  dibaoMonthlyCommitment: number;
  /** FIFO of household ids waiting for a caseworker (ring buffer). */
  readonly queue: Int32Array;
  queueHead: number;
  queueLength: number;
  /** Fractional review capacity carried to the next month. */
  reviewCarry: number;
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
  /** Scratch space for the month's order of charity cases (charityHelp.ts). */
  readonly charityOrder: Int32Array;
  /** Households and persons per group cell: [cell * 2] and [cell * 2 + 1] (population.ts keeps it). */
  readonly cellCensus: Float64Array;
}

export function createWorld(scenario: Scenario): World {
  const n = scenario.households;
  const hh = allocateHouseholds(n);
  const g = scenario.government;
  return {
    scenario,
    hh,
    random: streams(scenario.seed),
    rules: compileRules(hh, scenario),
    month: -scenario.warmupMonths,
    budgets: {
      dibao: { perYear: g.dibao.budgetPerHousehold * n, spentThisYear: 0 },
      special: { perYear: g.special.budgetPerHousehold * n, spentThisYear: 0 },
      temporary: { perYear: g.temporary.budgetPerHousehold * n, spentThisYear: 0 },
    },
    dibaoMonthlyCommitment: 0,
    queue: new Int32Array(n),
    queueHead: 0,
    queueLength: 0,
    reviewCarry: 0,
    tallies: allocateTallies(),
    county: new Float64Array(ACC_COUNT),
    charities: createCharities(scenario),
    charityHelped: 0,
    lastDisasterMonth: -32768,
    lastDisasterShare: 0,
    tiesNorm: 1,
    cellCensus: new Float64Array(CELL_COUNT * 2),
    active: new Int32Array(n),
    activeCount: 0,
    charityOrder: new Int32Array(n),
  };
}

function compileRules(hh: Households, scenario: Scenario): World['rules'] {
  const assessed = bindRuleVariables(hh, scenario, hh.assessedIncome);
  const actual = bindRuleVariables(hh, scenario, hh.income);
  const g = scenario.government;
  return {
    dibao: compileRule(g.dibao.eligibility, assessed),
    special: compileRule(g.special.eligibility, assessed),
    temporary: compileRule(g.temporary.eligibility, actual),
    dibaoTrue: compileRule(g.dibao.eligibility, actual),
    dibaoBelowLine: requiresIncomeBelowLine(g.dibao.eligibility),
  };
}

/**
 * Put a changed scenario in force (a policy event): rules are compiled again, budgets take
 * their new yearly size (what was spent this year stays spent), digital access follows the
 * divide.
 */
export function changeScenario(world: World, scenario: Scenario): void {
  world.scenario = scenario;
  world.rules = compileRules(world.hh, scenario);
  const g = scenario.government;
  const n = scenario.households;
  world.budgets.dibao.perYear = g.dibao.budgetPerHousehold * n;
  world.budgets.special.perYear = g.special.budgetPerHousehold * n;
  world.budgets.temporary.perYear = g.temporary.budgetPerHousehold * n;
  applyDigitalAccess(world);
}

/** Calendar month 0–11 (0 = January) of month index m. */
export const calendarMonth = (m: number): number => ((m % 12) + 12) % 12;

/** The dibao line that applies to household h (yuan per person per month). */
export const lineOf = (world: World, h: number): number => regionLine(world.scenario, world.hh.flags[h]!);

/** The dibao line for a household with these flags (hot loops inline the same choice). */
export function regionLine(scenario: Scenario, flags: number): number {
  const d = scenario.government.dibao;
  return (flags & RURAL) ? d.lineRural : d.lineUrban;
}
