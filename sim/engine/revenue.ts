/**
 * Charity revenue (sources.md §9): each month an organisation receives donations that
 * follow public trust against a fixed reference level (an elasticity, scaled by the
 * pattern's trust sensitivity), so that more trust than the reference brings more giving
 * and less brings less, and its kind's reputation; plus its share of government grants.
 * A disaster brings an appeal: extra donations for a few months, which is why charities
 * can respond before government's budgets and approvals catch up (paper §2.1.3,
 * "时间缝隙"). Crowding-out (paper §3.3; Andreoni & Payne, docs/sources.md §3): an
 * organisation that receives grants fundraises less — its fundraising at the reference
 * trust falls by `fundraisingCrowdOut` yuan per yuan of its nominal grant (never below
 * nothing) — and a grant cut does not bring that fundraising back. Trust then scales what
 * the remaining fundraising raises, so a scandal costs every organisation the same share
 * of its own donations whatever its grants. An organisation's
 * service slots follow the money it has to spend (its staff are paid from it), so a fall in
 * donations or grants cuts the cases it can take, not only the money it can give, and money
 * left over buys more cases next month rather than lying idle.
 */
import { ACC } from './accumulators.ts';
import type { Organisation } from './charities.ts';
import { countEvaluatedGrants, grantWeights, receiveMoney } from './grantEarmarks.ts';
import { appealGiving } from './appealFatigue.ts';
import { recordIncome } from './scandals.ts';
import type { World } from './world.ts';
import { power } from '../common/exactMath.ts';

export function charityRevenue(world: World): void {
  const { charities, scenario } = world;
  const c = scenario.charities;
  const t = scenario.trust;
  if (charities.community.length + charities.foundations.length === 0) return;
  // Grants per standard-sized organisation: each gets its size's share, so a small county's
  // few small organisations get what a large county's many give them (size invariance).
  // Earmarks to kinds and outcome evaluation weigh the shares (grantEarmarks.ts); by default the weight is the size.
  const organisations = [...charities.community, ...charities.foundations];
  const weights = grantWeights(scenario, organisations);
  let standard = 0;
  for (const w of weights) standard += w;
  const nominalGrantPerSize = standard > 0 ? (c.grantsPerHousehold * scenario.households) / 12 / standard : 0;
  let next = 0;
  const trustFactor = power(Math.max(0, charities.trust) / t.donationReference, t.donationElasticity * c.trustSensitivity);
  // Disaster appeals, their fatigue and regular giving pledged after them (appealFatigue.ts).
  const { appeal, regular } = appealGiving(world);
  let donations = 0;
  let grants = 0;
  const pay = (organisation: Organisation, perYear: number, slots: number, reputation: number) => {
    const base = (perYear * organisation.size) / 12;
    const nominalGrant = nominalGrantPerSize * weights[next++]!;
    const grant = nominalGrant * charities.grantFactor;
    // Grants crowd out fundraising effort (the donors reached); what that effort raises follows trust.
    const fundraised = Math.max(0, base - c.fundraisingCrowdOut * nominalGrant) * trustFactor * reputation;
    const regularGifts = base * regular;
    world.workload.regularGifts += regularGifts;
    const given = fundraised + base * appeal + regularGifts;
    receiveMoney(scenario, organisation, given, grant);
    recordIncome(organisation, given + grant);
    // Staff are paid from the money in hand: capacity follows it against a month's donations
    // at rest. (It followed this month's income alone, so an organisation whose cases cost
    // little — cheap visible packages — ran out of slots and held ever more money unspent.)
    const capacity = base > 0 ? (slots * organisation.size * Math.max(0, organisation.funds + organisation.grantFunds)) / base : slots * organisation.size;
    // Unused whole slots lapse (staff time does not keep), but the part of a case a month's
    // income pays for carries over: a small organisation would otherwise lose up to a case
    // a month to rounding, a larger share of its capacity than a large one loses.
    organisation.slotsLeft = (organisation.slotsLeft % 1) + capacity;
    donations += given;
    grants += grant;
  };
  for (const o of charities.community) pay(o, c.community.donationsPerYear, c.community.slotsPerMonth, charities.reputation.community);
  for (const o of charities.foundations) pay(o, c.foundation.donationsPerYear, c.foundation.slotsPerMonth, charities.reputation.foundation);
  world.county[ACC.charity_donations]! += donations;
  world.county[ACC.charity_grants]! += grants;
  countEvaluatedGrants(world, grants);
}
