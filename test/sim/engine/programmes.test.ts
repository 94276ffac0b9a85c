import { describe, expect, it } from 'vitest';
import { CARE, PSYCHOSOCIAL, SUBSISTENCE, bit } from '../../../sim/engine/domains.ts';
import { updateSubsistence, trackEpisodes } from '../../../sim/engine/needs.ts';
import { payExtremePoverty } from '../../../sim/engine/extremePoverty.ts';
import { payDibao } from '../../../sim/engine/dibao.ts';
import { WAITING } from '../../../sim/engine/reasons.ts';
import { providePurchasedServices } from '../../../sim/engine/purchasedServices.ts';
import { reviewCases, openCases } from '../../../sim/engine/caseReview.ts';
import { HELPER } from '../../../sim/engine/relief.ts';
import { CASE_DECIDED, DIBAO, ELDERLY, ENROLLED, EXTREME_POVERTY, NO_FAMILY_SUPPORT, NOT_ENROLLED, SERVICES, DISABLED } from '../../../sim/engine/state.ts';
import { createWorld, type World } from '../../../sim/engine/world.ts';
import { meanOverSeeds, run, series, small, summary } from '../helpers.ts';

/** One household, reviewed now: its means test sees income as it is. */
function household(flags: number, baseIncome: number, size: number, government: Record<string, unknown> = {}): World {
  const world = createWorld(small({
    households: 1, warmupMonths: 0,
    government: { assessmentErrorUrban: 0, assessmentErrorRural: 0, hardshipDiscountUrban: 0, hardshipDiscountRural: 0, connectionDiscount: 0, caseworkersPer10k: 1000, ...government },
  }));
  const { hh } = world;
  hh.flags[0] = flags;
  hh.baseIncome[0] = baseIncome;
  hh.size[0] = size;
  hh.assets[0] = 0;
  world.month = 0;
  return world;
}

/** A month of the government's side for the one household, which applies, every need known. */
function month(world: World): void {
  updateSubsistence(world);
  trackEpisodes(world);
  world.hh.knownGov[0] = world.hh.inNeed[0]!;
  world.hh.newlyKnown[0] = world.hh.inNeed[0]!;
  world.hh.appliedThisMonth[0] = 1;
  openCases(world);
  reviewCases(world);
}

describe('support for the extremely poor (特困)', () => {
  it('admits an old person with no family support and no livelihood instead of dibao, lifts basic living to 1.3 × the line, and meets a care need', () => {
    const world = household(ELDERLY | NO_FAMILY_SUPPORT, 100, 1, { extremePoverty: { approvalLagMonths: 0 } });
    const line = world.scenario.government.dibao.lineUrban;
    world.hh.severity[CARE] = 0.6;
    month(world);
    expect(world.hh.caseState[0]).toBe(CASE_DECIDED);
    expect(world.hh.eligible[0]! & EXTREME_POVERTY).toBeTruthy();
    expect(world.hh.eligible[0]! & DIBAO).toBe(0);
    expect(world.hh.livingBenefit[0]).toBeCloseTo((1.3 * line - 100) * 1, 3);
    payExtremePoverty(world);
    expect(world.hh.supported[0]).toBe(ENROLLED);
    expect(world.hh.dibao[0]).toBe(NOT_ENROLLED);
    expect(world.hh.transfer[0]).toBeCloseTo(1.3 * line - 100, 3);
    expect(world.hh.helpers[CARE]! & (1 << HELPER.extreme_poverty_support)).toBeTruthy();
    expect(world.hh.severity[CARE]).toBeLessThan(0.6);
  });

  it('is not for someone with family to support them: that household gets dibao', () => {
    const world = household(ELDERLY, 100, 1);
    month(world);
    expect(world.hh.eligible[0]! & EXTREME_POVERTY).toBe(0);
    expect(world.hh.eligible[0]! & DIBAO).toBeTruthy();
  });

  it('reaches about the published share of people in a county (rural ≈ 0.9%, urban a few in 10,000)', () => {
    const rural = meanOverSeeds(3, 'extreme_poverty_coverage', { households: 6000, months: 24 }, 'rural');
    const urban = meanOverSeeds(3, 'extreme_poverty_coverage', { households: 6000, months: 24 }, 'urban');
    expect(rural).toBeGreaterThan(0.004);
    expect(rural).toBeLessThan(0.016);
    expect(urban).toBeLessThan(0.002);
  });
});

