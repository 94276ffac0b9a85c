import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { morrisAnalyse, morrisRuns, morrisSample } from '../../../../sim/experiment/sensitivity/morris.ts';
import { ISHIGAMI_FACTORS, ishigami } from './ishigami.ts';
import { failure } from '../analysisFailure.ts';


const factors = [
  { name: 'x1', low: 0, high: 1 },
  { name: 'x2', low: 10, high: 30 },
  { name: 'x3', low: -5, high: 5 },
];

describe('Morris sample', () => {
  const design = morrisSample(factors, { trajectories: 30 }, seedrandom.alea('gapsim:test:morris'));

  it('plans r(k + 1) runs and gives them', () => {
    expect(morrisRuns(3, 30)).toBe(120);
    expect(design.rows).toHaveLength(120);
    expect(design.delta).toBeCloseTo(2 / 3, 15);
  });

  it('moves one factor per step, each once per trajectory, by ±Δ of its range, on the grid', () => {
    const upAndDown = new Set<number>();
    for (let t = 0; t < 30; t++) {
      const rows = design.rows.slice(4 * t, 4 * t + 4);
      const moved: number[] = [];
      for (let s = 1; s < 4; s++) {
        const changed = [0, 1, 2].filter((i) => rows[s]![i] !== rows[s - 1]![i]);
        expect(changed).toHaveLength(1);
        const i = changed[0]!;
        moved.push(i);
        const f = factors[i]!;
        const unitStep = (rows[s]![i]! - rows[s - 1]![i]!) / (f.high - f.low);
        expect(Math.abs(unitStep)).toBeCloseTo(2 / 3, 12);
        upAndDown.add(Math.sign(unitStep));
      }
      expect([...moved].sort()).toEqual([0, 1, 2]);
      for (const row of rows) {
        row.forEach((x, i) => {
          const level = ((x - factors[i]!.low) / (factors[i]!.high - factors[i]!.low)) * 3; // p = 4: levels 0, 1/3, 2/3, 1
          expect(level).toBeCloseTo(Math.round(level), 12);
        });
      }
    }
    expect([...upAndDown].sort()).toEqual([-1, 1]);
  });

  it('is the same for the same generator seed, and differs for another', () => {
    expect(morrisSample(factors, { trajectories: 30 }, seedrandom.alea('gapsim:test:morris')).rows).toEqual(design.rows);
    expect(morrisSample(factors, { trajectories: 30 }, seedrandom.alea('other')).rows).not.toEqual(design.rows);
  });
});

describe('Morris analysis', () => {
  it('gives every elementary effect of a linear function as c_i × (high − low), and σ = 0', () => {
    // f = 3·x1 − 2·x2 + 0.5·x3: a step of ±Δ of the range changes f by ±c_i·Δ·(high − low), and
    // SALib's effect divides by the unit-cube step ±Δ, so each effect is c_i·(high − low):
    // 3·1 = 3, −2·20 = −40, 0.5·10 = 5. μ is that, μ* its size, σ and mu_star_conf 0.
    const design = morrisSample(factors, { trajectories: 10, levels: 6 }, seedrandom.alea('gapsim:test:linear'));
    const outputs = design.rows.map(([x1, x2, x3]) => 3 * x1! - 2 * x2! + 0.5 * x3!);
    const result = morrisAnalyse(design, outputs, { random: seedrandom.alea('b') });
    const expected = [3, -40, 5];
    result.forEach((index, i) => {
      expect(index.name).toBe(factors[i]!.name);
      expect(index.effects).toHaveLength(10);
      for (const effect of index.effects) expect(effect).toBeCloseTo(expected[i]!, 10);
      expect(index.mu).toBeCloseTo(expected[i]!, 10);
      expect(index.muStar).toBeCloseTo(Math.abs(expected[i]!), 10);
      expect(index.sigma).toBeCloseTo(0, 10);
      expect(index.muStarConf).toBeCloseTo(0, 10);
    });
  });

  it('ranks x1 highest on the Ishigami function and finds x3 through its interaction (p = 8)', () => {
    const design = morrisSample(ISHIGAMI_FACTORS, { trajectories: 200, levels: 8 }, seedrandom.alea('gapsim:test:ishigami'));
    const [x1, x2, x3] = morrisAnalyse(design, design.rows.map(ishigami), { random: seedrandom.alea('b') });
    expect(x1!.muStar).toBeGreaterThan(x3!.muStar);
    expect(x3!.muStar).toBeGreaterThan(x2!.muStar);
    expect(x3!.muStar).toBeGreaterThan(2);
    // x3 matters only with x1 (b·x3⁴·sin x1): effects of both signs, so μ ≪ μ* and σ large.
    expect(Math.abs(x3!.mu)).toBeLessThan(0.25 * x3!.muStar);
    expect(x3!.sigma).toBeGreaterThan(x3!.muStar);
    for (const x of [x1!, x2!, x3!]) {
      expect(x.muStarConf).toBeGreaterThan(0);
      expect(x.muStarConf).toBeLessThan(0.25 * x.muStar);
    }
  });

  it('gives x2 of Ishigami μ* = 7.875 exactly on the default 4-level grid', () => {
    // Levels −π, −π/3, π/3, π and Δ = 2/3: every step of x2 moves 7·sin²x2 between 0 and 3/4,
    // so every |effect| is 5.25 / (2/3). (x1's μ* is 7.70 in expectation on this grid, so with
    // p = 4 x2 edges ahead of x1: the ranking test above uses a finer grid.)
    const design = morrisSample(ISHIGAMI_FACTORS, { trajectories: 40 }, seedrandom.alea('gapsim:test:ishigami4'));
    const x2 = morrisAnalyse(design, design.rows.map(ishigami), { random: seedrandom.alea('b') })[1]!;
    expect(x2.muStar).toBeCloseTo(7.875, 10);
    expect(x2.muStarConf).toBeCloseTo(0, 10);
  });

  it('reads which factor moved from the rows, so a reordered trajectory analyses the same', () => {
    const design = morrisSample(factors, { trajectories: 5 }, seedrandom.alea('gapsim:test:reverse'));
    const f = ([x1, x2, x3]: number[]) => x1! * x2! + x3! ** 2;
    const forward = morrisAnalyse(design, design.rows.map(f), { random: seedrandom.alea('b') });
    // The same trajectories walked backwards: every step reversed, so the same effects.
    const reversed = Array.from({ length: 5 }, (_, t) => design.rows.slice(4 * t, 4 * t + 4).reverse()).flat();
    const backward = morrisAnalyse({ factors, rows: reversed }, reversed.map(f), { random: seedrandom.alea('b') });
    backward.forEach((index, i) => {
      expect(index.mu).toBeCloseTo(forward[i]!.mu, 10);
      expect(index.sigma).toBeCloseTo(forward[i]!.sigma, 10);
    });
  });
});

