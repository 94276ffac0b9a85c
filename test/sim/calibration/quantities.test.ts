import { describe, expect, it } from 'vitest';
import {
  QUANTITIES, RECOVERED_SHARE, crowdingOut, quantityByName, scandalDonationChange, scandalRecoveryYears, shockMonth, type RunView,
} from '../../../sim/calibration/quantities.ts';
import { GROUPS } from '../../../sim/engine/groups.ts';
import { METRIC_NAMES, type MetricName } from '../../../sim/engine/metrics.ts';
import { existsSync } from 'node:fs';

/** A hand-made run: one metric's summary and series for the county, everything else missing. */
function view(metric: MetricName, summary: number | null, series: number[] = [], events: RunView['events'] = []): RunView {
  const m = METRIC_NAMES.indexOf(metric);
  return {
    months: series.length,
    summary: GROUPS.map((_, g) => METRIC_NAMES.map((_, k) => (g === 0 && k === m ? summary : null))),
    series: GROUPS.map((_, g) => METRIC_NAMES.map((_, k) => (g === 0 && k === m ? Float64Array.from(series) : new Float64Array(0)))),
    events,
  };
}

describe('quantities', () => {
  it('each needs only ready scenarios that exist', () => {
    for (const q of QUANTITIES) for (const s of q.scenarios) expect(existsSync(new URL(`../../../scenarios/${s}.json`, import.meta.url)), `${q.name}: ${s}`).toBe(true);
  });

  it('reads a summary metric, and gives null (never a throw) where the run leaves it undefined', () => {
    const run = view('dibao_exclusion_error', 0.62);
    expect(quantityByName('dibao_exclusion_error_all')!.compute([run])).toBe(0.62);
    expect(quantityByName('dibao_coverage_all')!.compute([run])).toBeNull();
  });

  it('finds the shock month as a series index (events are 1-based months)', () => {
    expect(shockMonth(view('charity_donations', null, [], [{ month: 24, type: 'trust_shock' }]))).toBe(23);
    expect(shockMonth(view('charity_donations', null, [], [{ month: 5, type: 'disaster' }]))).toBeNull();
  });

  it('measures a scandal\'s first-year change and the years until donations are back', () => {
    // 12 months at 100, a year at 80, a year at 90, then back at 96 (≥ 95% of before).
    const donations = [...Array(12).fill(100), ...Array(12).fill(80), ...Array(12).fill(90), ...Array(12).fill(100 * RECOVERED_SHARE + 1)];
    expect(scandalDonationChange(donations, 12)).toBeCloseTo(-0.2, 12);
    expect(scandalRecoveryYears(donations, 12)).toEqual({ years: 2, capped: false });
    expect(scandalRecoveryYears(donations.slice(0, 36), 12)).toEqual({ years: 2, capped: true });
    expect(scandalDonationChange(donations, 6)).toBeNull(); // no full year before the shock
  });

  it('computes crowding-out as the paired change in donations per yuan of grant, null without a change in grants', () => {
    expect(crowdingOut(400, 1000, 800, 0)).toBeCloseTo(-0.75, 12);
    expect(crowdingOut(400, 1000, 0, 0)).toBeNull();
  });
});
