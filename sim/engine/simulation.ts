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
  /**
   * Called after each reported month, with the month's state in `simulation.world` and the
   * series so far: how a caller keeps stories (storyLog.ts), household statuses or progress
   * without a month loop of its own.
   */
  readonly onMonth?: (simulation: Simulation) => void;
}

/** One value per reported month: series[group][metric], read-only views into the run's arrays. */
export type SeriesWindow = ReadonlyArray<ReadonlyArray<Float64Array>>;

export interface Simulation {
  readonly world: World;
  /** Reported months done so far. */
  readonly monthsDone: number;
  readonly done: boolean;
  /**
   * Simulate up to `months` more reported months (no further than the run's end), calling
   * `onMonth` after each. The month loop: every caller (runScenario, the page's worker,
   * replays) advances through here. Returns how many months it simulated.
   */
  advance(months: number, onMonth?: (simulation: Simulation) => void): number;
  /** Months [from, from + count) of every series, as views (no copy); valid until the next advance. */
  window(from: number, count: number): SeriesWindow;
  /** Summary per group and metric over the months done (null where undefined). */
  summary(): Array<Array<number | null>>;
  result(): RunResult;
  /** Bytes of typed-array engine state per household. */
  stateBytesPerHousehold(): number;
}

export function createSimulation(scenario: Scenario, options: Pick<RunOptions, 'fates'> = {}): Simulation {
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

  function reportMonth(): void {
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
  }

  const summary = () => runTotals.map((run) => METRICS.map((metric) => metric.compute(asTotals(run), Math.max(1, monthsDone))));

  const simulation: Simulation = {
    world,
    get monthsDone() { return monthsDone; },
    get done() { return monthsDone >= months; },
    advance(count, onMonth) {
      const end = Math.min(months, monthsDone + Math.max(0, count));
      const from = monthsDone;
      while (monthsDone < end) {
        reportMonth();
        onMonth?.(simulation);
      }
      return monthsDone - from;
    },
    window: (from, count) => series.map((perMetric) => perMetric.map((values) => values.subarray(from, from + count))),
    summary,
    result() {
      return {
        scenario,
        months: monthsDone,
        series: series.map((perMetric) => perMetric.map((values) => values.slice(0, monthsDone))),
        summary: summary(),
        ...(fates ? { households: { fates: { fate: fates.fate.slice(), reason: fates.reason.slice() }, cells: world.hh.cell.slice() } } : {}),
      };
    },
    stateBytesPerHousehold: () => bytesPerHousehold(world.hh),
  };
  return simulation;
}

/** Run a scenario to the end: the one per-run function every tool calls. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const simulation = createSimulation(scenario, options);
  simulation.advance(scenario.months, options.onMonth);
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