describe('Morris input checks', () => {
  const design = morrisSample(factors, { trajectories: 3 }, seedrandom.alea('gapsim:test:checks'));
  const outputs = design.rows.map((row) => row[0]!);

  it('refuses r < 2, k < 1, odd levels and inverted ranges', () => {
    expect(failure(() => morrisRuns(3, 1))).toBe('trajectories: 1; expected a whole number ≥ 2 (r, the number of Morris trajectories)');
    expect(failure(() => morrisRuns(0, 10))).toContain('factors: 0; expected a whole number ≥ 1');
    expect(failure(() => morrisSample(factors, { trajectories: 1 }, seedrandom.alea('b')))).toContain('trajectories: 1');
    expect(failure(() => morrisSample(factors, { trajectories: 4, levels: 5 }, seedrandom.alea('b')))).toContain('levels: 5; expected an even whole number');
    const inverted = [...factors.slice(0, 2), { name: 'trust.baseline', low: 0.8, high: 0.2 }];
    expect(failure(() => morrisSample(inverted, { trajectories: 4 }, seedrandom.alea('b')))).toBe('factors[2] "trust.baseline": low 0.8 is not below high 0.2; expected low < high');
  });

  it('names the rows whose outputs are missing, rather than dropping them', () => {
    const holes: Array<number | undefined> = [...outputs];
    holes[4] = undefined;
    expect(failure(() => morrisAnalyse(design, holes, { random: seedrandom.alea('b') }))).toContain('outputs: row 5 has no value');
    expect(failure(() => morrisAnalyse(design, outputs.slice(1), { random: seedrandom.alea('b') }))).toContain('outputs: 11 values for 12 sample rows');
  });

  it('refuses rows that are not Morris trajectories, naming them', () => {
    const rows = design.rows.map((row) => [...row]);
    rows[5]![0] = rows[5]![0]! + 0.01; // trajectory 2 (rows 5–8): now two factors change between rows 5 and 6
    const message = failure(() => morrisAnalyse({ factors, rows }, outputs, { random: seedrandom.alea('b') }));
    expect(message).toMatch(/^sample rows [56] and [67] \(trajectory 2\): 2 factors change/);
    expect(failure(() => morrisAnalyse({ factors, rows: design.rows.slice(0, 4) }, outputs.slice(0, 4), { random: seedrandom.alea('b') }))).toContain('4 rows; expected r(k + 1) rows with r ≥ 2');
    expect(failure(() => morrisAnalyse(design, outputs, { random: seedrandom.alea('b'), resamples: 1 }))).toContain('resamples: 1');
  });
});
