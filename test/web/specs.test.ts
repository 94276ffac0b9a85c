import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../web/i18n/index.ts';
import { compareTitle, trustTitle } from '../../web/specs.ts';

describe('chart titles say what the data show', () => {
  it('a flat trust line holds; a falling one names its lowest month; a recovery and the threshold are said', () => {
    setLanguage('en');
    expect(trustTitle(Array(24).fill(0.6), 0.3)).toBe('Public trust in charities holds at 60%');
    const fall = [0.6, 0.6, 0.4, 0.25, 0.3, 0.45];
    expect(trustTitle(fall, 0.3)).toBe('Public trust in charities falls from 60% to 25% in month 4, then recovers to 45%, below the Tacitus threshold of 30%');
    expect(trustTitle([0.6, 0.5, 0.4], 0.3)).toBe('Public trust in charities falls from 60% to 40% in month 3');
    expect(trustTitle([0.5, 0.55, 0.6], 0.3)).toBe('Public trust in charities rises from 50% to 60%');
    expect(trustTitle([0.6, NaN, NaN], 0.3)).toBe('Public trust in charities holds at 60%');
  });

  it('a comparison names the best scenario, with the unit, and rates in percentage points', () => {
    setLanguage('en');
    const fell = [{ label: 'A', value: 450 }, { label: 'B', value: 412 }, { label: 'C', value: 500 }];
    expect(compareTitle(fell, 'fell_through', 0)).toBe('B does best on fallen through the gaps: 412 households a month on average, 38 households lower than A');
    // The baseline best: against the next best.
    expect(compareTitle(fell, 'fell_through', 1)).toMatch(/^B does best .* 38 households lower than A$/);
    const coverage = [{ label: 'A', value: 0.5 }, { label: 'B', value: 0.532 }];
    expect(compareTitle(coverage, 'service_coverage_rate', 0)).toMatch(/^B does best on .*: 53% a month on average, 3\.2 percentage points higher than A$/);
    expect(compareTitle([{ label: 'A', value: 1 }, { label: 'B', value: 1 }], 'fell_through', 0)).toMatch(/^Every scenario gives the same/);
  });
});
