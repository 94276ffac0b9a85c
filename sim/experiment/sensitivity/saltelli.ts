/**
 * Saltelli's sample for first-order and total Sobol indices (Saltelli et al. 2010, Computer
 * Physics Communications 181:259–270): two independent N × k base matrices A and B of the
 * unit cube, and for each factor i the matrix AB_i — A with its column i taken from B. The
 * model runs on every row of A, B and the k matrices AB_i: N(k + 2) runs. (Second-order
 * indices would need the BA_i too; they are not estimated here.)
 *
 * The rows come in SALib's order for calc_second_order=False (Herman & Usher 2017): for each
 * base row j, A_j, then AB_1j … AB_kj, then B_j — so a sample or output file written from
 * this design can be analysed by SALib, and SALib's by us.
 *
 * A and B are drawn from the seeded generator passed in. SALib draws them from a Sobol
 * low-discrepancy sequence instead, whose error falls nearly as 1/N rather than 1/√N: a
 * pseudo-random base gives the same indices in expectation but needs more rows for the
 * same precision (and any first n rows of it are themselves a valid sample, which the
 * convergence check in sobol.ts relies on). Pure (no Node, no DOM).
 */
import type { Random } from '../../engine/random.ts';
import { checkCount } from '../analysisError.ts';
import { checkFactors, scaled, type Factor } from './factors.ts';

export interface SaltelliDesign {
  readonly factors: readonly Factor[];
  /** N, the rows of each base matrix. */
  readonly baseRows: number;
  /** N(k + 2) points in the factors' ranges, in SALib's order (see above). */
  readonly rows: number[][];
}

/** The runs a Saltelli design takes: N(k + 2). Checks its inputs, so a plan can be shown before any run. */
export function saltelliRuns(factorCount: number, baseRows: number): number {
  checkCount(factorCount, 'factors', 1, 'k, the number of factors');
  checkCount(baseRows, 'base rows', 2, 'N, the rows of the base matrices A and B');
  return baseRows * (factorCount + 2);
}

export function saltelliSample(factors: readonly Factor[], baseRows: number, random: Random): SaltelliDesign {
  checkFactors(factors);
  saltelliRuns(factors.length, baseRows);
  const k = factors.length;
  const rows: number[][] = [];
  for (let j = 0; j < baseRows; j++) {
    const a = Array.from({ length: k }, () => random());
    const b = Array.from({ length: k }, () => random());
    rows.push(scaled(a, factors));
    for (let i = 0; i < k; i++) rows.push(scaled(a.map((x, c) => (c === i ? b[i]! : x)), factors));
    rows.push(scaled(b, factors));
  }
  return { factors, baseRows, rows };
}

/** Where in the rows (or outputs) of a Saltelli design base row j's A, AB_i and B are. */
export const saltelliRow = {
  a: (j: number, k: number): number => j * (k + 2),
  ab: (j: number, i: number, k: number): number => j * (k + 2) + 1 + i,
  b: (j: number, k: number): number => j * (k + 2) + k + 1,
};
