/**
 * Each household's fate over the reported months, for counterfactual comparisons: on one
 * seed two scenarios simulate the same households meeting the same shocks, so "who changes
 * fate" is a household-by-household question. A fate is the worst status the household had
 * in any month (story.ts STATUSES: no need < helped < unmet < fell through), with the
 * reason of the need that first brought it there. Pure reads of the state after a month.
 */
import { STATUS, householdStatus, worstUnmetNeed } from './story.ts';
import type { World } from './world.ts';

export interface Fates {
  /** fate[h]: the worst STATUS of household h in any reported month. */
  readonly fate: Uint8Array;
  /** reason[h]: the REASONS index of the unmet need that first gave h its fate (0 where the fate is no need or helped). */
  readonly reason: Uint8Array;
}

export function allocateFates(households: number): Fates {
  return { fate: new Uint8Array(households), reason: new Uint8Array(households) };
}

/** Take this month's statuses into the fates (call after each reported month). */
export function recordFates(world: World, fates: Fates): void {
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const status = householdStatus(world, h);
    if (status <= fates.fate[h]!) continue;
    fates.fate[h] = status;
    fates.reason[h] = status >= STATUS.unmet ? world.hh.stage[worstUnmetNeed(world, h)]! : 0;
  }
}
