/**
 * What a run holds in memory, for checking before it starts (the CLI) and warning before
 * it starts (the web page). Measured by `npm run bench`: the engine's peak is 172 bytes per
 * household; 250 leaves room. The monthly series of every metric and group are kept twice
 * while the output is made.
 */
import { GROUPS } from './groups.ts';
import { METRICS } from './metrics.ts';

export const PEAK_BYTES_PER_HOUSEHOLD = 250;

export function runBytes(households: number, months: number): number {
  return households * PEAK_BYTES_PER_HOUSEHOLD + months * GROUPS.length * METRICS.length * 8 * 2;
}
