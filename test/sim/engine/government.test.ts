import { describe, expect, it } from 'vitest';
import { MEDICAL, SUBSISTENCE, bit } from '../../../sim/engine/domains.ts';
import { INELIGIBLE } from '../../../sim/engine/reasons.ts';
import { payTemporaryAssistance } from '../../../sim/engine/temporaryAssistance.ts';
import { paySpecialAssistance } from '../../../sim/engine/specialAssistance.ts';
import { CASE_DECIDED, SPECIAL } from '../../../sim/engine/state.ts';
import { trackEpisodes, updateSubsistence } from '../../../sim/engine/needs.ts';
import { reviewCases } from '../../../sim/engine/caseReview.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { meanOverSeeds, run, series, small, summary, withCharities } from '../helpers.ts';

/** Dibao alone of government's programmes: the others get no money. */
const noOtherProgramme = {
  special: { funding: 'budget', budgetPerHousehold: 0 }, temporary: { budgetPerHousehold: 0 },
  extremePoverty: { eligibility: '0' }, services: { budgetPerHousehold: 0 }, employment: { budgetPerHousehold: 0 },
};
const onlyDibao = { government: noOtherProgramme };
/** Dibao paid from a budget (fiscal stress or a quota) rather than as an entitlement. */
const cappedDibao = (budgetPerHousehold: number) => ({ funding: 'budget', budgetPerHousehold });

describe('case review', () => {
  it('without caseworkers nobody is enrolled and known needs wait', () => {
    const result = run({ government: { caseworkersPer10k: 0 } });
    expect(summary(result, 'dibao_households')).toBe(0);
    expect(summary(result, 'unmet_waiting')).toBeGreaterThan(0);
  });

  it('fewer caseworkers mean more needs waiting', () => {
    const few = meanOverSeeds(3, 'unmet_waiting', { government: { caseworkersPer10k: 1 } });
    const many = meanOverSeeds(3, 'unmet_waiting', { government: { caseworkersPer10k: 50 } });
    expect(few).toBeGreaterThan(many * 2);
  });

  it('a longer approval lag leaves approved households waiting longer', () => {
    const quick = meanOverSeeds(3, 'unmet_waiting', { ...onlyDibao, government: { ...onlyDibao.government, dibao: { approvalLagMonths: 0 } } });
    const slow = meanOverSeeds(3, 'unmet_waiting', { ...onlyDibao, government: { ...onlyDibao.government, dibao: { approvalLagMonths: 6 } } });
    expect(slow).toBeGreaterThan(quick);
  });
});

describe('dibao', () => {
  it('follows its eligibility rule: a rule that is never true enrols nobody', () => {
    expect(summary(run({ government: { dibao: { eligibility: '0', memberEligibility: '0' } } }), 'dibao_households')).toBe(0);
  });

  it('reaches migrants only when the rule drops the registration condition', () => {
    const registered = run({ households: 6000 });
    const open = run({ households: 6000, government: { dibao: { eligibility: 'income_pc < line' } } });
    expect(summary(registered, 'dibao_households', 'migrant')).toBe(0);
    expect(summary(open, 'dibao_households', 'migrant')).toBeGreaterThan(0);
  });

  it('tops income up to the line: poverty after transfers falls when dibao pays', () => {
    const none = meanOverSeeds(3, 'poverty_headcount', { government: { dibao: { eligibility: '0' } } });
    const paid = meanOverSeeds(3, 'poverty_headcount', {});
    expect(paid).toBeLessThan(none * 0.8);
  });

  it('pays every approved household as an entitlement: its budget does not bind unless the scenario caps it', () => {
    const entitlement = run({ government: { dibao: { budgetPerHousehold: 0 } } });
    const defaults = run({});
    expect(summary(entitlement, 'dibao_households')).toBeGreaterThan(0);
    expect(series(entitlement, 'dibao_households')).toEqual(series(defaults, 'dibao_households'));
    expect(series(entitlement, 'gov_spending')).toEqual(series(defaults, 'gov_spending'));
  });

  it('when capped, stays within its annual budget, and a budget of zero leaves eligible households without capacity', () => {
    const households = 3000;
    const perHousehold = 60;
    const result = run({ households, months: 36, government: { ...onlyDibao.government, dibao: cappedDibao(perHousehold) } });
    const spending = series(result, 'gov_spending');
    for (let year = 0; year < 3; year++) {
      const spent = spending.slice(year * 12, year * 12 + 12).reduce((a, b) => a + b, 0);
      expect(spent).toBeLessThanOrEqual(perHousehold * households + 1e-6);
    }
    const broke = run({ government: { dibao: cappedDibao(0) } });
    expect(summary(broke, 'dibao_households')).toBe(0);
    expect(summary(broke, 'unmet_no_capacity')).toBeGreaterThan(0);
  });

  it('counts capacity gaps as government\'s when a government budget ran out: all of them with government alone, fewer with a larger budget', () => {
    const scarce = { government: { dibao: cappedDibao(100), special: { funding: 'budget', budgetPerHousehold: 40 } } };
    const alone = run(scarce);
    expect(summary(alone, 'unmet_no_capacity_government')).toBeGreaterThan(0);
    expect(summary(alone, 'unmet_no_capacity_government')).toBe(summary(alone, 'unmet_no_capacity'));
    const doubled = run({ government: { dibao: cappedDibao(200), special: { funding: 'budget', budgetPerHousehold: 80 } } });
    expect(summary(doubled, 'unmet_no_capacity_government')).toBeLessThan(0.8 * summary(alone, 'unmet_no_capacity_government'));
    const withCharityGaps = run({ ...scarce, ...withCharities, charities: { ...withCharities.charities, community: { perTenThousand: 2, donationsPerYear: 0 } } });
    expect(summary(withCharityGaps, 'unmet_no_capacity')).toBeGreaterThan(summary(withCharityGaps, 'unmet_no_capacity_government'));
  });
});

