import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../../sim/engine/groups.ts';
import { REASONS } from '../../../sim/engine/reasons.ts';
import { DOMAINS } from '../../../sim/engine/domains.ts';
import { run, series, summary, withCharities } from '../helpers.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('accountGaps', () => {
  const result = run({ households: 4000, months: 36, ...withCharities });

  it('counts every need once: served by government, a charity or both, or unmet with exactly one reason, every month and group', () => {
    for (const group of GROUPS) {
      const needs = series(result, 'needs', group);
      const gov = series(result, 'served_gov', group);
      const charity = series(result, 'served_charity', group);
      const both = series(result, 'served_both', group);
      const unmet = REASONS.map((r) => series(result, `unmet_${r}`, group));
      needs.forEach((n, month) => {
        const total = gov[month]! + charity[month]! - both[month]! + unmet.reduce((sum, s) => sum + s[month]!, 0);
        expect(total, `${group} month ${month + 1}`).toBe(n);
      });
    }
    expect(sum(series(result, 'served_charity'))).toBeGreaterThan(0);
    expect(sum(series(result, 'served_both'))).toBeGreaterThan(0);
  });

  it('splits the unseen needs by domain', () => {
    const byDomain = DOMAINS.map((d) => series(result, `unseen_${d}`));
    series(result, 'unmet_unseen').forEach((v, m) => expect(byDomain.reduce((s, x) => s + x[m]!, 0)).toBe(v));
  });

  it('keeps the group counts consistent: urban plus rural is the county', () => {
    for (const metric of ['in_need', 'needs', 'served_gov', 'fell_through', 'unmet_unseen'] as const) {
      const all = series(result, metric);
      const urban = series(result, metric, 'urban');
      const rural = series(result, metric, 'rural');
      all.forEach((v, m) => expect(urban[m]! + rural[m]!, metric).toBe(v));
    }
  });

  it('reports households in need between needs / 6 and needs, and the fallen-through among them', () => {
    const inNeed = series(result, 'in_need');
    const needs = series(result, 'needs');
    const fell = series(result, 'fell_through');
    inNeed.forEach((h, m) => {
      expect(h).toBeLessThanOrEqual(needs[m]!);
      expect(h * 6).toBeGreaterThanOrEqual(needs[m]!);
      expect(fell[m]).toBeLessThanOrEqual(h);
    });
  });

  it('calls a need fallen through after the set number of unmet months', () => {
    const one = run({ gaps: { fellThroughMonths: 1 } });
    const unmet = REASONS.reduce((sum, r) => sum + summary(one, `unmet_${r}`), 0);
    const fell = REASONS.reduce((sum, r) => sum + summary(one, `fell_through_${r}`), 0);
    expect(fell).toBeCloseTo(unmet, 9);
    const six = run({ gaps: { fellThroughMonths: 6 } });
    expect(summary(six, 'fell_through')).toBeLessThan(summary(one, 'fell_through'));
  });

  it('finds poverty after transfers no higher than before them, and lower where dibao pays', () => {
    const before = series(result, 'poverty_headcount_before_transfers');
    const after = series(result, 'poverty_headcount');
    after.forEach((v, m) => expect(v).toBeLessThanOrEqual(before[m]!));
    expect(summary(result, 'poverty_headcount')).toBeLessThan(summary(result, 'poverty_headcount_before_transfers') * 0.8);
  });

  it('keeps the rates between 0 and 1', () => {
    for (const metric of ['need_satisfaction_rate', 'service_coverage_rate', 'resource_matching_rate', 'poverty_headcount', 'dibao_coverage'] as const) {
      for (const v of series(result, metric)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });
});
