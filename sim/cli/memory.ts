/** Whether a run fits in this machine's memory, checked before it starts. Node only. */
import { totalmem } from 'node:os';
import { GROUPS } from '../engine/groups.ts';
import { METRICS } from '../engine/metrics.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { BadInputError } from './errors.ts';

/**
 * Memory a run needs at most: the engine's peak per household (`npm run bench` measures
 * 172 bytes; 250 leaves room) and the monthly series of every metric and group, kept twice
 * while the output is made. Refused up front when it is more than most of this machine's
 * memory, rather than killed when it runs out.
 */
const BYTES_PER_HOUSEHOLD = 250;

export function checkMemory(scenario: Scenario, total = totalmem()): void {
  const bytes = scenario.households * BYTES_PER_HOUSEHOLD + scenario.months * GROUPS.length * METRICS.length * 8 * 2;
  const available = 0.8 * total;
  if (bytes > available) {
    const gb = (b: number) => (b / 2 ** 30).toFixed(1);
    throw new BadInputError(`households: ${scenario.households} households for ${scenario.months} months need about ${gb(bytes)} GB of memory; this machine has ${gb(total)} GB; expected a smaller county`);
  }
}
