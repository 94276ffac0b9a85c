/** Mechanisms behind the paper's paths (docs/MODEL.md, "The paper's paths (§5)"): support networks, caregiver support, specialisation, volunteers, scandals and monitoring, appeal fatigue. */
import { payRunningCosts, runningCosts } from '../../../sim/engine/administration.ts';
import { describe, expect, it } from 'vitest';
import { appealGiving } from '../../../sim/engine/appealFatigue.ts';
import { supportCaregivers } from '../../../sim/engine/caregiverSupport.ts';
import { CARE, DOMAIN_COUNT, EMPLOYMENT, PSYCHOSOCIAL, SUBSISTENCE } from '../../../sim/engine/domains.ts';
import { HELPER } from '../../../sim/engine/relief.ts';
import { incomeGrowth, recordIncome, scandals } from '../../../sim/engine/scandals.ts';
import { brandDomain, recordCase, specialisedPrice } from '../../../sim/engine/specialisation.ts';
import { growSupportNetworks } from '../../../sim/engine/supportNetworks.ts';
import { VOLUNTEER_HOURS_AT_REACH, mobiliseVolunteers, outreachFactor } from '../../../sim/engine/volunteers.ts';
import { ACC } from '../../../sim/engine/accumulators.ts';
import { createWorld, type World } from '../../../sim/engine/world.ts';
import { mergeDeep } from '../../../sim/scenario/compose.ts';
import { PARAMETERS } from '../../../sim/scenario/parameters.ts';
import { run, small, summary, withCharities } from '../helpers.ts';

const world = (overrides: Record<string, unknown> = {}): World => createWorld(small(mergeDeep(withCharities, overrides)));
const runWith = (overrides: Record<string, unknown>, seed = 1) => run(mergeDeep(mergeDeep(withCharities, overrides), { seed }));

describe('support networks (supportNetworks.ts)', () => {
  it('give ties to households their community charity helped this month, and only to them', () => {
    const w = world({ charities: { supportNetworks: { tiesPerHelpedMonth: 1 } } });
    const [helped, other] = [3, 4];
    w.active.set([helped, other]);
    w.activeCount = 2;
    w.hh.ties[helped] = 5;
    w.hh.ties[other] = 5;
    w.hh.helpers[helped * DOMAIN_COUNT + CARE] = 1 << HELPER.community_charity;
    w.hh.helpers[other * DOMAIN_COUNT + CARE] = 1 << HELPER.purchased_services;
    growSupportNetworks(w);
    expect([w.hh.ties[helped], w.hh.ties[other]]).toEqual([6, 5]);
    // The community worker's time for the one household helped is a charity running cost.
    expect(runningCosts(w).supportNetworks).toBeCloseTo(PARAMETERS.charities.supportNetworks.costPerHousehold.default, 9);
  });

  it('change nothing at the default rate', () => {
    const w = world();
    w.active[0] = 3;
    w.activeCount = 1;
    w.hh.helpers[3 * DOMAIN_COUNT] = 1 << HELPER.community_charity;
    const before = w.hh.ties[3];
    growSupportNetworks(w);
    expect(w.hh.ties[3]).toBe(before);
    expect(runningCosts(w).supportNetworks).toBe(0);
  });
});

describe('caregiver support (caregiverSupport.ts)', () => {
  it('makes a care need a care service helped last month recede faster, and no other need', () => {
    const w = world({ charities: { caregiverSupport: { extraDecay: 0.2 } } });
    const s = w.hh.severity;
    const [supported, alone] = [0, 1];
    s[supported * DOMAIN_COUNT + CARE] = 0.5;
    s[alone * DOMAIN_COUNT + CARE] = 0.5;
    s[supported * DOMAIN_COUNT + PSYCHOSOCIAL] = 0.5;
    w.hh.helpers[supported * DOMAIN_COUNT + CARE] = 1 << HELPER.purchased_services;
    w.hh.helpers[supported * DOMAIN_COUNT + PSYCHOSOCIAL] = 1 << HELPER.community_charity;
    supportCaregivers(w);
    expect(s[supported * DOMAIN_COUNT + CARE]).toBeCloseTo(0.4, 6);
    expect(s[alone * DOMAIN_COUNT + CARE]).toBeCloseTo(0.5, 6);
    expect(s[supported * DOMAIN_COUNT + PSYCHOSOCIAL]).toBeCloseTo(0.5, 6);
    // One caregiver supported: its respite is paid by charities.
    expect(runningCosts(w).caregiverSupport).toBeCloseTo(PARAMETERS.charities.caregiverSupport.costPerCase.default, 9);
    payRunningCosts(w);
    expect(w.county[ACC.charity_administration]).toBeGreaterThanOrEqual(PARAMETERS.charities.caregiverSupport.costPerCase.default);
  });

  it('means fewer care needs over a run', () => {
    const with_ = summary(runWith({ charities: { caregiverSupport: { extraDecay: 0.1 } } }), 'care_needs');
    const without = summary(runWith({}), 'care_needs');
    expect(with_).toBeLessThan(without);
  });
});

