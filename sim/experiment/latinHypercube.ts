/**
 * A Latin hypercube sample of the unit cube (McKay, Beckman & Conover 1979): each
 * dimension is cut into `points` equal strata and every stratum of every dimension holds
 * exactly one point, so a few points spread over each parameter's whole range. Seeded:
 * the same seed gives the same points on every platform.
 *
 * Experiments sample their ranges with it and calibration starts its search from it; it
 * lives with the experiment designs because calibration sits above experiment (it runs
 * candidates as experiment runs), never below.
 */
import seedrandom from 'seedrandom';

export function latinHypercube(points: number, dimensions: number, seed: number): number[][] {
  if (!Number.isInteger(points) || points < 1) throw new RangeError(`points: ${points} is not valid; expected a whole number ≥ 1`);
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new RangeError(`dimensions: ${dimensions} is not valid; expected a whole number ≥ 1`);
  const random = seedrandom.alea(`gapsim:latin-hypercube:${seed}`);
  const sample = Array.from({ length: points }, () => new Array<number>(dimensions).fill(0));
  for (let d = 0; d < dimensions; d++) {
    const strata = shuffled(points, random);
    for (let i = 0; i < points; i++) sample[i]![d] = (strata[i]! + random()) / points;
  }
  return sample;
}

/** 0 … n−1 in random order (Fisher–Yates). */
function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
