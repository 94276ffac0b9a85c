import { describe, expect, it } from 'vitest';
import { meanOverSeeds } from '../helpers.ts';

/**
 * Targeting errors emerge from mechanisms, not from a constant: with a means test that
 * sees income as it is, every household aware and able to apply, and nothing but income
 * deciding, dibao reaches the poor by income and few others; each mechanism then moves the
 * error it should.
 */
const perfect = {
  households: 4000,
  application: { awareness: 1, stigmaEffect: 0, hassleCost: 0, onlineOnlyShare: 0 },
  government: {
    assessmentErrorUrban: 0, assessmentErrorRural: 0, hardshipDiscountUrban: 0, hardshipDiscountRural: 0, connectionDiscount: 0,
    caseworkersPer10k: 200, recheckMonths: 1, dataSharing: { income: 1 }, matchingRate: 1,
    dibao: { eligibility: 'income_pc < line and registered', memberEligibility: '0', approvalLagMonths: 0 },
    extremePoverty: { approvalLagMonths: 0 },
  },
};
const changed = (government: Record<string, unknown> = {}, application: Record<string, unknown> = {}) => ({
  ...perfect,
  application: { ...perfect.application, ...application },
  government: { ...perfect.government, ...government },
});
const errors = (overrides: Record<string, unknown>) => ({
  exclusion: meanOverSeeds(3, 'dibao_exclusion_error', overrides),
  inclusion: meanOverSeeds(3, 'dibao_inclusion_error', overrides),
});

describe('dibao targeting errors', () => {
  const base = errors(perfect);

  it('vanish when the means test sees income as it is, everyone can apply, and reviews are monthly', () => {
    expect(base.exclusion).toBeLessThan(0.01);
    expect(base.inclusion).toBeLessThan(0.01);
  });

  it('grow both ways with the means test\'s verification error', () => {
    const noisy = errors(changed({ assessmentErrorUrban: 0.8, assessmentErrorRural: 0.8, assessmentPersistence: 0.9 }));
    expect(noisy.exclusion).toBeGreaterThan(base.exclusion + 0.05);
    expect(noisy.inclusion).toBeGreaterThan(base.inclusion + 0.1);
  });

  it('grow on the inclusion side when visible hardship counts ("rather visible than poor")', () => {
    const visible = errors(changed({ hardshipDiscountUrban: 0.4, hardshipDiscountRural: 0.4 }));
    expect(visible.inclusion).toBeGreaterThan(base.inclusion + 0.1);
  });

  it('grow on the exclusion side when households are unaware, or claiming is a hassle', () => {
    expect(errors(changed({}, { awareness: 0.4 })).exclusion).toBeGreaterThan(base.exclusion + 0.05);
    expect(errors(changed({}, { hassleCost: 1000 })).exclusion).toBeGreaterThan(base.exclusion + 0.05);
  });

  it('grow on the inclusion side when a disabled or ill member may be enrolled alone (Art. 8)', () => {
    const members = errors(changed({ dibao: { ...perfect.government.dibao, memberEligibility: 'disabled and income_pc < 1.5 * line' } }));
    expect(members.inclusion).toBeGreaterThan(base.inclusion + 0.05);
  });
});
