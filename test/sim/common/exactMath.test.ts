import { describe, expect, it } from 'vitest';
import { cos, exp, log, power } from '../../../sim/common/exactMath.ts';
import { stream } from '../../../sim/engine/random.ts';

/** Relative difference in units of 2^-52. */
const ulps = (a: number, b: number) => Math.abs(a - b) / (Math.abs(b) * Number.EPSILON || Number.MIN_VALUE);

describe('exact math', () => {
  const random = stream(3, 'population');
  it('exp agrees with Math.exp to a few units in the last place', () => {
    for (let i = 0; i < 5000; i++) {
      const x = (random() - 0.5) * 60;
      expect(ulps(exp(x), Math.exp(x)), String(x)).toBeLessThan(4);
    }
    expect(exp(0)).toBe(1);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(-1000)).toBe(0);
    expect(exp(-720)).toBeCloseTo(Math.exp(-720), 320);
  });
  it('log agrees with Math.log, at the extremes too', () => {
    for (let i = 0; i < 5000; i++) {
      const x = Math.exp((random() - 0.5) * 80);
      expect(Math.abs(log(x) - Math.log(x)), String(x)).toBeLessThan(4 * Number.EPSILON * Math.max(1, Math.abs(Math.log(x))));
    }
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(5e-324)).toBeCloseTo(Math.log(5e-324), 10);
    expect(log(Number.MAX_VALUE)).toBeCloseTo(Math.log(Number.MAX_VALUE), 10);
  });
  it('cos agrees with Math.cos over whole turns', () => {
    for (let i = 0; i < 5000; i++) {
      const x = random() * 2 * Math.PI;
      expect(Math.abs(cos(x) - Math.cos(x)), String(x)).toBeLessThan(4 * Number.EPSILON);
    }
    expect(cos(0)).toBe(1);
    expect(cos(-1.3)).toBe(cos(1.3));
  });
  it('power multiplies out whole powers exactly and handles zero and negative bases', () => {
    expect(power(3, 4)).toBe(81);
    expect(power(-2, 3)).toBe(-8);
    expect(power(2, -2)).toBe(0.25);
    expect(power(0.9, 0.45)).toBeCloseTo(Math.pow(0.9, 0.45), 14);
    expect(power(0, 0.5)).toBe(0);
    expect(power(-1, 0.5)).toBeNaN();
  });
});
