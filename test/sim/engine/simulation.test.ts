import { describe, expect, it } from 'vitest';
import { createSimulation, runScenario } from '../../../sim/engine/simulation.ts';
import { toJson } from '../../../sim/output/formats.ts';
import { small } from '../helpers.ts';

describe('runScenario', () => {
  it('is deterministic: the same scenario and seed give byte-identical output', () => {
    const a = toJson(runScenario(small({ seed: 11 })));
    const b = toJson(runScenario(small({ seed: 11 })));
    expect(a).toBe(b);
    expect(toJson(runScenario(small({ seed: 12 })))).not.toBe(a);
  });

  it('gives the same result stepped month by month as run to the end', () => {
    const scenario = small({ seed: 4 });
    const simulation = createSimulation(scenario);
    const partial: string[] = [];
    let calls = 0;
    expect(simulation.advance(7)).toBe(7);
    while (!simulation.done) {
      simulation.advance(3, ({ monthsDone }) => {
        calls++;
        if (monthsDone === 10) partial.push(JSON.stringify(simulation.summary()));
      });
    }
    expect(calls).toBe(scenario.months - 7);
    expect(toJson(simulation.result())).toBe(toJson(runScenario(scenario)));
    expect(partial[0]).not.toBe(JSON.stringify(simulation.result().summary));
    expect(simulation.advance(5)).toBe(0);
  });

  it('shows a window of the series without copying it, and calls onMonth once a month', () => {
    const scenario = small({ seed: 5, months: 12 });
    const seen: number[] = [];
    const result = runScenario(scenario, { onMonth: ({ monthsDone }) => seen.push(monthsDone) });
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const simulation = createSimulation(scenario);
    simulation.advance(12);
    const window = simulation.window(4, 3);
    expect([...window[0]![1]!]).toEqual([...result.series[0]![1]!.subarray(4, 7)]);
    expect(window[0]![1]!.buffer).toBe(simulation.window(0, 12)[0]![1]!.buffer);
    expect(simulation.summary()).toEqual(result.summary);
  });

  it('holds well under 300 bytes of typed-array state per household', () => {
    const simulation = createSimulation(small({ households: 1000, months: 1 }));
    expect(simulation.stateBytesPerHousehold()).toBeLessThan(300);
  });
});