describe('temporary assistance', () => {
  function applicant() {
    // One household's share of the county budget would be tiny: give it room for a case.
    const world = createWorld(small({ households: 1, warmupMonths: 0, government: { temporary: { budgetPerHousehold: 1e6 } } }));
    const { hh } = world;
    hh.size[0] = 2;
    hh.baseIncome[0] = 100; // far below the line: eligible by the default rule
    hh.severity[MEDICAL] = 0.8;
    world.month = 3;
    updateSubsistence(world);
    trackEpisodes(world);
    hh.appliedThisMonth[0] = 1;
    hh.knownGov[0] = hh.inNeed[0]!;
    return world;
  }

  it('pays a sudden need at once, within the cap, and relieves it', () => {
    const world = applicant();
    const cap = world.scenario.government.temporary.cap;
    const before = world.hh.severity[MEDICAL]!;
    payTemporaryAssistance(world);
    expect(world.budgets.temporary.spentThisYear).toBeCloseTo(cap, 6);
    expect(world.hh.servedGov[0]! & bit(MEDICAL)).toBeTruthy();
    expect(world.hh.severity[MEDICAL]).toBeLessThan(before);
  });

  it('pays at most once a year per household', () => {
    const world = applicant();
    payTemporaryAssistance(world);
    const spent = world.budgets.temporary.spentThisYear;
    world.month += 1;
    trackEpisodes(world);
    world.hh.appliedThisMonth[0] = 1;
    payTemporaryAssistance(world);
    expect(world.budgets.temporary.spentThisYear).toBe(spent);
    expect(world.hh.stage[SUBSISTENCE]).toBe(INELIGIBLE);
  });
});

describe('special assistance', () => {
  it('pays its share of a medical need up to the yearly cap, then no more', () => {
    const world = createWorld(small({ households: 1, warmupMonths: 0, government: { special: { medicalCapPerYear: 1000, budgetPerHousehold: 1e6, approvalLagMonths: 0 } } }));
    const { hh } = world;
    hh.size[0] = 2;
    hh.baseIncome[0] = 100;
    hh.caseState[0] = CASE_DECIDED;
    hh.eligible[0] = SPECIAL;
    for (let month = 0; month < 3; month++) {
      world.month = month;
      hh.severity[MEDICAL] = 0.9;
      updateSubsistence(world);
      trackEpisodes(world);
      hh.knownGov[0] = hh.inNeed[0]!;
      reviewCases(world); // nothing queued: lists the month's caseload
      paySpecialAssistance(world);
    }
    expect(hh.medicalPaidYear[0]).toBeCloseTo(1000, 6);
    expect(world.budgets.special.spentThisYear).toBeCloseTo(1000, 6);
    expect(hh.stage[MEDICAL]).toBe(INELIGIBLE);
  });

  it('relieves medical needs for eligible households and stops when a capped budget is zero', () => {
    const paid = meanOverSeeds(3, 'need_satisfaction_rate', {});
    const none = meanOverSeeds(3, 'need_satisfaction_rate', { government: { special: { funding: 'budget', budgetPerHousehold: 0 } } });
    expect(paid).toBeGreaterThan(none);
  });
});
