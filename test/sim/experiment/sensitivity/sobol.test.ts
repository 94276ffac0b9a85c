import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { saltelliRuns, saltelliSample } from '../../../../sim/experiment/sensitivity/saltelli.ts';
import { sobolAnalyse, type SobolResult } from '../../../../sim/experiment/sensitivity/sobol.ts';
import { ISHIGAMI_FACTORS, ISHIGAMI_S1, ISHIGAMI_ST, ishigami } from './ishigami.ts';
import { failure } from '../analysisFailure.ts';


const N = 2 ** 13;
const design = saltelliSample(ISHIGAMI_FACTORS, N, seedrandom.alea('gapsim:test:saltelli'));
const outputs = design.rows.map(ishigami);
const result: SobolResult = sobolAnalyse(ISHIGAMI_FACTORS, outputs, { random: seedrandom.alea('gapsim:test:bootstrap') });

describe('Saltelli sample', () => {
  it('has N(k + 2) rows in SALib order: A, each AB_i (A with column i from B), B', () => {
    expect(saltelliRuns(3, N)).toBe(N * 5);
    expect(design.rows).toHaveLength(N * 5);
    for (let j = 0; j < 50; j++) {
      const [a, ab1, ab2, ab3, b] = design.rows.slice(5 * j, 5 * j + 5) as [number[], number[], number[], number[], number[]];
      expect(ab1).toEqual([b[0], a[1], a[2]]);
      expect(ab2).toEqual([a[0], b[1], a[2]]);
      expect(ab3).toEqual([a[0], a[1], b[2]]);
      for (const x of [...a, ...b]) {
        expect(x).toBeGreaterThanOrEqual(-Math.PI);
        expect(x).toBeLessThanOrEqual(Math.PI);
      }
    }
  });

  it('is the same for the same seed and spreads over the ranges', () => {
    const again = saltelliSample(ISHIGAMI_FACTORS, 8, seedrandom.alea('gapsim:test:saltelli'));
    expect(again.rows).toEqual(design.rows.slice(0, 40));
    const firstColumn = design.rows.filter((_, r) => r % 5 === 0).map((row) => row[0]!);
    const mean = firstColumn.reduce((s, x) => s + x, 0) / firstColumn.length;
    expect(Math.abs(mean)).toBeLessThan(0.1); // uniform on [−π, π]: mean 0, se ≈ 0.02
  });
});

describe('Sobol indices on the Ishigami function (N = 2^13)', () => {
  it('are within ±0.05 of the analytic indices', () => {
    result.indices.forEach((index, i) => {
      expect(Math.abs(index.S1 - ISHIGAMI_S1[i]!), `S1 of ${index.name}: ${index.S1}`).toBeLessThan(0.05);
      expect(Math.abs(index.ST - ISHIGAMI_ST[i]!), `ST of ${index.name}: ${index.ST}`).toBeLessThan(0.05);
    });
    // x3 acts only with x1: no first-order share, a total share of about a quarter.
    expect(result.indices[2]!.ST - result.indices[2]!.S1).toBeGreaterThan(0.15);
  });

  it('have bootstrap intervals that hold the analytic values for most indices', () => {
    let held = 0;
    result.indices.forEach((index, i) => {
      expect(index.S1Low).toBeLessThan(index.S1);
      expect(index.S1High).toBeGreaterThan(index.S1);
      expect(index.S1Conf).toBeGreaterThan(0);
      expect(index.S1Conf).toBeLessThan(0.05);
      if (index.S1Low <= ISHIGAMI_S1[i]! && ISHIGAMI_S1[i]! <= index.S1High) held++;
      if (index.STLow <= ISHIGAMI_ST[i]! && ISHIGAMI_ST[i]! <= index.STHigh) held++;
    });
    expect(held).toBeGreaterThanOrEqual(5);
  });

  it('report converged at this N, from the indices on N/4, N/2 and N rows', () => {
    expect(result.convergence.steps.map((s) => s.baseRows)).toEqual([N / 4, N / 2, N]);
    expect(result.convergence.converged).toBe(true);
    expect(result.convergence.largestChange).toBeLessThan(0.05);
    expect(result.convergence.steps[2]!.S1).toEqual(result.indices.map((x) => x.S1));
  });

  it('report not converged when N is too small for the tolerance', () => {
    const small = saltelliSample(ISHIGAMI_FACTORS, 64, seedrandom.alea('gapsim:test:small'));
    const rough = sobolAnalyse(ISHIGAMI_FACTORS, small.rows.map(ishigami), { random: seedrandom.alea('b'), resamples: 100, tolerance: 0.01 });
    expect(rough.convergence.converged).toBe(false);
    expect(rough.convergence.largestChange).toBeGreaterThan(0.01);
  });

  it('do not move when a constant is added to the output (the outputs are centred)', () => {
    const shifted = sobolAnalyse(ISHIGAMI_FACTORS, outputs.map((y) => y + 1000), { random: seedrandom.alea('gapsim:test:bootstrap'), resamples: 10 });
    shifted.indices.forEach((index, i) => {
      expect(index.S1).toBeCloseTo(result.indices[i]!.S1, 9);
      expect(index.ST).toBeCloseTo(result.indices[i]!.ST, 9);
    });
  });

  it('are exact in expectation for an additive function: S1 = ST = each term\'s share', () => {
    // f = x1 + 2·x2 on [0, 1]²: variances 1/12 and 4/12, so S = (0.2, 0.8) with no interaction.
    const factors = [{ name: 'x1', low: 0, high: 1 }, { name: 'x2', low: 0, high: 1 }];
    const sample = saltelliSample(factors, 4096, seedrandom.alea('gapsim:test:additive'));
    const additive = sobolAnalyse(factors, sample.rows.map(([x1, x2]) => x1! + 2 * x2!), { random: seedrandom.alea('b'), resamples: 50 });
    expect(additive.indices.map((x) => x.S1)).toEqual([expect.closeTo(0.2, 1), expect.closeTo(0.8, 1)]);
    // Jansen's total index is exact here: (f_A − f_AB1)² is (Δx1)², whatever x2 is.
    expect(additive.indices[0]!.ST / additive.indices[1]!.ST).toBeCloseTo(0.25, 1);
  });
});

