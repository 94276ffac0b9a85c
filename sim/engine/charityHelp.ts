/**
 * Charity help (sources.md §9): a community charity helps the households of its
 * community, a foundation the cases it knows, each with a slot a month per household and
 * the money in hand. Before that, in the months after a disaster, government may dispatch
 * charity money to disaster-hit subsistence needs (administrative incorporation).
 *
 * Community charities go through the month's cases first; foundations then take the needs
 * still unserved, each organisation in its own order. (Both went down one queue, so a
 * foundation reached the cases a community charity had no money left for only when it
 * outlasted the community charity in that queue — a chance that grew as organisations got
 * smaller and their money ran out at less predictable points: a small county's charities
 * served more cases for the same money; docs/MODEL.md §5.)
 *
 * A household accepts charity help with a chance that grows with its own and public trust.
 * Targeting (paper §4.3): with the organisation's visibility bias, a case gets a visible
 * standard package whatever its need — help of the wrong kind, a mismatch, unless the need
 * was subsistence. Joint assessment matches help to the need and stops a charity paying
 * again for a need government's help this month has already met — brought below the need
 * threshold — while a need still in hardship after government aid is topped up (paper §3.4:
 * joint review for those still in difficulty after aid). Help given for a need government
 * had already met is duplication (重复救助), counted in `redundant`.
 */
import { CASH_DOMAINS, COMMUNITY_DOMAINS, FOUNDATION_DOMAINS, communityOf, effectiveBias, foundationOf, type Organisation } from './charities.ts';
import { ACC, ACC_COUNT } from './accumulators.ts';
import { takeHubCase } from './administration.ts';
import { DOMAIN_COUNT, SUBSISTENCE, bit } from './domains.ts';
import { raiseStage } from './gaps.ts';
import { DECLINED, INELIGIBLE, MISMATCH, NO_CAPACITY } from './reasons.ts';
import { BENEFIT, CHARITY, HELPER, SERVICE, bookSpending, fullReliefCost, relieve } from './relief.ts';
import { SALT, keyedUniform } from './random.ts';
import { onCaseList } from './consortium.ts';
import { grantDomains, moneyFor, payFor } from './grantEarmarks.ts';
import { orderCases } from './needList.ts';
import { recordCase, specialisedPrice } from './specialisation.ts';
import { VOLUNTEER_DOMAINS } from './volunteers.ts';
import type { World } from './world.ts';

export function charityHelp(world: World): void {
  const { hh, charities } = world;
  world.charityHelped = 0;
  if (charities.community.length + charities.foundations.length === 0) return;
  emergencyDispatch(world);
  const random = world.random.charity;
  const trust = charities.trust;
  const queue = charityQueue(world);
  // Who accepts help this month; they stay at the front of the queue, in its order.
  let accepted = 0;
  for (let k = 0; k < queue.length; k++) {
    const h = queue[k]!;
    if (random() < 1 - (1 - hh.trustInCharity[h]!) * (1 - trust)) queue[accepted++] = h;
    else raiseStage(hh, h, (hh.knownCommunity[h]! | hh.knownFoundation[h]!) & hh.inNeed[h]!, DECLINED);
  }
  // Community charities first; then foundations, in an order of their own.
  for (let k = 0; k < accepted; k++) {
    const h = queue[k]!;
    const jointly = assessedJointly(world, h);
    if (jointly) world.workload.jointCases++; // once per household-month: the foundations' pass below sees the same answer
    const met = metByGovernment(world, h);
    serve(world, h, communityOf(charities, h, hh.n), hh.knownCommunity[h]! & hh.inNeed[h]! & COMMUNITY_DOMAINS & ~(jointly ? met : 0), jointly, met);
  }
  orderCases(world, shuffle(queue.subarray(0, accepted), random), (h) => hh.knownFoundation[h]! & hh.inNeed[h]!);
  for (let k = 0; k < accepted; k++) {
    const h = queue[k]!;
    const need = hh.inNeed[h]!;
    const byCommunity = hh.knownCommunity[h]! & need;
    const byFoundation = hh.knownFoundation[h]! & need;
    const jointly = assessedJointly(world, h);
    // `met` is read after community help, but only for needs no charity has served yet.
    const met = metByGovernment(world, h);
    serve(world, h, foundationOf(charities, h), byFoundation & FOUNDATION_DOMAINS & ~(jointly ? met : 0) & ~hh.servedCharity[h]!, jointly, met);
    // Known to a charity that does not work in that domain, and to none that does.
    const outside = (byCommunity & ~COMMUNITY_DOMAINS & ~byFoundation) | (byFoundation & ~FOUNDATION_DOMAINS & ~byCommunity);
    raiseStage(hh, h, outside, INELIGIBLE);
    if (helpedByOrganisation(world, h)) world.charityHelped++;
  }
}

