import { describe, expect, it } from 'vitest';
import { runScenario, type RunResult } from '../../sim/engine/simulation.ts';
import { GROUPS } from '../../sim/engine/groups.ts';
import { REASONS } from '../../sim/engine/reasons.ts';
import { answersOf, changeOf, figuresOf } from '../../web/answers.ts';
import { small, summary, withCharities } from '../sim/helpers.ts';

const asRun = (result: RunResult) => ({ summary: result.summary, series: result.series, monthsDone: result.months });
const runs = [1, 2, 3].map((seed) => runScenario(small({ households: 1500, months: 24, seed, ...withCharities })));

describe('the answers a meeting asks for first', () => {
  it('are the engine\'s own run summaries, the numbers the CLI writes', () => {
    for (const result of runs) {
      const f = figuresOf(asRun(result));
      expect(f.fellThrough).toBe(summary(result, 'fell_through'));
      expect(f.fellThroughPer1000).toBe(1000 * summary(result, 'fell_through_rate'));
      expect(f.governmentSpending).toBe(summary(result, 'gov_spending'));
      expect(f.charitySpending).toBe(summary(result, 'charity_spending'));
    }
  });

  it('name the largest reason and the group worst off, as medians over seeds', () => {
    const answers = answersOf(runs.map(asRun));
    expect(answers.seeds).toBe(3);
    expect(answers.months).toBe(24);
    const shares = answers.reasons.map((r) => r.share);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(new Set(answers.reasons.map((r) => r.reason))).toEqual(new Set(REASONS));
    const perGroup = GROUPS.filter((g) => g !== 'all').map((g) => {
      const values = runs.map((r) => 1000 * summary(r, 'fell_through_rate', g)).sort((a, b) => a - b);
      return { g, median: values[1]! };
    });
    const worst = perGroup.reduce((a, b) => (b.median > a.median ? b : a));
    expect(answers.worstGroup.group).toBe(worst.g);
    expect(answers.worstGroup.per1000).toBeCloseTo(worst.median, 9);
    const medianFell = runs.map((r) => summary(r, 'fell_through')).sort((a, b) => a - b)[1]!;
    expect(answers.fellThrough).toBeCloseTo(medianFell, 9);
  });

  it('find no change between a scenario and itself, and pair seeds when they differ', () => {
    const same = changeOf(runs.map(asRun), runs.map(asRun));
    expect(same).toEqual({ fellThrough: 0, fellThroughPer1000: 0, governmentSpending: 0, charitySpending: 0 });
    const generous = [1, 2, 3].map((seed) => asRun(runScenario(small({ households: 1500, months: 24, seed, ...withCharities, government: { dibao: { funding: 'budget', budgetPerHousehold: 0 } } }))));
    const change = changeOf(generous, runs.map(asRun));
    // With no dibao budget at all, government pays less on every seed.
    expect(change.governmentSpending).toBeLessThan(0);
    const paired = generous.map((g, i) => figuresOf(g).governmentSpending - figuresOf(asRun(runs[i]!)).governmentSpending).sort((a, b) => a - b);
    expect(change.governmentSpending).toBeCloseTo(paired[1]!, 6);
  });
});