describe('Sobol analysis input checks', () => {
  it('names the rows whose outputs are missing', () => {
    const y: Array<number | null> = outputs.slice(0, 50);
    y[6] = NaN;
    y[11] = null;
    expect(failure(() => sobolAnalyse(ISHIGAMI_FACTORS, y, { random: seedrandom.alea('b') }))).toContain('outputs: rows 7 and 12 have no value');
  });

  it('refuses outputs that do not fit a Saltelli design, or do not vary', () => {
    expect(failure(() => sobolAnalyse(ISHIGAMI_FACTORS, outputs.slice(0, 49), { random: seedrandom.alea('b') }))).toContain('49 values; expected N(k + 2) = N × 5 for 3 factors');
    expect(failure(() => sobolAnalyse(ISHIGAMI_FACTORS, outputs.slice(0, 5), { random: seedrandom.alea('b') }))).toContain('with N ≥ 2 base rows');
    expect(failure(() => sobolAnalyse(ISHIGAMI_FACTORS, new Array(50).fill(0.3), { random: seedrandom.alea('b') }))).toContain('are all 0.3; expected outputs that vary');
  });

  it('refuses N < 2, k < 1 and inverted ranges before any run', () => {
    expect(failure(() => saltelliRuns(3, 1))).toBe('base rows: 1; expected a whole number ≥ 2 (N, the rows of the base matrices A and B)');
    expect(failure(() => saltelliRuns(0, 100))).toContain('factors: 0; expected a whole number ≥ 1');
    expect(failure(() => saltelliSample([], 10, seedrandom.alea('b')))).toContain('factors: none given');
    const factors = [{ name: 'a', low: 0, high: 1 }, { name: 'b', low: 0, high: 1 }, { name: 'trust.baseline', low: 0.8, high: 0.2 }];
    expect(failure(() => saltelliSample(factors, 10, seedrandom.alea('b')))).toBe('factors[2] "trust.baseline": low 0.8 is not below high 0.2; expected low < high');
    expect(failure(() => saltelliSample([{ name: 'a', low: 1, high: 1 }], 10, seedrandom.alea('b')))).toContain('low 1 is not below high 1');
    expect(failure(() => saltelliSample([{ name: 'a', low: NaN, high: 1 }], 10, seedrandom.alea('b')))).toContain('low NaN is not a finite number');
    expect(failure(() => saltelliSample([{ name: 'a b', low: 0, high: 1 }], 10, seedrandom.alea('b')))).toContain('is not a usable name');
    expect(failure(() => saltelliSample([{ name: 'a', low: 0, high: 1 }, { name: 'a', low: 0, high: 2 }], 10, seedrandom.alea('b')))).toContain('factors[1] "a": is also factors[0]');
  });
});