const ORGANISATIONS = (1 << HELPER.community_charity) | (1 << HELPER.foundation);

/** Did a community charity or a foundation relieve one of household h's needs this month? */
function helpedByOrganisation(world: World, h: number): boolean {
  for (let d = 0; d < DOMAIN_COUNT; d++) if ((world.hh.helpers[h * DOMAIN_COUNT + d]! & ORGANISATIONS) !== 0) return true;
  return false;
}

/**
 * Does household h's case go to joint assessment this month? One keyed draw, so community
 * charities and foundations see the same answer; always when the case is on a consortium's list.
 */
function assessedJointly(world: World, h: number): boolean {
  const joint = world.scenario.collaboration.jointAssessment;
  // A case on the consortium's shared list is assessed jointly (consortium.ts).
  return joint >= 1 || onCaseList(world, h) || (joint > 0 && keyedUniform(world.scenario.seed, h, world.month, SALT.jointAssessment) < joint);
}

/**
 * The needs of household h that government's help this month has brought below the need
 * threshold. (Joint assessment left out every need government paid anything toward, so a
 * need still in hardship after a partial payment got no charity top-up; docs/MODEL.md §5.)
 */
function metByGovernment(world: World, h: number): number {
  const { hh } = world;
  const served = hh.servedGov[h]!;
  if (served === 0) return 0;
  const threshold = world.scenario.needs.threshold;
  let met = 0;
  for (let d = 0; d < DOMAIN_COUNT; d++) {
    if ((served & bit(d)) !== 0 && hh.severity[h * DOMAIN_COUNT + d]! < threshold) met |= bit(d);
  }
  return met;
}

/**
 * The households with a need a charity knows of, in a random order: cases reach the
 * organisations in no particular order within a month, and none has a standing claim on
 * next month's help. (They were served in id order: the same low-numbered households led
 * every month's queue, and who was served — and so what a case cost — depended on how
 * many cases an organisation could take, that is on the county's size; docs/MODEL.md §5.)
 */
function charityQueue(world: World): Int32Array {
  const { hh, charityOrder: queue } = world;
  let count = 0;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    if (((hh.knownCommunity[h]! | hh.knownFoundation[h]!) & hh.inNeed[h]!) !== 0) queue[count++] = h;
  }
  // A tiered list (needList.ts) then orders them by urgency, type and duration.
  return orderCases(world, shuffle(queue.subarray(0, count), world.random.charity), (h) => (hh.knownCommunity[h]! | hh.knownFoundation[h]!) & hh.inNeed[h]!, true);
}

/** Fisher–Yates, in place. */
function shuffle(households: Int32Array, random: () => number): Int32Array {
  for (let i = households.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const h = households[i]!;
    households[i] = households[j]!;
    households[j] = h;
  }
  return households;
}

/**
 * One organisation helps household h with its needs in `mask`, with one slot for the
 * household. A case it can pay nothing toward does not take a slot: before, a slot went
 * to each case refused for lack of money, so an organisation with little money in hand —
 * a small county's small organisations above all — lost cases it could have helped
 * (charity coverage then fell with county size; docs/MODEL.md §5). `met`: the needs
 * government had already met this month, so that paying for one is duplication.
 */
