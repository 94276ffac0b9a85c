/**
 * Everything one run carries from month to month: the scenario, the households, the
 * government's books and queue, the random streams, the compiled rules and this
 * month's tallies. Mechanisms are plain functions of a World.
 */
import { allocateTallies } from './accumulators.ts';
import { CELL_COUNT } from './groups.ts';
import { bindRuleVariables } from './ruleVariables.ts';
import { compileRule, type Rule } from './rules.ts';
import { allocateHouseholds, RURAL, type Households } from './state.ts';
import { streams, type Streams } from './random.ts';
import type { Scenario } from '../scenario/parameters.ts';

export interface Budget {
  /** Yuan available in the current calendar year. */
  perYear: number;
  spentThisYear: number;
}

export interface World {
  readonly scenario: Scenario;
  readonly hh: Households;
  readonly random: Streams;
  readonly rules: { dibao: Rule; special: Rule; temporary: Rule };
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
  /**
   * Households that any mechanism after `needs` has to look at this month — in need, with
   * an open case, on dibao or holding temporary-aid cash — in id order: active[0..activeCount).
   */
  readonly active: Int32Array;
  activeCount: number;
  /** Households and persons per group cell: [cell * 2] and [cell * 2 + 1] (population.ts keeps it). */
  readonly cellCensus: Float64Array;
}

export function createWorld(scenario: Scenario): World {
  const n = scenario.households;
  const hh = allocateHouseholds(n);
  const g = scenario.government;
  const variables = bindRuleVariables(hh, scenario);
  return {
    scenario,
    hh,
    random: streams(scenario.seed),
    rules: {
      dibao: compileRule(g.dibao.eligibility, variables),
      special: compileRule(g.special.eligibility, variables),
      temporary: compileRule(g.temporary.eligibility, variables),
    },
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
    cellCensus: new Float64Array(CELL_COUNT * 2),
    active: new Int32Array(n),
    activeCount: 0,
  };
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
