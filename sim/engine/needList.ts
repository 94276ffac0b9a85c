/**
 * Tiered need lists (分级分类需求清单, paper §5.3: "对需求紧急程度、服务所需类型、受益周期等
 * 进行分级识别，建立动态需求清单"). Under `collaboration.needList` "tiered", the cases of
 * the month are taken in order of urgency — the grade of the most severe need known, at the
 * start of the month: 0.7 and above, 0.5 and above, the rest — then of type (subsistence
 * and medical, the basic needs, before the others), then of how long the need has gone
 * unmet (its run of unmet months up to last month). Cases alike in all three keep the
 * random order they came in, so no household has a standing claim on help. Under "random",
 * today's order, nothing is done. Keeping the list costs staff time per listed case,
 * booked as government administration: the need list is kept on the civil-affairs
 * assistance platform that government and charities share.
 */
import { orderByKey } from './caseOrder.ts';
import { DOMAIN_COUNT, MEDICAL, SUBSISTENCE, bit } from './domains.ts';
import type { World } from './world.ts';

/** Severity grades of urgency: at or above the first is urgent, the second serious. */
const URGENT = 0.7;
const SERIOUS = 0.5;
const BASIC_NEEDS = bit(SUBSISTENCE) | bit(MEDICAL);
/** The highest priority: grade 2, a basic need, 255 months unmet (the streak's cap). */
const MAX_PRIORITY = (2 * 2 + 1) * 256 + 255;

export const tieredLists = (world: World): boolean => world.scenario.collaboration.needList === 'tiered';

/** Household h's place on a tiered list, by its needs in `known`: higher comes first. */
export function priority(world: World, h: number, known: number): number {
  const { hh } = world;
  let worst = 0;
  let longest = 0;
  for (let d = 0; d < DOMAIN_COUNT; d++) {
    if ((known & bit(d)) === 0) continue;
    const i = h * DOMAIN_COUNT + d;
    worst = Math.max(worst, hh.severityBefore[i]!);
    longest = Math.max(longest, hh.unmetStreak[i]!);
  }
  const grade = worst >= URGENT ? 2 : worst >= SERIOUS ? 1 : 0;
  return (grade * 2 + ((known & BASIC_NEEDS) !== 0 ? 1 : 0)) * 256 + longest;
}

/**
 * Put `households` in the tiered order, in place, ties kept in their current order; the
 * needs of each that count are `knownOf(h)`. Does nothing unless lists are tiered.
 * `listed`: these are the month's listed cases, whose keeping is booked.
 */
export function orderCases(world: World, households: Int32Array, knownOf: (h: number) => number, listed = false): Int32Array {
  if (!tieredLists(world)) return households;
  if (listed) world.workload.listedCases += households.length;
  return orderByKey(households, (h) => MAX_PRIORITY - priority(world, h, knownOf(h)));
}
