import { describe, expect, it } from 'vitest';
import { charityRevenue } from '../../../sim/engine/revenue.ts';
import { effectiveBias, countFor } from '../../../sim/engine/charities.ts';
import { createWorld, type World } from '../../../sim/engine/world.ts';
import { meanOverSeeds, run, series, small, summary, withCharities } from '../helpers.ts';

function world(overrides: Record<string, unknown> = {}): World {
  return createWorld(small({ households: 10_000, ...withCharities, ...overrides }));
}

describe('charity organisations', () => {
  it('scale with the county, at least one of each kind asked for', () => {
    expect(countFor(2, 10_000)).toBe(2);
    expect(countFor(2, 1000)).toBe(1);
    expect(countFor(0, 1_000_000)).toBe(0);
    const w = world();
    expect(w.charities.community).toHaveLength(2);
    expect(w.charities.foundations).toHaveLength(1);
  });

  it('lose visibility bias with experience under service learning, and with a hub', () => {
    const w = world({ collaboration: { serviceLearning: 1 }, charities: { ...withCharities.charities, visibilityBias: 0.4 } });
    const organisation = w.charities.community[0]!;
    expect(effectiveBias(w.scenario, organisation, false)).toBeCloseTo(0.4, 9);
    organisation.cases = 1000;
    expect(effectiveBias(w.scenario, organisation, false)).toBeCloseTo(0.2, 9);
    expect(effectiveBias(w.scenario, organisation, true)).toBeCloseTo(0.2 * (1 - w.scenario.charities.hub.matching), 9);
  });
});

describe('charityRevenue', () => {
  const monthlyDonations = (w: World) => {
    const before = w.charities.community[0]!.funds;
    charityRevenue(w);
    return w.charities.community[0]!.funds - before;
  };

  it('gives donations that follow public trust with the pattern\'s sensitivity', () => {
    const calm = world({ charities: { ...withCharities.charities, grantsPerHousehold: 0, trustSensitivity: 1 } });
    const base = monthlyDonations(calm);
    expect(base).toBeCloseTo(calm.scenario.charities.community.donationsPerYear / 12, 6);
    calm.charities.trust = calm.scenario.trust.baseline / 2;
    expect(monthlyDonations(calm)).toBeCloseTo(base * Math.pow(0.5, calm.scenario.trust.donationElasticity), 6);
    const insensitive = world({ charities: { ...withCharities.charities, grantsPerHousehold: 0, trustSensitivity: 0 } });
    insensitive.charities.trust = 0.1;
    expect(monthlyDonations(insensitive)).toBeCloseTo(base, 6);
  });

  it('pays grants, crowds out own fundraising yuan for yuan of the crowd-out rate, and keeps it down after a grant cut', () => {
    const w = world({ charities: { ...withCharities.charities, grantsPerHousehold: 120, fundraisingCrowdOut: 0.5 } });
    const perOrganisation = (120 * 10_000) / 12 / 3;
    const base = w.scenario.charities.community.donationsPerYear / 12;
    const income = monthlyDonations(w);
    expect(income).toBeCloseTo(Math.max(0, base - 0.5 * perOrganisation) + perOrganisation, 6);
    w.charities.grantFactor = 0; // a total grant cut
    expect(monthlyDonations(w)).toBeCloseTo(Math.max(0, base - 0.5 * perOrganisation), 6);
  });

  it('gives more above the reference trust and less below it', () => {
    const at = (trust: number) => {
      const w = world({ charities: { ...withCharities.charities, grantsPerHousehold: 0, trustSensitivity: 1 } });
      w.charities.trust = trust;
      return monthlyDonations(w);
    };
    const reference = small().trust.donationReference;
    expect(at(reference + 0.2)).toBeGreaterThan(at(reference) * 1.2);
    expect(at(reference - 0.2)).toBeLessThan(at(reference) * 0.8);
  });

  it('sets service slots in proportion to the money in hand, keeping a part-slot', () => {
    const w = world({ charities: { ...withCharities.charities, grantsPerHousehold: 0, trustSensitivity: 1 } });
    const organisation = w.charities.community[0]!;
    const perMonth = w.scenario.charities.community.slotsPerMonth;
    organisation.funds = 0;
    charityRevenue(w);
    expect(organisation.slotsLeft).toBeCloseTo(perMonth, 6);
    // A month's money left unspent buys as many cases again; a quarter-case left carries over.
    organisation.slotsLeft = 0.25;
    charityRevenue(w);
    expect(organisation.slotsLeft).toBeCloseTo(0.25 + 2 * perMonth, 6);
    organisation.funds = 0;
    organisation.slotsLeft = 0;
    w.charities.trust = w.scenario.trust.baseline * 0.5;
    charityRevenue(w);
    expect(organisation.slotsLeft).toBeLessThan(perMonth * 0.5);
  });
});

