/** The engine worker's API, called directly in Node (the same object Comlink exposes in the browser). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/engine/simulation.ts';
import { composeScenario } from '../../sim/scenario/compose.ts';
import { loadScenario } from '../../sim/scenario/load.ts';
import { toCsv } from '../../sim/output/formats.ts';
import { api } from '../../web/worker.ts';

const baselinePath = fileURLToPath(new URL('../../scenarios/baseline.json', import.meta.url));
const raw = { ...composeScenario(baselinePath, (p) => readFileSync(p, 'utf8')), households: 1500, months: 12 };

describe('the engine worker', () => {
  it('refuses an invalid scenario with the loader\'s message', () => {
    expect(api.validate({ ...raw, months: -3 })).toEqual({ error: expect.stringContaining('months: is -3') });
    expect(api.open({ raw: { ...raw, pattern: 'x' }, seed: 1, withStatuses: false })).toEqual({ error: expect.stringContaining('pattern: is "x"') });
    expect(api.validate(raw)).toEqual({ ok: true });
  });

  it('streams batches of months that add up to the same run as the CLI\'s, and the same CSV', () => {
    const info = api.open({ raw, seed: 3, withStatuses: true });
    if ('error' in info) throw new Error(info.error);
    expect(info.cells).toHaveLength(1500);
    const first = api.advance(info.id, 5);
    const second = api.advance(info.id, 100);
    expect([first.from, first.count, first.done]).toEqual([0, 5, false]);
    expect([second.from, second.count, second.done]).toEqual([5, 7, true]);
    expect(first.statuses).toHaveLength(5 * 1500);
    expect(first.values).toHaveLength(info.groupNames.length * info.metricNames.length * 5);
    const cli = runScenario(loadScenario(baselinePath, (p) => readFileSync(p, 'utf8'), { overrides: { households: 1500, months: 12, seed: 3 } }));
    expect(api.csv(info.id)).toBe(toCsv(cli));
    // The last batch carries the run's summary, the CLI's numbers: the page derives none of its own.
    expect(first.summary).toBeUndefined();
    expect(second.summary).toEqual(cli.summary);
    const m = info.metricNames.indexOf('in_need');
    expect(first.values[m * 5 + 4]).toBe(cli.series[0]![m]![4]);
    api.close(info.id);
    expect(() => api.advance(info.id, 1)).toThrow(/no run/);
  });

  it('tells a household\'s story over the months done, from the log kept while running or by re-simulating', () => {
    const logged = api.open({ raw, seed: 1, withStatuses: true });
    const replayed = api.open({ raw, seed: 1, withStatuses: false });
    if ('error' in logged || 'error' in replayed) throw new Error('invalid');
    api.advance(logged.id, 6);
    api.advance(replayed.id, 6);
    let told = 0;
    for (const h of [0, 42, 777, 1499]) {
      const story = api.story(logged.id, h);
      expect(story, `household ${h}`).toEqual(api.story(replayed.id, h));
      for (const month of story) {
        expect(month.month).toBeGreaterThanOrEqual(1);
        expect(month.month).toBeLessThanOrEqual(6);
        expect(month.needs.length > 0 || month.dibao).toBe(true);
      }
      told += story.length;
    }
    expect(told).toBeGreaterThan(0);
  });
});
