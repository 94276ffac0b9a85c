/** Whether a run fits in this machine's memory, checked before it starts. Node only. */
import { totalmem } from 'node:os';
import { runBytes } from '../engine/footprint.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { BadInputError } from './errors.ts';

/**
 * A run that needs more than most of this machine's memory (engine/footprint.ts) is
 * refused up front, rather than killed when it runs out.
 */
export function checkMemory(scenario: Scenario, total = totalmem()): void {
  const bytes = runBytes(scenario.households, scenario.months);
  const available = 0.8 * total;
  if (bytes > available) {
    const gb = (b: number) => (b / 2 ** 30).toFixed(1);
    throw new BadInputError(`households: ${scenario.households} households for ${scenario.months} months need about ${gb(bytes)} GB of memory; this machine has ${gb(total)} GB; expected a smaller county`);
  }
}