describe('community outreach and referrals', () => {
  it('community charities bring hidden psychosocial and care needs to light, more with more autonomy', () => {
    const low = meanOverSeeds(3, 'unseen_psychosocial', { ...withCharities, charities: { ...withCharities.charities, autonomy: 0 } });
    const high = meanOverSeeds(3, 'unseen_psychosocial', { ...withCharities, charities: { ...withCharities.charities, autonomy: 1 } });
    expect(high).toBeLessThan(low * 0.7);
  });

  it('find more with more community charities, or more reach each: volunteers\' time is spread over their communities', () => {
    const at = (perTenThousand: number, reach = 1500) =>
      meanOverSeeds(3, 'unseen_psychosocial', { ...withCharities, charities: { ...withCharities.charities, autonomy: 0.5, community: { perTenThousand, reach } } });
    const few = at(1), many = at(4);
    expect(many).toBeLessThan(few * 0.9);
    expect(at(1, 6000)).toBeLessThan(few * 0.9);
  });

  it('foundations\' own programmes find medical needs as far as autonomy lets them look', () => {
    const common = { ...withCharities, application: { awareness: 0 }, government: { matchingRate: 0 }, charities: { ...withCharities.charities, community: { perTenThousand: 0 }, foundation: { perTenThousand: 1, applicationRate: 0 }, crowdfunding: { launchRate: 0 } } };
    const none = meanOverSeeds(2, 'served_charity', { ...common, charities: { ...common.charities, autonomy: 0 } });
    const some = meanOverSeeds(2, 'served_charity', { ...common, charities: { ...common.charities, autonomy: 1 } });
    expect(none).toBe(0);
    expect(some).toBeGreaterThan(0);
  });

  it('government pushes the needs its rules leave out to charities', () => {
    const common = { ...withCharities, charities: { ...withCharities.charities, autonomy: 0, foundation: { perTenThousand: 1, applicationRate: 0 }, crowdfunding: { launchRate: 0 } } };
    const pushed = meanOverSeeds(3, 'served_charity', { ...common, collaboration: { govReferral: 1, charityDataSharing: 0 } });
    const kept = meanOverSeeds(3, 'served_charity', { ...common, collaboration: { govReferral: 0, charityDataSharing: 0 } });
    expect(kept).toBe(0);
    expect(pushed).toBeGreaterThan(10);
  });

  it('charities refer needs government pays for back to government', () => {
    const common = { ...withCharities, charities: { ...withCharities.charities, autonomy: 1 }, application: { awareness: 0 }, government: { matchingRate: 0 } };
    const referred = meanOverSeeds(3, 'dibao_households', { ...common, collaboration: { charityReferral: 1 } });
    const kept = meanOverSeeds(3, 'dibao_households', { ...common, collaboration: { charityReferral: 0 } });
    expect(kept).toBe(0);
    expect(referred).toBeGreaterThan(5);
  });

  it('the need-prediction model finds needs only of registered, online households whose records are pooled, and infers needs matching cannot see', () => {
    const common = { application: { awareness: 0 }, government: { matchingRate: 0 } };
    const predicted = run({ ...common, collaboration: { needPrediction: 1 } });
    expect(summary(predicted, 'served_gov')).toBeGreaterThan(0);
    expect(summary(predicted, 'served_gov', 'migrant')).toBe(0);
    expect(summary(predicted, 'served_gov', 'digitally_excluded')).toBe(0);
    expect(summary(run(common), 'served_gov')).toBe(0);
    // It reads the pooled records: with nothing shared it finds nothing, with more shared more.
    const closed = { income: 0, health: 0, education: 0, disability: 0, employment: 0 };
    expect(summary(run({ ...common, collaboration: { needPrediction: 1 }, government: { ...common.government, dataSharing: closed } }), 'served_gov')).toBe(0);
    const open = { income: 1, health: 1, education: 1, disability: 1, employment: 1 };
    expect(summary(run({ ...common, collaboration: { needPrediction: 1 }, government: { ...common.government, dataSharing: open } }), 'served_gov')).toBeGreaterThan(summary(predicted, 'served_gov'));
    // From health records alone, matching finds medical needs only; prediction infers the rest of a pooled household's needs.
    const healthOnly = { ...closed, health: 1 };
    const matched = run({ ...common, government: { matchingRate: 1, dataSharing: healthOnly } });
    const inferred = run({ ...common, collaboration: { needPrediction: 1 }, government: { ...common.government, dataSharing: healthOnly } });
    expect(summary(inferred, 'subsistence_unmet')).toBeLessThan(summary(matched, 'subsistence_unmet'));
  });
});

