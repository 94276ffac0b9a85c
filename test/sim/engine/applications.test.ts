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
    const result = run({ ...noDataMatching, application: { awareness: 1, stigmaEffect: 0, onlineOnlyShare: 0 } });
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
});
