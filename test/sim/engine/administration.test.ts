/**
 * Every lever costs what it costs (administration.ts): running costs scale with the lever
 * that buys them, hubs have a capacity, and spending splits into benefits and services.
 */
import { describe, expect, it } from 'vitest';
import { runningCosts, WORKING_HOURS_PER_YEAR } from '../../../sim/engine/administration.ts';
import { createSimulation } from '../../../sim/engine/simulation.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';
import { run, small, summary, withCharities } from '../helpers.ts';

const costsOf = (overrides: Record<string, unknown>) => runningCosts(createWorld(small(overrides)));

describe('running costs', () => {
  it('scale with the lever that buys them', () => {
    const base = costsOf({ government: { caseworkersPer10k: 5, socialWorkers: { per10k: 1 } } });
    const doubled = costsOf({ government: { caseworkersPer10k: 10, socialWorkers: { per10k: 2 } } });
    expect(base.caseworkers).toBeGreaterThan(0);
    expect(doubled.caseworkers).toBeCloseTo(2 * base.caseworkers, 6);
    expect(doubled.socialWorkers).toBeCloseTo(2 * base.socialWorkers, 6);
    // 3,000 households × 5 per 10,000 = 1.5 caseworkers at 120,000 yuan a year: 15,000 a month.
    const s = small();
    expect(base.caseworkers).toBeCloseTo((s.government.caseworkersPer10k * s.households / 10_000) * s.government.caseworkerCostPerYear / 12, 6);
    // Wider data sharing costs more, in proportion to the reach added.
    const closed = costsOf({ government: { dataSharing: { income: 0, health: 0, education: 0, disability: 0, employment: 0 } } });
    const health = costsOf({ government: { dataSharing: { income: 0, health: 0.5, education: 0, disability: 0, employment: 0 } } });
    const healthFull = costsOf({ government: { dataSharing: { income: 0, health: 1, education: 0, disability: 0, employment: 0 } } });
    expect(closed.dataLinks).toBe(0);
    expect(health.dataLinks).toBeGreaterThan(0);
    expect(healthFull.dataLinks).toBeCloseTo(2 * health.dataLinks, 9);
    // The prediction system costs only while it runs; hubs per hub.
    expect(closed.predictionSystem).toBe(0);
    expect(costsOf({ collaboration: { needPrediction: 0.3 } }).predictionSystem).toBeGreaterThan(0);
    expect(costsOf({ charities: { hub: { count: 2 } } }).hubs).toBeCloseTo(2 * costsOf({ charities: { hub: { count: 1 } } }).hubs, 6);
  });

  it('are booked each month as government administration, with staff time per flag and per joint case', () => {
    const overrides = { months: 6, warmupMonths: 0 };
    const plain = run(overrides);
    const s = small(overrides);
    const fixed = runningCosts(createWorld(s));
    expect(summary(plain, 'gov_administration')).toBeCloseTo(6 * (fixed.caseworkers + fixed.dataLinks + fixed.socialWorkers), 3);
    // Need prediction: its system and the time of the flags it raises.
    const sim = createSimulation(small({ ...overrides, collaboration: { needPrediction: 1 } }));
    let flags = 0;
    sim.advance(6, (step) => { flags += step.world.workload.flags; });
    expect(flags).toBeGreaterThan(0);
    const staffHour = s.government.caseworkerCostPerYear / WORKING_HOURS_PER_YEAR;
    const predicted = sim.result();
    const extra = summary(predicted, 'gov_administration') - summary(plain, 'gov_administration');
    expect(extra).toBeCloseTo(6 * s.households * s.collaboration.predictionSystemPerHousehold / 12 + flags * s.collaboration.flagFollowUpHours * staffHour, 3);
    // Joint assessment: staff time per jointly assessed case.
    const joint = createSimulation(small({ ...overrides, ...withCharities, collaboration: { jointAssessment: 1 } }));
    let cases = 0;
    joint.advance(6, (step) => { cases += step.world.workload.jointCases; });
    expect(cases).toBeGreaterThan(0);
    const alone = run({ ...overrides, ...withCharities });
    expect(summary(joint.result(), 'gov_administration') - summary(alone, 'gov_administration')).toBeCloseTo(cases * s.collaboration.jointAssessmentHours * staffHour, 3);
  });

  it('hubs handle at most their capacity a month, so a second hub does more than the first', () => {
    const hubs = (count: number) => {
      const sim = createSimulation(small({ months: 12, ...withCharities, charities: { ...withCharities.charities, visibilityBias: 0.6, hub: { count, casesPerMonth: 5 } } }));
      const handled: number[] = [];
      sim.advance(12, (step) => { handled.push(step.world.workload.hubCases); });
      return { handled };
    };
    const none = hubs(0), one = hubs(1), two = hubs(2);
    expect(Math.max(...none.handled)).toBe(0);
    expect(Math.max(...one.handled)).toBe(5);
    expect(Math.max(...two.handled)).toBe(10);
    expect(two.handled.reduce((a, b) => a + b, 0)).toBeGreaterThan(one.handled.reduce((a, b) => a + b, 0));
  });

  it('refuse a negative cost, naming the field', () => {
    expect(() => small({ government: { caseworkerCostPerYear: -1 } })).toThrow(ScenarioError);
    expect(() => small({ government: { caseworkerCostPerYear: -1 } })).toThrow(/government\.caseworkerCostPerYear.*-1.*expected/);
    expect(() => small({ charities: { hub: { costPerYear: -5 } } })).toThrow(/charities\.hub\.costPerYear/);
    expect(() => small({ government: { socialWorkers: { costPerYear: -62000 } } })).toThrow(/government\.socialWorkers\.costPerYear/);
    expect(() => small({ government: { dataLinks: { amortisationYears: 0 } } })).toThrow(/government\.dataLinks\.amortisationYears/);
  });
});

describe('spending', () => {
  it('splits into benefits and services for each payer, over a whole run', () => {
    const result = run({ ...withCharities, months: 12 });
    const v = (name: Parameters<typeof summary>[1]) => summary(result, name);
    expect(v('gov_benefits')).toBeGreaterThan(0);
    expect(v('gov_services')).toBeGreaterThan(0);
    expect(v('charity_benefits')).toBeGreaterThan(0);
    expect(v('charity_services')).toBeGreaterThan(0);
    expect(v('gov_benefits') + v('gov_services')).toBeCloseTo(v('gov_spending'), 3);
    expect(v('charity_benefits') + v('charity_services')).toBeCloseTo(v('charity_spending'), 3);
    expect(v('total_spending')).toBeCloseTo(v('gov_spending') + v('charity_spending') + v('gov_administration') + v('charity_administration'), 3);
    for (const group of ['rural', 'migrant'] as const) {
      expect(summary(result, 'gov_benefits', group) + summary(result, 'gov_services', group)).toBeCloseTo(summary(result, 'gov_spending', group), 3);
    }
  });
});
