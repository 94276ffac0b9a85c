import { payRunningCosts, runningCosts } from '../../../sim/engine/administration.ts';
import { describe, expect, it } from 'vitest';
import { ACC } from '../../../sim/engine/accumulators.ts';
import { effectiveBias } from '../../../sim/engine/charities.ts';
import { CARE, MEDICAL, bit } from '../../../sim/engine/domains.ts';
import { grantDomains, grantWeights, moneyFor, payFor } from '../../../sim/engine/grantEarmarks.ts';
import { charityRevenue } from '../../../sim/engine/revenue.ts';
import { createWorld, type World } from '../../../sim/engine/world.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';
import { small, withCharities } from '../helpers.ts';

/** 10,000 households: 2 community charities and 1 foundation, grants of 120 yuan a household a year, no crowd-out. */
function world(grants: Record<string, unknown> = {}): World {
  return createWorld(small({
    households: 10_000,
    charities: { ...withCharities.charities, grantsPerHousehold: 120, fundraisingCrowdOut: 0, trustSensitivity: 0, grants },
  }));
}
const POOL = (120 * 10_000) / 12;

describe('grants earmarked to kinds of organisation', () => {
  it('go only to the kinds named, shared among them by size', () => {
    const w = world({ earmarkKinds: ['community'] });
    const before = [...w.charities.community, ...w.charities.foundations].map((o) => o.funds);
    charityRevenue(w);
    const c = w.scenario.charities;
    const [a, b, f] = [...w.charities.community, ...w.charities.foundations].map((o, i) => o.funds - before[i]!);
    expect(f).toBeCloseTo(c.foundation.donationsPerYear / 12, 6);
    expect(a).toBeCloseTo(c.community.donationsPerYear / 12 + POOL / 2, 6);
    expect(b).toBeCloseTo(a!, 6);
    expect(w.county[ACC.charity_grants]).toBeCloseTo(POOL, 6);
  });
});

describe('grants earmarked to domains', () => {
  it('are kept apart from donations and pay only for help in those domains, grant money first', () => {
    const w = world({ earmarkDomains: ['care', 'psychosocial'] });
    const o = w.charities.community[0]!;
    const funds = o.funds;
    charityRevenue(w);
    expect(o.grantFunds).toBeCloseTo(POOL / 3, 6);
    expect(o.funds - funds).toBeCloseTo(w.scenario.charities.community.donationsPerYear / 12, 6);
    const mask = grantDomains(w.scenario);
    expect(moneyFor(o, MEDICAL, mask)).toBe(o.funds);
    expect(moneyFor(o, CARE, mask)).toBe(o.funds + o.grantFunds);
    const [grant, own] = [o.grantFunds, o.funds];
    payFor(o, MEDICAL, mask, 1000, 1000);
    expect([o.grantFunds, o.funds]).toEqual([grant, own - 1000]);
    payFor(o, CARE, mask, grant + 500, 0);
    expect(o.grantFunds).toBe(0);
    expect(o.funds).toBeCloseTo(own - 1500, 6);
  });

  it('mix with donations when every domain is named (the default)', () => {
    const w = world();
    charityRevenue(w);
    expect(grantDomains(w.scenario)).toBe((1 << 6) - 1);
    expect(w.charities.community[0]!.grantFunds).toBe(0);
  });
});

describe('outcome evaluation', () => {
  it('shares grants by the part of each organisation\'s spending that met a need', () => {
    const w = world({ evaluation: 'outcomes' });
    const [a, b, f] = [...w.charities.community, ...w.charities.foundations];
    a!.spent = 100; a!.matched = 100;
    b!.spent = 100; b!.matched = 0; // visible packages that fit no need
    f!.spent = 0; // nothing to judge yet: weighed at the mean share of the others
    expect(grantWeights(w.scenario, [a!, b!, f!])).toEqual([a!.size, 0, f!.size * 0.5]);
    const outputs = world();
    expect(grantWeights(outputs.scenario, [...outputs.charities.community, ...outputs.charities.foundations]).every((x) => x > 0)).toBe(true);
  });

  it('lowers an organisation\'s visibility bias by the share of its income paid for outcomes, and costs government the evaluation', () => {
    const w = world({ evaluation: 'outcomes', evaluationCostShare: 0.05 });
    const o = w.charities.community[0]!;
    const bias = effectiveBias(w.scenario, o, false);
    charityRevenue(w);
    expect(o.outcomeShare).toBeGreaterThan(0);
    expect(effectiveBias(w.scenario, o, false)).toBeCloseTo(bias * (1 - o.outcomeShare), 9);
    expect(runningCosts(w).evaluation).toBeCloseTo(0.05 * POOL, 6);
    const outputs = world();
    charityRevenue(outputs);
    expect(outputs.charities.community[0]!.outcomeShare).toBe(0);
    expect(runningCosts(outputs).evaluation).toBe(0);
  });
});

describe('an earmark in a scenario', () => {
  const refused = (grants: Record<string, unknown>): string => {
    try {
      small({ charities: { grants } });
    } catch (error) {
      if (error instanceof ScenarioError) return error.message;
      throw error;
    }
    return '';
  };

  it('naming an unknown domain or kind is refused with the field, the value and the list expected', () => {
    const domain = refused({ earmarkDomains: ['care', 'housing'] });
    expect(domain).toContain('charities.grants.earmarkDomains[1]');
    expect(domain).toContain('"housing"');
    expect(domain).toContain('subsistence, medical, care, psychosocial, employment, education');
    const kind = refused({ earmarkKinds: ['hub'] });
    expect(kind).toContain('charities.grants.earmarkKinds[0]');
    expect(kind).toContain('community, foundation');
    expect(refused({ earmarkKinds: 'community' })).toMatch(/charities\.grants\.earmarkKinds: is "community"; expected a list/);
    expect(refused({ earmarkDomains: ['care', 'care'] })).toContain('repeats');
    expect(refused({ evaluation: 'impact' })).toContain('outputs, outcomes');
  });

  it('naming known ones is taken', () => {
    expect(refused({ earmarkDomains: ['care'], earmarkKinds: ['foundation'], evaluation: 'outcomes' })).toBe('');
  });
});