describe('specialisation (specialisation.ts)', () => {
  it('makes service in the brand domain cheaper with focus and experience, and nothing else', () => {
    const w = world({ charities: { specialisation: { gain: 0.4, casesToHalfGain: 100 } } });
    const o = w.charities.community[0]!;
    expect(brandDomain(o)).toBe(-1);
    expect(specialisedPrice(w.scenario, o, CARE)).toBe(1);
    for (let k = 0; k < 100; k++) recordCase(o, CARE);
    for (let k = 0; k < 500; k++) recordCase(o, SUBSISTENCE); // cash: no brand
    expect(brandDomain(o)).toBe(CARE);
    expect(specialisedPrice(w.scenario, o, CARE)).toBeCloseTo(1 - 0.4 * 1 * 0.5, 9);
    expect(specialisedPrice(w.scenario, o, SUBSISTENCE)).toBe(1);
    for (let k = 0; k < 100; k++) recordCase(o, EMPLOYMENT); // a tie keeps the first; focus halves
    expect(specialisedPrice(w.scenario, o, CARE)).toBeCloseTo(1 - 0.4 * 0.5 * 0.5, 9);
    expect(specialisedPrice(w.scenario, o, EMPLOYMENT)).toBe(1);
  });

  it('is off by default', () => {
    const w = world();
    const o = w.charities.community[0]!;
    for (let k = 0; k < 1000; k++) recordCase(o, CARE);
    expect(specialisedPrice(w.scenario, o, CARE)).toBe(1);
  });
});

describe('volunteers (volunteers.ts)', () => {
  it('keep outreach as stated at the published hours, and scale it with the hours that go to outreach', () => {
    expect(PARAMETERS.charities.volunteers.hoursPerHouseholdYear.default).toBe(VOLUNTEER_HOURS_AT_REACH);
    expect(outreachFactor(world().scenario)).toBe(1);
    expect(outreachFactor(world({ charities: { volunteers: { hoursPerHouseholdYear: 2 * VOLUNTEER_HOURS_AT_REACH, serviceShare: 0.25 } } }).scenario)).toBeCloseTo(1.5, 9);
  });

  it('give service slots in kind and cost coordination per hour', () => {
    const w = world({ charities: { volunteers: { serviceShare: 0.5, hoursPerCase: 10, coordinationCost: 4 } } });
    mobiliseVolunteers(w);
    const hours = (VOLUNTEER_HOURS_AT_REACH * 3000) / 12;
    expect(runningCosts(w).volunteerCoordination).toBeCloseTo(hours * 4, 6);
    payRunningCosts(w);
    expect(w.county[ACC.charity_administration]).toBeCloseTo(hours * 4, 6);
    const slots = w.charities.community.reduce((sum, o) => sum + o.volunteerSlots, 0);
    expect(slots).toBeCloseTo((hours * 0.5) / 10, 6);
  });

  it('serve care and psychosocial needs in kind over a run, with fewer care needs unmet', () => {
    const off = runWith({});
    const on = runWith({ charities: { volunteers: { serviceShare: 0.3 } } });
    expect(summary(off, 'volunteer_help')).toBe(0);
    expect(summary(on, 'volunteer_help')).toBeGreaterThan(0);
    expect(summary(on, 'care_unmet')).toBeLessThan(summary(off, 'care_unmet'));
  });
});

