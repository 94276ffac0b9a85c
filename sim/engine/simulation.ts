/**
 * A run: population, warm-up, then reported months one `step()` at a time, with each
 * month's tallies turned into metrics per group. Pure: no DOM, no Node, no global
 * randomness, so the same code runs in the CLI, in a Web Worker and in batch workers.
 */
import { ACC_COUNT, ACCUMULATORS, type Totals } from './accumulators.ts';
import { CELL_COUNT, GROUPS, cellInGroup } from './groups.ts';
import { METRICS } from './metrics.ts';
import { simulateMonth } from './month.ts';
import { generatePopulation } from './population.ts';
import { meanTiesFactor } from './crowdfunding.ts';
import { allocateHazardTable } from './shocks.ts';
import { bytesPerHousehold } from './state.ts';
import { allocateFates, recordFates, type Fates } from './fates.ts';
import { createWorld, type World } from './world.ts';
import type { Scenario } from '../scenario/parameters.ts';

/** Metric values: series[g][m][month], and run totals of the tallies per group. */
export interface RunResult {
  readonly scenario: Scenario;
  readonly months: number;
  /** series[groupIndex][metricIndex] is one value per reported month (NaN for undefined). */
  readonly series: Float64Array[][];
  /** Summary per group and metric over the whole run (null where undefined). */
  readonly summary: Array<Array<number | null>>;
  /** Each household's fate and group cell, when asked for (RunOptions.fates). */
  readonly households?: { readonly fates: Fates; readonly cells: Uint8Array };
}

export interface RunOptions {
  /** Keep each household's fate over the reported months (fates.ts), for counterfactuals. */
  readonly fates?: boolean;
}

export interface Simulation {
  readonly world: World;
  /** Reported months done so far. */
  readonly monthsDone: number;
  readonly done: boolean;
  /** Simulate the next reported month. */
  step(): void;
  result(): RunResult;
  /** Bytes of typed-array engine state per household. */
  stateBytesPerHousehold(): number;
}

export function createSimulation(scenario: Scenario, options: RunOptions = {}): Simulation {
  const world = createWorld(scenario);
  generatePopulation(world);
  world.tiesNorm = meanTiesFactor(world.hh, scenario.population.meanTies, scenario.charities.crowdfunding.tiesElasticity);
  const hazards = allocateHazardTable();
  while (world.month < 0) simulateMonth(world, hazards);

  const months = scenario.months;
  const series = GROUPS.map(() => METRICS.map(() => new Float64Array(months)));
  const runTotals = GROUPS.map(() => new Float64Array(ACC_COUNT));
  const groupTallies = GROUPS.map(() => new Float64Array(ACC_COUNT));
  const fates = options.fates ? allocateFates(scenario.households) : undefined;
  let monthsDone = 0;

  return {
    world,
    get monthsDone() { return monthsDone; },
    get done() { return monthsDone >= months; },
    step() {
      if (monthsDone >= months) throw new Error(`the run is over: all ${months} months are done`);
      simulateMonth(world, hazards);
      if (fates) recordFates(world, fates);
      sumIntoGroups(world.tallies, world.county, groupTallies);
      GROUPS.forEach((_, g) => {
        const tallies = groupTallies[g]!;
        const totals = asTotals(tallies);
        METRICS.forEach((metric, m) => {
          series[g]![m]![monthsDone] = metric.compute(totals, 1) ?? NaN;
        });
        const run = runTotals[g]!;
        for (let k = 0; k < ACC_COUNT; k++) run[k]! += tallies[k]!;
      });
      monthsDone++;
    },
    result() {
      const done = Math.max(1, monthsDone);
      return {
        scenario,
        months: monthsDone,
        series: series.map((perMetric) => perMetric.map((values) => values.slice(0, monthsDone))),
        summary: runTotals.map((run) => METRICS.map((metric) => metric.compute(asTotals(run), done))),
        ...(fates ? { households: { fates: { fate: fates.fate.slice(), reason: fates.reason.slice() }, cells: world.hh.cell.slice() } } : {}),
      };
    },
    stateBytesPerHousehold: () => bytesPerHousehold(world.hh),
  };
}

/** Run a scenario to the end. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const simulation = createSimulation(scenario, options);
  while (!simulation.done) simulation.step();
  return simulation.result();
}

function sumIntoGroups(cells: Float64Array, county: Float64Array, groups: Float64Array[]): void {
  for (const tallies of groups) tallies.set(county);
  for (let cell = 0; cell < CELL_COUNT; cell++) {
    for (let g = 0; g < GROUPS.length; g++) {
      if (!cellInGroup(cell, g)) continue;
      const target = groups[g]!;
      for (let k = 0; k < ACC_COUNT; k++) target[k]! += cells[cell * ACC_COUNT + k]!;
    }
  }
}

function asTotals(values: Float64Array): Totals {
  const totals = {} as Totals;
  ACCUMULATORS.forEach((name, k) => {
    totals[name] = values[k]!;
  });
  return totals;
}
