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
    while (!simulation.done) {
      simulation.step();
      if (simulation.monthsDone === 10) partial.push(JSON.stringify(simulation.result().summary));
    }
    expect(toJson(simulation.result())).toBe(toJson(runScenario(scenario)));
    expect(partial[0]).not.toBe(JSON.stringify(simulation.result().summary));
    expect(() => simulation.step()).toThrow(/run is over/);
  });

  it('holds well under 300 bytes of typed-array state per household', () => {
    const simulation = createSimulation(small({ households: 1000, months: 1 }));
    expect(simulation.stateBytesPerHousehold()).toBeLessThan(300);
  });
});
