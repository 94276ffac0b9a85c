/**
 * Charity revenue (sources.md §9): each month an organisation receives donations that
 * follow public trust (an elasticity, scaled by the pattern's trust sensitivity) and its
 * kind's reputation, plus its share of government grants. A disaster brings an appeal:
 * extra donations for three months, which is why charities can respond before
 * government's budgets and approvals catch up (paper §2.1.3, "时间缝隙"). Dependency (paper §3.3): an
 * organisation that lives on grants fundraises less — by the grant share of its nominal
 * income — and a grant cut does not bring that fundraising back. An organisation's
 * service slots follow its income (its staff are paid from it), so a fall in donations or
 * grants cuts the cases it can take, not only the money it can give.
 */
import { ACC } from './accumulators.ts';
import type { Organisation } from './charities.ts';
import type { World } from './world.ts';
import { power } from './exactMath.ts';

/** Months a disaster appeal brings extra donations, the disaster month included (assumption). */
const APPEAL_MONTHS = 3;

export function charityRevenue(world: World): void {
  const { charities, scenario } = world;
  const c = scenario.charities;
  const t = scenario.trust;
  const organisations = charities.community.length + charities.foundations.length;
  if (organisations === 0) return;
  const nominalGrant = (c.grantsPerHousehold * scenario.households) / 12 / organisations;
  const grant = nominalGrant * charities.grantFactor;
  const trustFactor = power(Math.max(0, charities.trust) / t.baseline, t.donationElasticity * c.trustSensitivity);
  const appeal = world.month - world.lastDisasterMonth < APPEAL_MONTHS ? c.disasterAppeal * Math.min(1, world.lastDisasterShare / 0.2) : 0;
  let donations = 0;
  const pay = (organisation: Organisation, perYear: number, slots: number, reputation: number) => {
    const base = perYear / 12;
    const grantShare = nominalGrant > 0 ? nominalGrant / (nominalGrant + base) : 0;
    const given = base * (trustFactor * reputation * (1 - c.grantDependency * grantShare) + appeal);
    organisation.funds += given + grant;
    // Staff are paid from income: capacity follows this month's income against donations at rest.
    organisation.slotsLeft = base > 0 ? (slots * (given + grant)) / base : slots;
    donations += given;
  };
  for (const o of charities.community) pay(o, c.community.donationsPerYear, c.community.slotsPerMonth, charities.reputation.community);
  for (const o of charities.foundations) pay(o, c.foundation.donationsPerYear, c.foundation.slotsPerMonth, charities.reputation.foundation);
  world.county[ACC.charity_donations]! += donations;
  world.county[ACC.charity_grants]! += grant * organisations;
}
