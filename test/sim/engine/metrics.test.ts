import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_NAMES } from '../../../sim/engine/metrics.ts';
import { REASONS } from '../../../sim/engine/reasons.ts';
import { run, series, summary } from '../helpers.ts';

describe('METRICS', () => {
  it('has unique snake_case names, including those the output contract promises', () => {
    expect(new Set(METRIC_NAMES).size).toBe(METRIC_NAMES.length);
    for (const name of METRIC_NAMES) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    const promised = ['in_need', 'fell_through', 'need_satisfaction_rate', 'service_coverage_rate', 'resource_matching_rate',
      'duplication_rate', 'gov_spending', 'charity_spending', 'months_to_help', 'poverty_headcount', 'poverty_gap',
      ...REASONS.map((r) => `unmet_${r}`)];
    for (const name of promised) expect(METRIC_NAMES).toContain(name);
    for (const m of METRICS) expect(m.description.length).toBeGreaterThan(10);
  });

  const result = run({ months: 24 });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it('summarises counts as monthly means and money as run totals', () => {
    expect(summary(result, 'in_need')).toBeCloseTo(mean(series(result, 'in_need')), 9);
    expect(summary(result, 'unmet_unseen')).toBeCloseTo(mean(series(result, 'unmet_unseen')), 9);
    expect(summary(result, 'gov_spending')).toBeCloseTo(sum(series(result, 'gov_spending')), 3);
    expect(summary(result, 'shocks')).toBe(sum(series(result, 'shocks')));
  });

  it('summarises rates as ratios of run totals, which lie within the monthly range', () => {
    const monthly = series(result, 'service_coverage_rate');
    const total = summary(result, 'service_coverage_rate');
    expect(total).toBeGreaterThanOrEqual(Math.min(...monthly));
    expect(total).toBeLessThanOrEqual(Math.max(...monthly));
    // Households are the same every month, so the headcount ratio is the mean of the months.
    expect(summary(result, 'poverty_headcount')).toBeCloseTo(mean(series(result, 'poverty_headcount')), 9);
  });

  it('leaves an undefined rate undefined rather than zero', () => {
    const noMigrants = run({ population: { migrantShareUrban: 0, migrantShareRural: 0 } });
    expect(summary(noMigrants, 'service_coverage_rate', 'migrant')).toBeNaN();
    expect(summary(noMigrants, 'in_need', 'migrant')).toBe(0);
  });
});
