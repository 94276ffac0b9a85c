import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../sim/engine/simulation.ts';
import { REASONS } from '../../../sim/engine/reasons.ts';
import { STATUS, householdStatuses } from '../../../sim/engine/story.ts';
import { small, withCharities } from '../helpers.ts';

describe('household fates', () => {
  it('are each household\'s worst status over the reported months, with a reason for the unmet', () => {
    const scenario = small({ households: 1000, months: 12, ...withCharities });
    const simulation = createSimulation(scenario, { fates: true });
    const worst = new Uint8Array(scenario.households);
    const statuses = new Uint8Array(scenario.households);
    simulation.advance(scenario.months, ({ world }) => {
      householdStatuses(world, statuses);
      for (let h = 0; h < worst.length; h++) worst[h] = Math.max(worst[h]!, statuses[h]!);
    });
    const { households } = simulation.result();
    expect(households).toBeDefined();
    expect(households!.fates.fate).toEqual(worst);
    expect(households!.cells).toEqual(simulation.world.hh.cell);
    for (const fate of Object.values(STATUS)) expect(worst.includes(fate), `fate ${fate}`).toBe(true);
    households!.fates.reason.forEach((reason, h) => {
      expect(reason).toBeLessThan(REASONS.length);
      if (worst[h]! < STATUS.unmet) expect(reason).toBe(0);
    });
  });

  it('are kept only when asked, and change nothing in the run', () => {
    const scenario = small({ households: 500, months: 6, ...withCharities });
    const plain = createSimulation(scenario);
    const kept = createSimulation(scenario, { fates: true });
    plain.advance(scenario.months);
    kept.advance(scenario.months);
    expect(plain.result().households).toBeUndefined();
    expect(kept.result().summary).toEqual(plain.result().summary);
  });
});
