/**
 * Nelder–Mead simplex search (Nelder & Mead 1965; the coefficients of Lagarias et al.
 * 1998: reflect 1, expand 2, contract ½, shrink ½) inside the unit cube. A trial point
 * that leaves the cube is reflected back at the face it crossed and then clamped, so the
 * search stays within the parameters' ranges.
 *
 * The objective takes a batch of points and may be asynchronous: the first simplex and a
 * shrink are evaluated as one batch, so their runs can share the worker threads. The
 * search never evaluates more than `maxEvaluations` points.
 */
export type BatchObjective = (points: number[][]) => number[] | Promise<number[]>;

export interface NelderMeadOptions {
  readonly maxEvaluations: number;
  /** Initial simplex edge, in the unit cube (default 0.1: a tenth of each range). */
  readonly step?: number;
  /** Stop when the simplex's values differ by at most this … (default 1e-4) */
  readonly valueTolerance?: number;
  /** … and its vertices lie within this of the best, per coordinate (default 1e-3). */
  readonly pointTolerance?: number;
}

export interface Minimum {
  readonly x: number[];
  readonly value: number;
  /** Points evaluated by the search (the start, if its value was given, not counted). */
  readonly evaluations: number;
}

export async function nelderMead(objective: BatchObjective, start: readonly number[], options: NelderMeadOptions, startValue?: number): Promise<Minimum> {
  const { maxEvaluations, step = 0.1, valueTolerance = 1e-4, pointTolerance = 1e-3 } = options;
  const n = start.length;
  let evaluations = 0;
  const evaluate = async (points: number[][]): Promise<number[] | undefined> => {
    if (evaluations + points.length > maxEvaluations) return undefined;
    evaluations += points.length;
    const values = await objective(points);
    return values.map((v) => (Number.isNaN(v) ? Infinity : v));
  };

  const x0 = start.map(intoCube);
  const vertices = [x0, ...x0.map((_, i) => x0.map((v, j) => (j !== i ? v : v + step <= 1 ? v + step : v - step)))];
  const initial = await evaluate(startValue === undefined ? vertices : vertices.slice(1));
  if (!initial) return { x: x0, value: startValue ?? Infinity, evaluations };
  const values = startValue === undefined ? initial : [startValue, ...initial];
  let simplex = vertices.map((x, i) => ({ x, value: values[i]! }));

  for (;;) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const spread = worst.value - best.value;
    const size = Math.max(...simplex.map((v) => Math.max(...v.x.map((c, j) => Math.abs(c - best.x[j]!)))));
    if (spread <= valueTolerance && size <= pointTolerance) break;

    const centroid = x0.map((_, j) => simplex.slice(0, n).reduce((sum, v) => sum + v.x[j]!, 0) / n);
    const toward = (t: number, from: readonly number[]) => centroid.map((c, j) => intoCube(c + t * (c - from[j]!)));
    const reflected = toward(1, worst.x);
    const [fr] = (await evaluate([reflected])) ?? [];
    if (fr === undefined) break;
    if (fr < best.value) {
      const expanded = toward(2, worst.x);
      const [fe] = (await evaluate([expanded])) ?? [];
      simplex[n] = fe !== undefined && fe < fr ? { x: expanded, value: fe } : { x: reflected, value: fr };
      if (fe === undefined) break;
      continue;
    }
    if (fr < simplex[n - 1]!.value) {
      simplex[n] = { x: reflected, value: fr };
      continue;
    }
    const outside = fr < worst.value;
    const contracted = outside ? toward(0.5, worst.x) : toward(-0.5, worst.x);
    const [fc] = (await evaluate([contracted])) ?? [];
    if (fc === undefined) break;
    if (fc < (outside ? fr : worst.value)) {
      simplex[n] = { x: contracted, value: fc };
      continue;
    }
    const shrunk = simplex.slice(1).map((v) => v.x.map((c, j) => best.x[j]! + 0.5 * (c - best.x[j]!)));
    const shrunkValues = await evaluate(shrunk);
    if (!shrunkValues) break;
    simplex = [best, ...shrunk.map((x, i) => ({ x, value: shrunkValues[i]! }))];
  }
  simplex.sort((a, b) => a.value - b.value);
  return { x: simplex[0]!.x, value: simplex[0]!.value, evaluations };
}

/** Reflect a coordinate back into [0, 1] at the face it crossed, then clamp. */
export function intoCube(v: number): number {
  const reflected = v < 0 ? -v : v > 1 ? 2 - v : v;
  return Math.min(1, Math.max(0, reflected));
}
