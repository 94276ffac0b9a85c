/**
 * Morris elementary-effects screening (Morris 1991, Technometrics 33(2):161–174): which
 * factors matter at all, for r(k + 1) runs where a variance-based analysis needs thousands.
 *
 * The sample: r trajectories on a grid of p levels {0, 1/(p − 1), …, 1} of the unit cube.
 * A trajectory starts at a random grid point and moves one factor at a time, in a random
 * order, by Δ = p / (2(p − 1)) up or down (a random direction per factor), so its k + 1
 * points give one elementary effect per factor. This is Morris's randomised orientation
 * B* = (J x* + (Δ/2)((2B − J)D* + J))P*, built point by point: a factor starts at its base
 * level x* when it moves up and at x* + Δ when it moves down. p even puts x* + Δ on the grid.
 *
 * The analysis: for factor i, the elementary effect of a step is the change in output over
 * the step in unit-cube terms, (f(after) − f(before)) / ±Δ — SALib's convention (Herman &
 * Usher 2017), so an effect is "output change per whole range of the factor". Over the r
 * trajectories: μ (mean effect), μ* (mean absolute effect; Campolongo, Cariboni & Saltelli
 * 2007, Environmental Modelling & Software 22:1509–1518, since effects of opposite sign
 * cancel in μ) and σ (their standard deviation: nonlinearity or interaction).
 * Pure (no Node, no DOM); the randomness comes from the generator passed in.
 */
import type { Random } from '../../engine/random.ts';
import { AnalysisError, checkCount } from '../analysisError.ts';
import { mean, sampleSd } from '../../stats/descriptive.ts';
import { bootstrapInterval, drawRows } from '../../stats/bootstrap.ts';
import { bootstrapSettings, type BootstrapOptions } from './bootstrapOptions.ts';
import { checkFactors, checkOutputs, checkRows, scaled, type Factor } from './factors.ts';

export interface MorrisOptions {
  /** r, the number of trajectories (≥ 2). */
  readonly trajectories: number;
  /** p, the number of grid levels (even, ≥ 2); 4 unless given. */
  readonly levels?: number;
}

export interface MorrisDesign {
  readonly factors: readonly Factor[];
  readonly trajectories: number;
  readonly levels: number;
  /** The step in unit-cube terms, p / (2(p − 1)). */
  readonly delta: number;
  /** r(k + 1) points in the factors' ranges: trajectory t is rows t(k+1) … t(k+1) + k. */
  readonly rows: number[][];
}

export interface MorrisIndex {
  readonly name: string;
  readonly mu: number;
  readonly muStar: number;
  readonly sigma: number;
  /** SALib's mu_star_conf: the half-width of a bootstrap interval of μ* (z · bootstrap sd). */
  readonly muStarConf: number;
  /** The r elementary effects, one per trajectory. */
  readonly effects: readonly number[];
}

/** The runs a Morris design takes: r(k + 1). Checks its inputs, so a plan can be shown before any run. */
export function morrisRuns(factorCount: number, trajectories: number): number {
  checkCount(factorCount, 'factors', 1, 'k, the number of factors');
  checkCount(trajectories, 'trajectories', 2, 'r, the number of Morris trajectories');
  return trajectories * (factorCount + 1);
}

export function morrisSample(factors: readonly Factor[], options: MorrisOptions, random: Random): MorrisDesign {
  checkFactors(factors);
  const { trajectories } = options;
  morrisRuns(factors.length, trajectories);
  const levels = options.levels ?? 4;
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) {
    throw new AnalysisError(`levels: ${String(levels)}; expected an even whole number ≥ 2 (p, the Morris grid levels; 4 is usual)`);
  }
  const k = factors.length;
  const jump = levels / 2; // Δ in grid steps
  const rows: number[][] = [];
  for (let t = 0; t < trajectories; t++) {
    // Each factor's two grid levels in this trajectory, in the order it visits them.
    const start: number[] = [];
    const end: number[] = [];
    for (let i = 0; i < k; i++) {
      const base = Math.floor(random() * jump); // x* with x* + Δ still on the grid
      const up = random() < 0.5;
      start.push(up ? base : base + jump);
      end.push(up ? base + jump : base);
    }
    const point = start.map((level) => level / (levels - 1));
    rows.push(scaled(point, factors));
    for (const i of shuffled(k, random)) {
      point[i] = end[i]! / (levels - 1);
      rows.push(scaled(point, factors));
    }
  }
  return { factors, trajectories, levels, delta: jump / (levels - 1), rows };
}