function serve(world: World, h: number, organisation: Organisation | undefined, mask: number, jointly: boolean, met: number): void {
  if (!organisation || mask === 0) return;
  const { hh, scenario } = world;
  // Volunteers serve care and psychosocial needs in kind, without a paid slot (volunteers.ts).
  mask &= ~serveInKind(world, h, organisation, mask);
  if (mask === 0) return;
  if (organisation.slotsLeft < 1) {
    raiseStage(hh, h, mask, NO_CAPACITY);
    return;
  }
  const c = scenario.charities;
  // A hub matches the case to the right help while its capacity lasts (joint assessment already does).
  const hubMatched = !jointly && world.charities.hubs > 0 && scenario.charities.visibilityBias > 0 && takeHubCase(world);
  const bias = jointly ? 0 : effectiveBias(scenario, organisation, hubMatched);
  const cashCap = organisation.kind === 'community' ? c.community.cashPerCase : c.foundation.cashCap;
  const random = world.random.charity;
  const grantMask = grantDomains(scenario);
  let paid = false;
  for (let d = 0; d < DOMAIN_COUNT; d++) {
    if ((mask & bit(d)) === 0) continue;
    const visible = bias > 0 && random() < bias;
    const cost = fullReliefCost(world, h, d);
    const cash = (CASH_DOMAINS & bit(d)) !== 0;
    const amount = visible ? c.packageValue : Math.min(cash ? cashCap : scenario.needs.serviceCost, cost);
    if (amount <= 0) continue;
    if (moneyFor(organisation, d, grantMask) <= 0) {
      raiseStage(hh, h, bit(d), NO_CAPACITY);
      continue;
    }
    // A case is paid in full from what is in hand; what it costs beyond that is committed
    // from next month's income. So an organisation spends what it receives whatever its
    // size: refusing a case dearer than the rest in hand made small organisations, whose
    // money arrives in small amounts, favour cheap cases (docs/MODEL.md §5).
    // A specialised organisation's service in its brand domain costs it less (specialisation.ts).
    const price = visible ? 1 : specialisedPrice(scenario, organisation, d);
    if (!visible) recordCase(organisation, d);
    paid = true;
    if (met & bit(d)) hh.redundant[h] = hh.redundant[h]! | bit(d);
    let matched: number;
    if (visible && d !== SUBSISTENCE) {
      // A standard material package for a need it does not fit is a mismatch, and its money
      // is wasted (paper §4.3: "需求不匹配反而使得资源浪费", the door subsidy no one needed).
      // Before, it was counted against the household's subsistence need as well — which
      // has its own place in this loop — so bias lost nothing at equal spending.
      matched = 0;
      raiseStage(hh, h, bit(d), MISMATCH);
    } else {
      // A package given for a subsistence need meets it, as cash would.
      matched = relieve(world, h, d, amount, cost, organisation.kind === 'community' ? HELPER.community_charity : HELPER.foundation);
    }
    // Paid from grant money where it may go, then donations (grantEarmarks.ts). A package is
    // goods (a benefit); help of the need's own kind is cash, or a service-month.
    payFor(organisation, d, grantMask, amount * price, matched * price);
    bookOrganisationSpending(world, h, amount * price, matched * price, visible || cash ? BENEFIT : SERVICE);
  }
  if (paid) {
    organisation.slotsLeft -= 1;
    organisation.cases += 1;
  }
}

/**
 * A community charity's volunteers serve household h's care and psychosocial needs in
 * `mask` while its volunteer slots last, in kind: the need is relieved as a paid case-month
 * of service would relieve it, at no cash and no paid slot (volunteers.ts). Volunteers give
 * time, not a standard package, so visibility bias does not apply. Returns the domains served.
 */
function serveInKind(world: World, h: number, organisation: Organisation, mask: number): number {
  let served = 0;
  const inKind = mask & VOLUNTEER_DOMAINS;
  if (organisation.kind !== 'community' || inKind === 0) return 0;
  for (let d = 0; d < DOMAIN_COUNT && organisation.volunteerSlots >= 1; d++) {
    if ((inKind & bit(d)) === 0) continue;
    const cost = fullReliefCost(world, h, d);
    const value = Math.min(world.scenario.needs.serviceCost, cost);
    if (value <= 0) continue;
    organisation.volunteerSlots -= 1;
    relieve(world, h, d, value, cost, HELPER.community_charity);
    world.tallies[world.hh.cell[h]! * ACC_COUNT + ACC.volunteer_help]! += 1;
    served |= bit(d);
  }
  return served;
}

/**
 * Emergency dispatch: in the months after a disaster, government directs a share of
 * charity money to the subsistence needs of disaster-hit households it knows of and has
 * not paid, foundations' money first.
 */
function emergencyDispatch(world: World): void {
  const { hh, scenario, charities, month } = world;
  const share = scenario.collaboration.emergencyDispatch;
  const dispatchMonths = scenario.collaboration.dispatchMonths;
  if (share <= 0 || month - world.lastDisasterMonth >= dispatchMonths) return;
  const pool = [...charities.foundations, ...charities.community];
  let available = share * pool.reduce((sum, o) => sum + Math.max(0, o.funds), 0);
  const cap = scenario.charities.foundation.cashCap;
  for (let k = 0; k < world.activeCount && available > 0; k++) {
    const h = world.active[k]!;
    if (month - hh.disasterMonth[h]! >= dispatchMonths) continue;
    const need = hh.inNeed[h]! & hh.knownGov[h]! & ~hh.servedGov[h]! & bit(SUBSISTENCE);
    if (need === 0) continue;
    const cost = fullReliefCost(world, h, SUBSISTENCE);
    let amount = Math.min(cost, cap, available);
    available -= amount;
    const paid = amount;
    for (const o of pool) {
      const take = Math.min(Math.max(0, o.funds), amount);
      o.funds -= take;
      amount -= take;
      if (amount <= 0) break;
    }
    bookOrganisationSpending(world, h, paid, relieve(world, h, SUBSISTENCE, paid, cost, HELPER.emergency_dispatch), BENEFIT);
  }
}

/** Book help paid from an organisation's own money (charity spending, crowdfunding apart). */
function bookOrganisationSpending(world: World, h: number, amount: number, matched: number, kind: number): void {
  bookSpending(world, h, amount, matched, CHARITY, kind);
  world.tallies[world.hh.cell[h]! * ACC_COUNT + ACC.organisation_spending]! += amount;
}
