/**
 * Community social workers (社区社工, paper §5.2; the township social-work stations,
 * sources.md §10): government's own staff for the needs that cash and databases miss.
 *
 *  - Home visits (socialWorkVisits, in discovery): each social worker visits
 *    `visitsPerMonth` households a month, among the households the stations look after —
 *    an older head or a disabled member (探访关爱), or a case at civil affairs. A visit finds
 *    the household's care and psychosocial needs, which no department's data hold
 *    (dataMatching.ts), and makes them known to government, as a match would: a case then
 *    opens and is reviewed (caseReview.ts).
 *  - Casework (socialWorkCasework, after purchased services): up to `casesPerMonth` cases a
 *    social worker, households with a care or psychosocial need government knows and none
 *    of its programmes served this month each get a month of casework or care, relieving as
 *    much as a month of purchased service at needs.serviceCost would. Their wage pays for it
 *    (administration.ts books it), not a service budget, so no aid spending is booked.
 *
 * Why (paper §5.2): the paper asks for social workers in the community to find needs early
 * and serve the needs material aid does not meet; before this module the model had
 * caseworkers who only ran means tests. Draws are keyed (random.ts), so with no social
 * workers every other draw is unchanged.
 */
import { CARE, PSYCHOSOCIAL, bit } from './domains.ts';
import { HELPER, fullReliefCost, relieve } from './relief.ts';
import { SALT, keyedUniform } from './random.ts';
import { CASE_NONE, DISABLED, ELDERLY } from './state.ts';
import type { World } from './world.ts';

/** The needs social workers find and serve. */
export const SOCIAL_WORK_DOMAINS = bit(CARE) | bit(PSYCHOSOCIAL);
const SOCIAL_WORK_NEEDS = [CARE, PSYCHOSOCIAL] as const;
const LOOKED_AFTER = ELDERLY | DISABLED;

/** Social workers in the county (fractional in a small county: their capacity scales with it). */
export const socialWorkersOf = (world: World): number => (world.scenario.government.socialWorkers.per10k * world.hh.n) / 10_000;

const lookedAfter = (world: World, h: number): boolean =>
  (world.hh.flags[h]! & LOOKED_AFTER) !== 0 || world.hh.caseState[h] !== CASE_NONE;

export function socialWorkVisits(world: World): void {
  const visits = socialWorkersOf(world) * world.scenario.government.socialWorkers.visitsPerMonth;
  if (visits <= 0) return;
  const { hh, month } = world;
  let targets = 0;
  for (let h = 0; h < hh.n; h++) if (lookedAfter(world, h)) targets++;
  if (targets === 0) return;
  const chance = Math.min(1, visits / targets);
  const seed = world.scenario.seed;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const unknown = hh.inNeed[h]! & ~hh.knownGov[h]! & SOCIAL_WORK_DOMAINS;
    if (unknown === 0 || !lookedAfter(world, h) || keyedUniform(seed, h, month, SALT.socialWorkVisit) >= chance) continue;
    hh.knownGov[h] = hh.knownGov[h]! | unknown;
    hh.newlyKnown[h] = hh.newlyKnown[h]! | unknown;
  }
}

export function socialWorkCasework(world: World): void {
  const s = world.scenario;
  const capacity = socialWorkersOf(world) * s.government.socialWorkers.casesPerMonth + world.socialWorkCarry;
  let cases = Math.floor(capacity);
  world.socialWorkCarry = capacity - cases;
  const count = world.activeCount;
  if (cases <= 0 || count === 0) return;
  const { hh } = world;
  // The month's list is walked from a random start, so no household has a standing claim.
  const start = Math.floor(keyedUniform(s.seed, 0, world.month, SALT.socialWorkOrder) * count);
  for (let j = 0; j < count && cases > 0; j++) {
    const h = world.active[(start + j) % count]!;
    const open = hh.knownGov[h]! & hh.inNeed[h]! & SOCIAL_WORK_DOMAINS & ~hh.servedGov[h]!;
    if (open === 0) continue;
    cases--;
    for (const d of SOCIAL_WORK_NEEDS) {
      if ((open & bit(d)) === 0) continue;
      const cost = fullReliefCost(world, h, d);
      relieve(world, h, d, Math.min(s.needs.serviceCost, cost), cost, HELPER.social_work);
    }
  }
}