describe('scandals and monitoring (scandals.ts)', () => {
  it('measure growth as last year\'s income over the year before, from two years of income', () => {
    const o = world().charities.community[0]!;
    for (let m = 0; m < 23; m++) recordIncome(o, 100);
    expect(incomeGrowth(o)).toBe(0);
    recordIncome(o, 100 + 12 * 50);
    expect(incomeGrowth(o)).toBeCloseTo(0.5, 9);
    for (let m = 0; m < 24; m++) recordIncome(o, 100);
    expect(o.income).toHaveLength(24);
    expect(incomeGrowth(o)).toBe(0);
  });

  it('at a certain rate, hit the kind\'s reputation and count; none at the default rate 0', () => {
    const calm = world();
    scandals(calm);
    expect(calm.county[ACC.scandals]).toBe(0);
    const w = world({ charities: { scandals: { ratePerYear: 1, magnitude: 0.2 } } });
    w.charities.community.forEach((o) => { (o as { size: number }).size = 12; });
    scandals(w);
    expect(w.county[ACC.scandals]).toBe(w.charities.community.length);
    expect(w.charities.reputation.community).toBeCloseTo(1 - 0.2 * w.charities.community.length, 9);
  });

  it('are fewer under monitoring, which costs government per organisation-year', () => {
    const count = (coverage: number) => {
      let total = 0;
      for (let seed = 1; seed <= 3; seed++) {
        total += summary(runWith({ seed, months: 60, charities: { scandals: { ratePerYear: 0.5 } }, government: { monitoring: { coverage } } }, seed), 'scandals');
      }
      return total;
    };
    expect(count(1)).toBeLessThan(count(0));
    const w = world({ government: { monitoring: { coverage: 0.5, costPerOrganisationYear: 1200 } } });
    const standard = [...w.charities.community, ...w.charities.foundations].reduce((sum, o) => sum + o.size, 0);
    expect(runningCosts(w).monitoring).toBeCloseTo((0.5 * standard * 1200) / 12, 6);
  });
});

describe('appeal fatigue and regular giving (appealFatigue.ts)', () => {
  const disaster = (w: World, share = 0.2) => {
    w.lastDisasterMonth = w.month;
    w.lastDisasterShare = share;
  };

  it('makes a second appeal a year later raise less, and recovers with time', () => {
    const w = world({ charities: { appeals: { fatiguePerAppeal: 0.3, fatigueRecovery: 0.1 }, disasterAppeal: 2, appealFullShare: 0.2 } });
    disaster(w);
    const first = appealGiving(w).appeal;
    expect(first).toBeCloseTo(2, 9);
    for (let m = 1; m < 12; m++) {
      w.month++;
      appealGiving(w);
    }
    w.month++; // a year after the first
    disaster(w);
    const second = appealGiving(w).appeal;
    expect(second).toBeCloseTo(2 * (1 - 0.3 * Math.pow(0.9, 12)), 6);
  });

  it('without fatigue, appeals are as before', () => {
    const w = world();
    disaster(w, 0.1);
    expect(appealGiving(w).appeal).toBeCloseTo(w.scenario.charities.disasterAppeal * 0.1 / w.scenario.charities.appealFullShare, 9);
  });

  it('regular giving moves appeal money to the following months, the same in all', () => {
    const c = { appeals: { regularShare: 0.5, regularMonths: 12 }, disasterAppeal: 2, appealFullShare: 0.2, appealMonths: 3 };
    const w = world({ charities: c });
    disaster(w);
    let total = 0;
    const months: number[] = [];
    for (let m = 0; m < 15; m++) {
      const { appeal, regular } = appealGiving(w);
      months.push(appeal + regular);
      total += appeal + regular;
      w.month++;
    }
    expect(total).toBeCloseTo(2 * 3, 9);
    expect(months[0]).toBeCloseTo(1 + 0.5 * 2 * 3 / 12, 9);
    expect(months[12]).toBe(0);
  });
});

describe('what the paths\' ways of working cost charities (administration.ts)', () => {
  it('a specialised service its training every organisation-year, regular giving its donor care per yuan given', () => {
    const plain = world();
    expect([runningCosts(plain).specialisation, runningCosts(plain).regularGiving]).toEqual([0, 0]);
    const w = world({ charities: { specialisation: { gain: 0.2, trainingPerOrganisationYear: 12_000 }, appeals: { regularCostShare: 0.1 } } });
    const standard = [...w.charities.community, ...w.charities.foundations].reduce((sum, o) => sum + o.size, 0);
    expect(runningCosts(w).specialisation).toBeCloseTo(standard * 1000, 6);
    w.workload.regularGifts = 5000;
    expect(runningCosts(w).regularGiving).toBeCloseTo(500, 9);
  });
});
