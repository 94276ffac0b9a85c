/** Student's t, the normal and the incomplete beta function they rest on, against printed tables and closed forms. */
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../sim/stats/normal.ts';
import { regularisedBeta } from '../../../sim/stats/specialFunctions.ts';
import { studentTCdf, studentTQuantile, t975 } from '../../../sim/stats/studentT.ts';

/** The 0.975 quantiles of a printed table (e.g. Fisher & Yates), 1–30 degrees of freedom. */
const PRINTED_T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

describe('Student t quantiles', () => {
  it('match the printed table to 3 decimals', () => {
    PRINTED_T975.forEach((t, i) => expect(studentTQuantile(0.975, i + 1), `df ${i + 1}`).toBeCloseTo(t, 3));
    expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.962, 3);
    expect(t975(10)).toBe(studentTQuantile(0.975, 10));
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
    expect(studentTQuantile(0.95, 20)).toBeCloseTo(1.725, 3);
  });

  it('agree with the closed forms for 1 and 2 degrees of freedom, at many levels', () => {
    for (const p of [0.001, 0.05, 0.3, 0.5, 0.6, 0.9, 0.975, 0.999, 0.999999]) {
      // df 1 is the Cauchy distribution: tan(π(p − ½)), written as ±1/tan(π·tail), which keeps
      // its precision near p = 1; df 2: (2p − 1)/√(2p(1 − p)).
      if (p === 0.5) expect(studentTQuantile(p, 1)).toBe(0);
      else expect(studentTQuantile(p, 1) * Math.tan(Math.PI * Math.min(p, 1 - p)), `p ${p}`).toBeCloseTo(p > 0.5 ? 1 : -1, 12);
      expect(studentTQuantile(p, 2), `p ${p}`).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 10);
    }
  });

  it('invert the distribution function, are symmetric, and tend to the normal', () => {
    for (const df of [0.5, 1, 3.5, 7, 29, 250, 5000]) {
      for (const p of [0.01, 0.2, 0.975]) {
        expect(studentTCdf(studentTQuantile(p, df), df), `df ${df}, p ${p}`).toBeCloseTo(p, 12);
        expect(studentTQuantile(1 - p, df)).toBeCloseTo(-studentTQuantile(p, df), 10);
      }
    }
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 14);
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    // Across the switch to the Cornish–Fisher expansion at 1e5 degrees of freedom, no jump.
    expect(Math.abs(studentTQuantile(0.975, 1e5) - studentTQuantile(0.975, 1e5 + 1))).toBeLessThan(1e-9);
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTQuantile(1, 5)).toBeNaN();
  });

  it('rest on the incomplete beta function, checked against closed forms', () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
    for (const x of [0.01, 0.3, 0.77, 0.999]) {
      expect(regularisedBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularisedBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 13);
      expect(regularisedBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 13);
    }
  });
});
