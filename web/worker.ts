/**
 * The engine in a Web Worker (and, for tests, in Node): the same sim/engine code as the
 * CLI, behind the small API of contract.ts. Nothing here runs on the page's main thread.
 */
import * as Comlink from 'comlink';
import { DEFAULT_FIT, fitCounty } from '../sim/county/fit.ts';
import { runOne } from '../sim/experiment/runOne.ts';
import { GROUPS } from '../sim/engine/groups.ts';
import { METRICS, METRIC_NAMES } from '../sim/engine/metrics.ts';
import { createSimulation, type Simulation } from '../sim/engine/simulation.ts';
import { householdMonth, householdStatuses, type MonthStory } from '../sim/engine/story.ts';
import { StoryLog, canKeepStoryLog, isStoryMonth } from '../sim/engine/storyLog.ts';
import { ScenarioError } from '../sim/scenario/errors.ts';
import { withPattern } from '../sim/scenario/load.ts';
import type { Scenario } from '../sim/scenario/parameters.ts';
import { validateScenario } from '../sim/scenario/validate.ts';
import { toCsv } from '../sim/output/formats.ts';
import type { EngineApi, Invalid, MonthBatch, OpenRequest } from './contract.ts';

interface Run {
  readonly scenario: Scenario;
  readonly simulation: Simulation;
  readonly withStatuses: boolean;
  /** Kept for the run whose households the page shows, when it fits in memory. */
  readonly log?: StoryLog;
}

const runs = new Map<number, Run>();
let nextId = 1;

function resolve(raw: Record<string, unknown>): Scenario | Invalid {
  try {
    return validateScenario(withPattern(raw));
  } catch (error) {
    if (error instanceof ScenarioError) return { error: error.message };
    throw error;
  }
}

export const api: EngineApi = {
  validate(raw) {
    const scenario = resolve(raw);
    return 'error' in scenario ? scenario : { ok: true };
  },

  open(request: OpenRequest) {
    const scenario = resolve({ ...request.raw, seed: request.seed });
    if ('error' in scenario) return scenario;
    const simulation = createSimulation(scenario, { fates: request.withFates === true });
    const id = nextId++;
    const log = request.withStatuses && canKeepStoryLog(scenario.households, scenario.months) ? new StoryLog(scenario.gaps.fellThroughMonths) : undefined;
    runs.set(id, { scenario, simulation, withStatuses: request.withStatuses, ...(log ? { log } : {}) });
    return {
      id,
      months: scenario.months,
      households: scenario.households,
      cells: simulation.world.hh.cell.slice(),
      metricNames: METRIC_NAMES,
      groupNames: [...GROUPS],
    };
  },

  advance(id, months) {
    const run = need(id);
    const { simulation } = run;
    const from = simulation.monthsDone;
    const count = Math.max(0, Math.min(months, run.scenario.months - from));
    const n = run.scenario.households;
    const statuses = run.withStatuses ? new Uint8Array(count * n) : undefined;
    simulation.advance(count, ({ world, monthsDone }) => {
      const i = monthsDone - 1 - from;
      if (statuses) householdStatuses(world, statuses.subarray(i * n, (i + 1) * n));
      run.log?.record(world);
    });
    const window = simulation.window(from, count);
    const values = new Float64Array(GROUPS.length * METRICS.length * count);
    for (let g = 0; g < GROUPS.length; g++) {
      for (let m = 0; m < METRICS.length; m++) values.set(window[g]![m]!, (g * METRICS.length + m) * count);
    }
    const batch: MonthBatch = { from, count, values, ...(statuses ? { statuses } : {}), done: simulation.done, ...(simulation.done ? { summary: simulation.summary() } : {}) };
    return Comlink.transfer(batch, [values.buffer, ...(statuses ? [statuses.buffer] : [])]);
  },

  csv(id) {
    return toCsv(need(id).simulation.result());
  },

  fates(id) {
    const { simulation } = need(id);
    const households = simulation.done ? simulation.result().households : undefined;
    return households ? { ...households.fates, cells: households.cells } : undefined;
  },

  story(id, h) {
    const run = need(id);
    if (run.log) return run.log.story(h);
    // Too large a county to keep a log: re-simulate it (runs are deterministic).
    const months: MonthStory[] = [];
    createSimulation(run.scenario).advance(run.simulation.monthsDone, ({ world }) => {
      const month = householdMonth(world, h);
      if (isStoryMonth(month)) months.push(month);
    });
    return months;
  },

  close(id) {
    runs.delete(id);
  },

  async fitCounty(profile, warnings, maxEvaluations, onProgress) {
    // The fit tells each stage's start and end; runs are told one by one as they end here.
    let stage = '', total = 0;
    const progress = (name: string, done: number, of: number) => {
      stage = name;
      total = of;
      void onProgress?.(name, done, of);
    };
    return fitCounty(profile, warnings, async (requests) => requests.map((request, i) => {
      const record = runOne(request);
      if (i + 1 < requests.length) void onProgress?.(stage, i + 1, total);
      return record;
    }), { ...DEFAULT_FIT, maxEvaluations }, progress);
  },
};

function need(id: number): Run {
  const run = runs.get(id);
  if (!run) throw new Error(`no run ${id}`);
  return run;
}

if ('WorkerGlobalScope' in globalThis) Comlink.expose(api);
