import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../sim/engine/reasons.ts';
import { meanOverSeeds, run, series, summary } from '../helpers.ts';

const noDataMatching = { government: { matchingRate: 0 } };

describe('householdsApply', () => {
  it('without awareness or data matching, government learns of nothing and every unmet need is unseen', () => {
    const result = run({ ...noDataMatching, application: { awareness: 0 } });
    expect(summary(result, 'served_gov')).toBe(0);
    for (const reason of REASONS.filter((r) => r !== 'unseen')) expect(summary(result, `unmet_${reason}`), reason).toBe(0);
    expect(summary(result, 'unmet_unseen')).toBe(summary(result, 'needs'));
  });

  it('with awareness and no stigma or digital barrier, applications bring help', () => {
    const result = run({ ...noDataMatching, application: { awareness: 1, stigmaEffect: 0, hassleCost: 0, onlineOnlyShare: 0 } });
    expect(summary(result, 'served_gov')).toBeGreaterThan(0);
    expect(summary(result, 'unmet_declined')).toBe(0);
    expect(summary(result, 'unmet_digitally_excluded')).toBe(0);
  });

  it('stigma makes aware households decline, more so the stronger its effect', () => {
    const weak = meanOverSeeds(3, 'unmet_declined', { ...noDataMatching, application: { stigmaEffect: 0.2 } });
    const strong = meanOverSeeds(3, 'unmet_declined', { ...noDataMatching, application: { stigmaEffect: 1 } });
    expect(strong).toBeGreaterThan(weak * 2);
  });

  it('an online-only channel excludes only households without digital access', () => {
    const result = run({ ...noDataMatching, application: { onlineOnlyShare: 1, stigmaEffect: 0 } });
    const excluded = series(result, 'unmet_digitally_excluded');
    expect(excluded.some((v) => v > 0)).toBe(true);
    expect(series(result, 'unmet_digitally_excluded', 'digitally_excluded')).toEqual(excluded);
  });

  it('excludes the same households every month: a need shut out online stays shut out, and falls through', () => {
    // Were the channel a fresh chance each month (0.3), three months in a row shut out would be 2.7%.
    const result = run({ ...noDataMatching, application: { onlineOnlyShare: 0.3, stigmaEffect: 0, hassleCost: 0 } });
    expect(summary(result, 'fell_through_digitally_excluded') / summary(result, 'unmet_digitally_excluded')).toBeGreaterThan(0.5);
  });

  it('weighs the dibao a household expects against its hassle of claiming: more hassle, fewer claims', () => {
    const easy = meanOverSeeds(3, 'dibao_households', { application: { hassleCost: 0 } });
    const hard = meanOverSeeds(3, 'dibao_households', { application: { hassleCost: 2000 } });
    expect(hard).toBeLessThan(easy * 0.8);
    expect(meanOverSeeds(3, 'unmet_declined', { application: { hassleCost: 2000, stigmaEffect: 0 } })).toBeGreaterThan(0);
  });

  it('lets visibly hard-pressed households claim dibao above the line, as their village would judge them', () => {
    const incomeOnly = { government: { hardshipDiscountUrban: 0, hardshipDiscountRural: 0, connectionDiscount: 0, assessmentErrorUrban: 0, assessmentErrorRural: 0, dibao: { memberEligibility: '0' } } };
    const visible = { government: { ...incomeOnly.government, hardshipDiscountUrban: 0.4, hardshipDiscountRural: 0.4 } };
    expect(meanOverSeeds(3, 'dibao_inclusion_error', visible)).toBeGreaterThan(meanOverSeeds(3, 'dibao_inclusion_error', incomeOnly) + 0.1);
  });
});