describe('charityHelp', () => {
  it('with visibility bias gives help of the wrong kind (mismatch); without it, none', () => {
    const biased = run({ ...withCharities, charities: { ...withCharities.charities, visibilityBias: 0.8 } });
    const matched = run({ ...withCharities, charities: { ...withCharities.charities, visibilityBias: 0 } });
    expect(summary(biased, 'unmet_mismatch')).toBeGreaterThan(0);
    expect(summary(matched, 'unmet_mismatch')).toBe(0);
    expect(summary(matched, 'resource_matching_rate')).toBeGreaterThan(summary(biased, 'resource_matching_rate'));
  });

  it('joint assessment removes duplication by organisations — help for needs government already met — but tops up needs still in hardship after government aid', () => {
    const shared = { ...withCharities, charities: { ...withCharities.charities, crowdfunding: { launchRate: 0 } } };
    const apart = run({ ...shared, collaboration: { charityDataSharing: 1, jointAssessment: 0 } });
    const joint = run({ ...shared, collaboration: { charityDataSharing: 1, jointAssessment: 1 } });
    expect(summary(apart, 'duplication_rate')).toBeGreaterThan(0.005);
    expect(summary(joint, 'duplication_rate')).toBe(0);
    // Top-ups: needs helped by both government and a charity remain under joint assessment.
    expect(summary(joint, 'served_both')).toBeGreaterThan(0);
  });

  it('is declined more when public trust is low', () => {
    const low = meanOverSeeds(3, 'unmet_declined', { ...withCharities, trust: { baseline: 0.1 }, population: { meanTrustInCharity: 0.2 } });
    const high = meanOverSeeds(3, 'unmet_declined', { ...withCharities, trust: { baseline: 0.9 }, population: { meanTrustInCharity: 0.8 } });
    expect(low).toBeGreaterThan(high * 1.5);
  });

  it('runs out of capacity when charities have no money or slots', () => {
    const broke = run({ ...withCharities, charities: { ...withCharities.charities, community: { perTenThousand: 2, donationsPerYear: 0 }, foundation: { perTenThousand: 1, donationsPerYear: 0 }, grantsPerHousehold: 0 } });
    expect(summary(broke, 'unmet_no_capacity')).toBeGreaterThan(0);
    expect(summary(broke, 'served_charity')).toBeLessThan(1);
  });
});

describe('crowdfunding', () => {
  it('raises about the paper\'s 20,000 yuan per patient on average, heavy-tailed', () => {
    const raised: number[] = [];
    const campaigns: number[] = [];
    for (let seed = 1; seed <= 4; seed++) {
      const r = run({ seed, households: 20_000, months: 36, charities: { crowdfunding: { launchRate: 0.05 } } });
      raised.push(summary(r, 'crowdfunding_raised'));
      campaigns.push(summary(r, 'campaigns'));
    }
    const perCampaign = raised.reduce((a, b) => a + b) / campaigns.reduce((a, b) => a + b);
    expect(campaigns.reduce((a, b) => a + b)).toBeGreaterThan(1000);
    const mean = small().charities.crowdfunding.meanRaised;
    expect(perCampaign).toBeGreaterThan(mean * 0.9);
    expect(perCampaign).toBeLessThan(mean * 1.1);
  });

  it('needs digital access', () => {
    const r = run({ charities: { crowdfunding: { launchRate: 0.2 } } });
    expect(summary(r, 'campaigns')).toBeGreaterThan(0);
    expect(summary(r, 'campaigns', 'digitally_excluded')).toBe(0);
  });
});

describe('public trust', () => {
  const shocked = (magnitude: number, extra: Record<string, unknown> = {}) =>
    series(run({ ...withCharities, months: 60, events: [{ month: 6, type: 'trust_shock', magnitude }], ...extra }), 'public_trust');

  it('falls with a scandal and recovers toward its baseline', () => {
    const trust = shocked(0.2);
    expect(trust[4]).toBeCloseTo(0.6, 1);
    expect(trust[5]).toBeLessThan(0.45);
    expect(trust[59]).toBeGreaterThan(0.57);
  });

  it('recovers far more slowly below the Tacitus threshold (hysteresis)', () => {
    const below = shocked(0.3, { trust: { tacitusThreshold: 0.35 } }); // to 0.30, below
    const above = shocked(0.3, { trust: { tacitusThreshold: 0.2 } }); // to 0.30, above
    expect(above[23]! - above[5]!).toBeGreaterThan(3 * (below[23]! - below[5]!));
  });

  it('a scandal aimed at one kind hits public trust by half and that kind\'s reputation in full', () => {
    const trust = series(run({ ...withCharities, months: 12, events: [{ month: 3, type: 'trust_shock', magnitude: 0.2, kind: 'foundation' }] }), 'public_trust');
    expect(trust[1]! - trust[2]!).toBeGreaterThan(0.08);
    expect(trust[1]! - trust[2]!).toBeLessThan(0.12);
  });
});