describe('dibao for one member alone (Art. 8)', () => {
  it('covers a disabled member of a dibao-edge family as a household of one at the full line', () => {
    const world = household(DISABLED, 1.2 * 795, 3);
    month(world);
    expect(world.hh.eligible[0]! & DIBAO).toBeTruthy();
    expect(world.hh.dibaoPersons[0]).toBe(1);
    expect(world.hh.livingBenefit[0]).toBeCloseTo(world.scenario.government.dibao.lineUrban, 3);
  });

  it('does not cover a family above 1.5 × the line, nor one without such a member', () => {
    const rich = household(DISABLED, 1.8 * 795, 3);
    month(rich);
    expect(rich.hh.eligible[0]! & DIBAO).toBe(0);
    const plain = household(0, 1.2 * 795, 3);
    month(plain);
    expect(plain.hh.eligible[0]! & DIBAO).toBe(0);
  });
});

describe('dibao\'s approval lag', () => {
  it('pays an approved household from the month the lag has passed, and leaves it waiting until then', () => {
    const world = household(0, 300, 2, { dibao: { approvalLagMonths: 2 } });
    for (const m of [0, 1, 2]) {
      world.month = m;
      month(world);
      payDibao(world);
      expect(world.hh.dibao[0], `month ${m}`).toBe(m < 2 ? NOT_ENROLLED : ENROLLED);
      if (m < 2) expect(world.hh.stage[SUBSISTENCE], `month ${m}`).toBe(WAITING);
      else expect(world.hh.transfer[0]).toBeGreaterThan(0);
    }
  });
});

describe('purchased care and social-work services', () => {
  it('give an eligible household a month of service for each known care and psychosocial need, after the lag', () => {
    const world = household(0, 300, 2, { services: { approvalLagMonths: 0, budgetPerHousehold: 1e6 } });
    world.hh.severity[CARE] = 0.5;
    world.hh.severity[PSYCHOSOCIAL] = 0.5;
    month(world);
    expect(world.hh.eligible[0]! & SERVICES).toBeTruthy();
    providePurchasedServices(world);
    const price = world.scenario.needs.serviceCost;
    expect(world.budgets.services.spentThisYear).toBeCloseTo(2 * price, 6);
    expect(world.hh.servedGov[0]).toBe(bit(CARE) | bit(PSYCHOSOCIAL));
  });

  it('meet no need without a budget, and the need then waits for government capacity', () => {
    const none = run({ government: { services: { budgetPerHousehold: 0 } } });
    const some = run({});
    expect(summary(none, 'psychosocial_needs') - summary(none, 'psychosocial_unmet')).toBe(0);
    expect(summary(some, 'psychosocial_needs') - summary(some, 'psychosocial_unmet')).toBeGreaterThan(0);
    expect(summary(none, 'unmet_no_capacity_government')).toBeGreaterThan(summary(some, 'unmet_no_capacity_government'));
  });

  it('take on only the cases the budget can carry to December, so help does not stop before the year ends', () => {
    const scarce = run({ households: 6000, months: 36, government: { services: { budgetPerHousehold: 5 } } });
    // December's care needs met against the year's average month.
    const served = series(scarce, 'care_needs').map((n, m) => n - series(scarce, 'care_unmet')[m]!);
    for (let year = 1; year < 3; year++) {
      const months = served.slice(12 * year, 12 * year + 12);
      const mean = months.reduce((a, b) => a + b, 0) / 12;
      expect(months[11]).toBeGreaterThan(0.5 * mean);
    }
  });
});

describe('employment assistance', () => {
  it('meets employment needs of low-income households, and none without a budget', () => {
    const funded = meanOverSeeds(2, 'employment_unmet', {});
    const without = meanOverSeeds(2, 'employment_unmet', { government: { employment: { budgetPerHousehold: 0 } } });
    expect(funded).toBeLessThan(without);
  });
});

describe('entitlements', () => {
  it('dibao, support for the extremely poor and medical assistance pay every approved case: no government capacity gap among them', () => {
    const discretionaryZero = { government: { temporary: { budgetPerHousehold: 0 }, services: { budgetPerHousehold: 0 }, employment: { budgetPerHousehold: 0 } } };
    const onlyEntitlements = run(discretionaryZero);
    const raw = run({ government: { ...discretionaryZero.government, dibao: { budgetPerHousehold: 0 }, special: { budgetPerHousehold: 0 }, extremePoverty: { budgetPerHousehold: 0 } } });
    // Their budgets do not bind: zero budgets change nothing while funding is "entitlement".
    expect(summary(raw, 'gov_spending')).toBe(summary(onlyEntitlements, 'gov_spending'));
    expect(summary(raw, 'dibao_households')).toBeGreaterThan(0);
  });
});
