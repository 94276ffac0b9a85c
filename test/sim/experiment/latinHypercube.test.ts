import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../../sim/experiment/latinHypercube.ts';

describe('latinHypercube', () => {
  it('puts exactly one point in each stratum of each dimension', () => {
    for (const [points, dimensions] of [[1, 1], [7, 3], [24, 4], [50, 2]] as const) {
      const sample = latinHypercube(points, dimensions, 3);
      expect(sample).toHaveLength(points);
      for (let d = 0; d < dimensions; d++) {
        const strata = sample.map((p) => Math.floor(p[d]! * points)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({ length: points }, (_, i) => i));
        expect(sample.every((p) => p[d]! >= 0 && p[d]! < 1)).toBe(true);
      }
    }
  });

  it('is the same for the same seed and differs for another', () => {
    expect(latinHypercube(10, 3, 1)).toEqual(latinHypercube(10, 3, 1));
    expect(latinHypercube(10, 3, 2)).not.toEqual(latinHypercube(10, 3, 1));
  });

  it('pairs the strata at random, not along the diagonal', () => {
    const sample = latinHypercube(20, 2, 1);
    expect(sample.some((p) => Math.floor(p[0]! * 20) !== Math.floor(p[1]! * 20))).toBe(true);
  });

  it('refuses a sample of no points', () => {
    expect(() => latinHypercube(0, 2, 1)).toThrow(/points: 0 is not valid; expected a whole number ≥ 1/);
  });
});
