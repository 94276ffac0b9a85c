import { describe, expect, it, vi } from 'vitest';
import type { MonthBatch, OpenRequest } from '../../web/contract.ts';
import type { Remote, RunHandle } from '../../web/engineClient.ts';
import { RunController, type RunCost } from '../../web/runController.ts';
import { initialState, type AppState } from '../../web/state.ts';
import { Store } from '../../web/store.ts';

const MONTHS = 18;
const HOUSEHOLDS = 3;

/** An engine worker that simulates nothing: month m of a run holds the value m. */
function fakeWorker() {
  const runs = new Map<number, { request: OpenRequest; done: number }>();
  const closed: number[] = [];
  let next = 0;
  const worker = {
    validate: () => ({ ok: true }),
    open(request: OpenRequest) {
      runs.set(++next, { request, done: 0 });
      return { id: next, months: MONTHS, households: HOUSEHOLDS, cells: new Uint8Array(HOUSEHOLDS), metricNames: ['m'], groupNames: ['all'] };
    },
    advance(id: number, months: number): MonthBatch {
      const run = runs.get(id)!;
      const from = run.done;
      const count = Math.min(months, MONTHS - from);
      run.done += count;
      return {
        from, count, done: run.done === MONTHS,
        values: Float64Array.from({ length: count }, (_, i) => from + i),
        ...(run.request.withStatuses ? { statuses: new Uint8Array(count * HOUSEHOLDS) } : {}),
      };
    },
    close: (id: number) => { closed.push(id); },
  };
  return { remote: worker as unknown as Remote, closed };
}

function setUp(options: { large?: boolean; seeds?: number } = {}) {
  const store = new Store<AppState>({ ...initialState(), seeds: options.seeds ?? 2 });
  const worker = fakeWorker();
  const cost = { plan: vi.fn(), confirm: vi.fn(async () => !options.large), learn: vi.fn() };
  const controller = new RunController(store, [worker.remote], cost as unknown as RunCost);
  /** Each announcement of the runs: whether the array was new, and the months each run has. */
  const announced: Array<{ fresh: boolean; months: number[] }> = [];
  let last: readonly RunHandle[] = store.state.runs;
  store.subscribe((state, changed) => {
    if (!changed.has('runs')) return;
    announced.push({ fresh: state.runs !== last, months: state.runs.map((r) => r.monthsDone) });
    last = state.runs;
  });
  return { store, controller, cost, closed: worker.closed, announced };
}

describe('the run controller', () => {
  it('runs every seed to the end, announcing the new runs, then each batch of months in the same runs', async () => {
    const { store, controller, cost, announced } = setUp();
    await controller.run();
    const { runs, running, busy } = store.state;
    expect(runs.map((r) => r.request.seed)).toEqual([1, 2]);
    expect(runs.every((r) => r.done && r.monthsDone === MONTHS)).toBe(true);
    expect(Array.from(runs[1]!.series[0]![0]!)).toEqual(Array.from({ length: MONTHS }, (_, m) => m));
    // Only the first seed's households are shown, so only it sends their statuses.
    expect([runs[0]!.statuses.length, runs[1]!.statuses.length]).toEqual([MONTHS, 0]);
    expect([running, busy]).toEqual([false, false]);
    expect(announced[0]).toEqual({ fresh: true, months: [] });
    expect(announced[1]).toEqual({ fresh: true, months: [0, 0] });
    expect(announced.slice(2).every((a) => !a.fresh)).toBe(true);
    expect(announced.at(-1)!.months).toEqual([MONTHS, MONTHS]);
    expect(cost.learn).toHaveBeenCalledTimes(1);
  });

  it('resets the runs when the scenario or the seeds change: closed in their worker, none left to show', async () => {
    const { store, controller, closed } = setUp();
    await controller.step();
    const ids = store.state.runs.map((r) => r.id);
    expect(store.state.runs.map((r) => r.monthsDone)).toEqual([1, 1]);
    store.update({ raw: { ...store.state.raw, months: 24 } });
    expect(store.state.runs).toEqual([]);
    expect(closed).toEqual(ids);
    await controller.step();
    store.update({ seeds: 3 });
    expect(store.state.runs).toEqual([]);
  });

  it('stops a run that is reset on its way, and announces nothing more of it', async () => {
    const { store, controller, cost, announced } = setUp();
    const stopWatching = store.subscribe((state) => {
      if (state.runs[0]?.monthsDone === 6) controller.reset();
    });
    await controller.run();
    stopWatching();
    expect(store.state.runs).toEqual([]);
    expect(announced.at(-1)).toEqual({ fresh: true, months: [] });
    expect(announced.every((a) => a.months.every((m) => m <= 12))).toBe(true);
    expect(cost.learn).not.toHaveBeenCalled();
    expect([store.state.running, store.state.busy]).toEqual([false, false]);
  });

  it('plays a month at a time until paused, then steps one month', async () => {
    const { store, controller } = setUp();
    controller.speed = 50;
    await controller.play();
    expect(store.state.playing).toBe(true);
    await vi.waitFor(() => expect(store.state.runs[0]?.monthsDone).toBeGreaterThanOrEqual(3), { interval: 1 });
    expect(store.state.runs[0]!.monthsDone).toBeLessThan(MONTHS);
    controller.pause();
    expect([store.state.playing, store.state.busy]).toEqual([false, false]);
    const paused = store.state.runs[0]!.monthsDone;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.state.runs[0]!.monthsDone).toBe(paused);
    await controller.step();
    expect(store.state.runs.map((r) => r.monthsDone)).toEqual([paused + 1, paused + 1]);
  });

  it('plays to the end and stops there', async () => {
    const { store, controller } = setUp({ seeds: 1 });
    controller.speed = 1000;
    await controller.play();
    await vi.waitFor(() => expect(store.state.playing).toBe(false));
    expect(store.state.runs[0]!.done).toBe(true);
  });

  it('opens no runs for a scenario the engine refuses, or a large run declined', async () => {
    const refused = setUp();
    refused.store.update({ invalid: 'months: is 0' });
    await refused.controller.run();
    expect(refused.store.state.runs).toEqual([]);
    const declined = setUp({ large: true });
    await declined.controller.step();
    expect(declined.cost.confirm).toHaveBeenCalled();
    expect(declined.store.state.runs).toEqual([]);
  });
});
