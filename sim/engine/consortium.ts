/**
 * The township/street assistance consortium (乡镇（街道）社会救助服务联合体, paper §5.2:
 * "整合民政专干、慈善工作者、社区社工、志愿者等队伍的沟通和工作机制"): civil-affairs
 * officers, charity staff, social workers and volunteer leaders work one shared case list
 * through one door.
 *
 * Each month, after every other discovery channel, the households in need that any actor
 * knows of — government, its community charity or a foundation — are candidates for the
 * list. Up to its capacity, `staffPer10k` × households / 10,000 × `casesPerStaffMonth`
 * households: the cases already on the list that are still in need stay on it (a case is
 * managed until its need ends), then new cases join in the order they reached the door (a
 * keyed draw, or under a tiered need list by urgency, type and duration: needList.ts).
 * Beyond capacity a case is not listed, and its actors know only what they knew.
 *
 * A listed case is known to every actor that serves its domains: government learns every
 * need any actor knew (so a case opens or re-opens at the one window, caseReview.ts) and the
 * charities learn the needs in their domains — an application at the one door reaches them
 * all. And it is assessed jointly (charityHelp.ts): help fits the need, and a charity does
 * not pay again for a need government's help has met this month.
 *
 * The staff cost `costPerStaffYear` each, booked as government administration: the
 * consortium is set up and funded by the township or street government (the paper puts
 * 健全制度衔接载体 among government's tasks; township social-work stations are funded by
 * civil affairs, sources.md §10), whoever employs the staff it seconds.
 */
import { COMMUNITY_DOMAINS, FOUNDATION_DOMAINS } from './charities.ts';
import { orderByKey } from './caseOrder.ts';
import { orderCases, tieredLists } from './needList.ts';
import { SALT, keyedUniform } from './random.ts';
import type { World } from './world.ts';

/** Is household h on the consortium's case list this month? */
export const onCaseList = (world: World, h: number): boolean => world.hh.consortiumMonth[h] === world.month;

/** Households the list holds in month m: fractions of a place add up over the months. */
export function capacityIn(world: World, month: number): number {
  const c = world.scenario.consortium;
  const perMonth = (c.staffPer10k * world.hh.n / 10_000) * c.casesPerStaffMonth;
  // Months counted from the start of the warm-up, so the index is never negative.
  const m = month + world.scenario.warmupMonths + 1;
  return Math.floor(perMonth * m) - Math.floor(perMonth * (m - 1));
}

export function consortiumCaseList(world: World): void {
  const c = world.scenario.consortium;
  if (c.staffPer10k <= 0) return;
  const { hh, month } = world;
  let places = capacityIn(world, month);
  const knownToAny = (h: number): number => (hh.knownGov[h]! | hh.knownCommunity[h]! | hh.knownFoundation[h]!) & hh.inNeed[h]!;
  // Cases on last month's list that are still in need keep their place; the rest wait at the door.
  const waiting = world.charityOrder; // scratch: charityHelp.ts fills it afresh later in the month
  let count = 0;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    if (knownToAny(h) === 0) continue;
    if (hh.consortiumMonth[h] === month - 1 && places > 0) {
      list(world, h, knownToAny(h));
      places--;
    } else {
      waiting[count++] = h;
    }
  }
  if (places <= 0 || count === 0) return;
  const door = arrivalOrder(world, waiting.subarray(0, count));
  if (tieredLists(world)) orderCases(world, door, knownToAny);
  for (let k = 0; k < door.length && places > 0; k++, places--) list(world, door[k]!, knownToAny(door[k]!));
}

/** The order in which waiting cases reached the door this month: a keyed draw per household and month (to 2^-20). */
function arrivalOrder(world: World, households: Int32Array): Int32Array {
  const seed = world.scenario.seed;
  return orderByKey(households, (h) => Math.floor(keyedUniform(seed, h, world.month, SALT.consortium) * 2 ** 20));
}

/** Put household h on the list: every actor serving its domains learns the needs any knew. */
function list(world: World, h: number, known: number): void {
  const { hh } = world;
  const newToGovernment = known & ~hh.knownGov[h]!;
  hh.knownGov[h] = hh.knownGov[h]! | known;
  hh.newlyKnown[h] = hh.newlyKnown[h]! | newToGovernment;
  hh.knownCommunity[h] = hh.knownCommunity[h]! | (known & COMMUNITY_DOMAINS);
  hh.knownFoundation[h] = hh.knownFoundation[h]! | (known & FOUNDATION_DOMAINS);
  hh.consortiumMonth[h] = world.month;
}