/**
 * μ, μ* and σ of each factor from one metric's outputs (one per row of `design.rows`, in
 * order), and a seeded bootstrap of μ* over trajectories for SALib's mu_star_conf.
 * Which factor moved at each step, and by how much, is read from the rows themselves, so a
 * sample matrix read back from a file (or made by SALib) works as well as our own.
 */
export function morrisAnalyse(design: Pick<MorrisDesign, 'factors' | 'rows'>, outputs: ReadonlyArray<number | null | undefined>, options: BootstrapOptions): MorrisIndex[] {
  const { factors, rows } = design;
  checkFactors(factors);
  const k = factors.length;
  const { resamples, level } = bootstrapSettings(options);
  if (rows.length % (k + 1) !== 0 || rows.length < 2 * (k + 1)) {
    throw new AnalysisError(`sample: ${rows.length} rows; expected r(k + 1) rows with r ≥ 2 trajectories of k + 1 = ${k + 1} points`);
  }
  checkRows(rows, factors);
  const y = checkOutputs(outputs, rows.length);
  const r = rows.length / (k + 1);
  const effects = factors.map(() => new Float64Array(r));
  for (let t = 0; t < r; t++) {
    const moved = new Array<boolean>(k).fill(false);
    for (let step = 1; step <= k; step++) {
      const at = t * (k + 1) + step;
      const before = rows[at - 1]!;
      const after = rows[at]!;
      const changed = factors.map((_, i) => i).filter((i) => after[i] !== before[i]);
      const where = `sample rows ${at} and ${at + 1} (trajectory ${t + 1})`;
      if (changed.length !== 1) {
        throw new AnalysisError(`${where}: ${changed.length} factors change${changed.length > 0 ? ` (${changed.map((i) => factors[i]!.name).join(', ')})` : ''}; expected exactly one per step of a Morris trajectory`);
      }
      const i = changed[0]!;
      if (moved[i]) throw new AnalysisError(`${where}: "${factors[i]!.name}" changes a second time; expected each factor to change once per trajectory`);
      moved[i] = true;
      const unitStep = (after[i]! - before[i]!) / (factors[i]!.high - factors[i]!.low);
      effects[i]![t] = (y[at]! - y[at - 1]!) / unitStep;
    }
  }
  const confs = muStarConfs(effects, resamples, level, options.random);
  return factors.map((factor, i) => {
    const ee = effects[i]!;
    return { name: factor.name, mu: mean(ee), muStar: mean(ee.map(Math.abs)), sigma: sampleSd(ee), muStarConf: confs[i]!, effects: Array.from(ee) };
  });
}

/** For each factor, SALib's mu_star_conf from μ* recomputed on trajectories drawn with replacement. */
function muStarConfs(effects: Float64Array[], resamples: number, level: number, random: Random): number[] {
  const r = effects[0]!.length;
  const drawn = new Uint32Array(r);
  const estimates = effects.map(() => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    drawRows(r, random, drawn);
    effects.forEach((ee, i) => {
      let sum = 0;
      for (const t of drawn) sum += Math.abs(ee[t]!);
      estimates[i]![b] = sum / r;
    });
  }
  return estimates.map((e) => bootstrapInterval(e, level).conf);
}

/** 0 … n − 1 in random order (Fisher–Yates). */
function shuffled(n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
