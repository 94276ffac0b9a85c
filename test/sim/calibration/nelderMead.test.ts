import { describe, expect, it } from 'vitest';
import { intoCube, nelderMead } from '../../../sim/calibration/nelderMead.ts';

/** A batch objective from a function of one point, counting the points it is given. */
function counted(f: (x: readonly number[]) => number) {
  const calls = { points: 0 };
  return { calls, objective: (points: number[][]) => { calls.points += points.length; return points.map(f); } };
}

describe('nelderMead in the unit cube', () => {
  it('finds the minimum of a quadratic inside the cube', async () => {
    const centre = [0.3, 0.7, 0.55];
    const { objective } = counted((x) => x.reduce((sum, v, i) => sum + (i + 1) * (v - centre[i]!) ** 2, 0));
    const found = await nelderMead(objective, [0.9, 0.1, 0.5], { maxEvaluations: 500, pointTolerance: 1e-5, valueTolerance: 1e-10 });
    found.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i]!, 3));
    expect(found.value).toBeLessThan(1e-6);
  });

  it('finds the minimum of the Rosenbrock function on a box', async () => {
    // x, y in [−2, 2] mapped to the unit cube; the minimum (1, 1) is at (0.75, 0.75).
    const rosenbrock = ([u, v]: readonly number[]) => {
      const x = -2 + 4 * u!;
      const y = -2 + 4 * v!;
      return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    };
    const found = await nelderMead(counted(rosenbrock).objective, [0.2, 0.9], { maxEvaluations: 2000, pointTolerance: 1e-7, valueTolerance: 1e-12 });
    expect(found.x[0]).toBeCloseTo(0.75, 3);
    expect(found.x[1]).toBeCloseTo(0.75, 3);
  });

  it('stays within the cube when the minimum lies outside it', async () => {
    const { objective } = counted(([x, y]) => (x! - 1.5) ** 2 + (y! + 0.4) ** 2);
    const seen: number[][] = [];
    const found = await nelderMead((points) => { seen.push(...points); return objective(points); }, [0.5, 0.5], { maxEvaluations: 300 });
    expect(seen.every((p) => p.every((v) => v >= 0 && v <= 1))).toBe(true);
    // The default stopping tolerance is 1e-3 of each range.
    expect(found.x[0]).toBeCloseTo(1, 2);
    expect(found.x[1]).toBeCloseTo(0, 2);
  });

  it('never evaluates more points than allowed, and counts a given start value as free', async () => {
    const { calls, objective } = counted(([x, y]) => (x! - 0.2) ** 2 + (y! - 0.3) ** 2);
    const found = await nelderMead(objective, [0.9, 0.9], { maxEvaluations: 11 }, 0.98);
    expect(calls.points).toBeLessThanOrEqual(11);
    expect(found.evaluations).toBe(calls.points);
    expect(found.value).toBeLessThan(0.98);
  });

  it('reflects a coordinate back at the face it crossed', () => {
    expect(intoCube(-0.2)).toBeCloseTo(0.2);
    expect(intoCube(1.3)).toBeCloseTo(0.7);
    expect(intoCube(2.5)).toBe(0);
    expect(intoCube(0.4)).toBe(0.4);
  });
});
