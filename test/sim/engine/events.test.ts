import { describe, expect, it } from 'vitest';
import { run, series, summary, withCharities } from '../helpers.ts';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('events', () => {
  it('a grant cut lowers grants from its month on', () => {
    const grants = series(run({ ...withCharities, charities: { ...withCharities.charities, grantsPerHousehold: 60 }, events: [{ month: 13, type: 'grant_cut', share: 0.5 }] }), 'charity_grants');
    expect(grants[11]! / grants[0]!).toBeCloseTo(1, 9);
    expect(grants[12]! / grants[0]!).toBeCloseTo(0.5, 9);
  });

  it('a disaster raises needs at once without touching the ordinary shocks', () => {
    const calm = run({ seed: 4 });
    const hit = run({ seed: 4, events: [{ month: 13, type: 'disaster', share: 0.3, severity: 0.8, region: 'rural' }] });
    expect(series(hit, 'shocks')).toEqual(series(calm, 'shocks'));
    expect(series(hit, 'in_need', 'rural')[12]!).toBeGreaterThan(series(calm, 'in_need', 'rural')[12]! * 1.3);
    expect(series(hit, 'in_need', 'urban')[12]!).toBe(series(calm, 'in_need', 'urban')[12]!);
  });

  it('opening charities adds help', () => {
    const opened = run({ months: 24, events: [{ month: 6, type: 'open_charities', kind: 'community', count: 3 }] });
    const helped = series(opened, 'served_charity');
    expect(mean(helped.slice(0, 5))).toBe(0);
    expect(mean(helped.slice(8))).toBeGreaterThan(5);
  });

  it('a policy change takes effect from its month: a higher rural line enrols more', () => {
    const raised = run({ months: 36, events: [{ month: 13, type: 'policy', set: { 'government.dibao.lineRural': 900 } }] });
    const households = series(raised, 'dibao_households', 'rural');
    expect(mean(households.slice(24))).toBeGreaterThan(mean(households.slice(0, 12)) * 1.3);
  });

  it('a policy change of the digital divide moves households out of digital access', () => {
    const r = run({ months: 24, events: [{ month: 13, type: 'policy', set: { 'population.digitalRural': 0.1 } }] });
    const excluded = series(r, 'in_need', 'digitally_excluded');
    expect(mean(excluded.slice(14))).toBeGreaterThan(mean(excluded.slice(0, 12)) * 1.2);
    expect(summary(r, 'in_need')).toBeGreaterThan(0);
  });
});
