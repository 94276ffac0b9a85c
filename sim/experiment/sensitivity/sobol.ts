/**
 * Sobol indices from the outputs of a Saltelli design (saltelli.ts), one metric at a time.
 *
 *  - First order, the share of the output's variance that factor i explains alone:
 *    V_i ≈ mean(f_B · (f_ABi − f_A)) (Saltelli et al. 2010, Computer Physics Communications
 *    181:259–270, Table 2).
 *  - Total order, the share it has a hand in, interactions included:
 *    VT_i ≈ mean((f_A − f_ABi)²) / 2 (Jansen 1999, Computer Physics Communications 117:35–43,
 *    recommended in Saltelli et al. 2010).
 *  Both are divided by the variance of the outputs of A and B together (divisor 2N).
 *
 * The outputs are first centred on their mean, as SALib does (Herman & Usher 2017): the
 * indices do not change when a constant is added to the output but the first-order
 * estimator's noise does, and a rate near 0.9 would otherwise swamp a small effect.
 *
 * With them: bootstrap intervals (the N base rows drawn with replacement; sim/stats/bootstrap.ts), and
 * a convergence check — the indices on the first N/4, N/2 and N rows, and whether each moved
 * less than a tolerance between N/2 and N. Pure (no Node, no DOM).
 */
import type { Random } from '../../engine/random.ts';
import { AnalysisError } from '../analysisError.ts';
import { bootstrapInterval, drawRows } from '../../stats/bootstrap.ts';
import { bootstrapSettings, type BootstrapOptions } from './bootstrapOptions.ts';
import { checkFactors, checkOutputs, type Factor } from './factors.ts';
import { saltelliRow } from './saltelli.ts';

export interface SobolOptions extends BootstrapOptions {
  /** How far an index may move between N/2 and N rows and still count as converged; 0.05 unless given. */
  readonly tolerance?: number;
}

export interface SobolIndex {
  readonly name: string;
  readonly S1: number;
  /** SALib's S1_conf: half-width, z · bootstrap sd. */
  readonly S1Conf: number;
  /** The bootstrap percentile interval of S1. */
  readonly S1Low: number;
  readonly S1High: number;
  readonly ST: number;
  readonly STConf: number;
  readonly STLow: number;
  readonly STHigh: number;
}

export interface ConvergenceStep {
  readonly baseRows: number;
  readonly S1: readonly number[];
  readonly ST: readonly number[];
}

export interface SobolConvergence {
  /** The indices on the first N/4, N/2 and N base rows (those with at least 2 rows). */
  readonly steps: readonly ConvergenceStep[];
  readonly tolerance: number;
  /** The largest move of any index (S1 or ST) between N/2 and N rows; NaN when N < 4. */
  readonly largestChange: number;
  /** Whether every index moved less than the tolerance between N/2 and N rows. */
  readonly converged: boolean;
}

export interface SobolResult {
  /** N. */
  readonly baseRows: number;
  /** The variance of the outputs of A and B together. */
  readonly variance: number;
  /** One per factor, in the factors' order. */
  readonly indices: readonly SobolIndex[];
  readonly convergence: SobolConvergence;
}

/** The outputs of one Saltelli design split by matrix: f_A, f_B and each f_ABi. */
interface Columns {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly ab: readonly Float64Array[];
}

/** `outputs`: one metric's value for each row of the design, in the design's (SALib's) order. */
export function sobolAnalyse(factors: readonly Factor[], outputs: ReadonlyArray<number | null | undefined>, options: SobolOptions): SobolResult {
  checkFactors(factors);
  const k = factors.length;
  const { resamples, level } = bootstrapSettings(options);
  const tolerance = options.tolerance ?? 0.05;
  if (!(tolerance > 0)) throw new AnalysisError(`tolerance: ${String(tolerance)}; expected a number above 0, e.g. 0.05`);
  if (outputs.length % (k + 2) !== 0 || outputs.length < 2 * (k + 2)) {
    throw new AnalysisError(`outputs: ${outputs.length} values; expected N(k + 2) = N × ${k + 2} for ${k} factor${k === 1 ? '' : 's'}, with N ≥ 2 base rows (a Saltelli design without second-order rows)`);
  }
  const y = checkOutputs(outputs, outputs.length);
  const n = y.length / (k + 2);
  const columns = split(y, n, k);
  const full = estimate(columns, n);
  // Equality, not a variance of 0: rounding can leave a constant output a variance of 1e-33.
  const constant = columns.a.every((x) => x === y[0]) && columns.b.every((x) => x === y[0]);
  if (constant || !(full.variance > 0)) {
    throw new AnalysisError(`outputs: the ${2 * n} outputs of A and B are all ${y[0]}; expected outputs that vary (the indices are shares of their variance)`);
  }
  const intervals = bootstrap(columns, n, full.centre, resamples, level, options.random);
  const indices = factors.map((factor, i) => {
    const s1 = intervals.S1[i]!;
    const st = intervals.ST[i]!;
    return { name: factor.name, S1: full.S1[i]!, S1Conf: s1.conf, S1Low: s1.low, S1High: s1.high, ST: full.ST[i]!, STConf: st.conf, STLow: st.low, STHigh: st.high };
  });
  return { baseRows: n, variance: full.variance, indices, convergence: convergence(columns, n, full, tolerance) };
}

function split(y: readonly number[], n: number, k: number): Columns {
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const ab = Array.from({ length: k }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    a[j] = y[saltelliRow.a(j, k)]!;
    b[j] = y[saltelliRow.b(j, k)]!;
    for (let i = 0; i < k; i++) ab[i]![j] = y[saltelliRow.ab(j, i, k)]!;
  }
  return { a, b, ab };
}

interface Estimate {
  readonly S1: number[];
  readonly ST: number[];
  readonly variance: number;
  /** The mean of every output of the rows used, which they were centred on. */
  readonly centre: number;
}

/** The indices on the first n base rows, centred on those rows' mean. */
function estimate(columns: Columns, n: number): Estimate {
  let sum = 0;
  for (let j = 0; j < n; j++) {
    sum += columns.a[j]! + columns.b[j]!;
    for (const ab of columns.ab) sum += ab[j]!;
  }
  const centre = sum / (n * (columns.ab.length + 2));
  return { ...indicesOn(columns, identityRows(n), centre), centre };
}

/** The estimators on the given base rows (repeats allowed, for the bootstrap), outputs less `centre`. */
function indicesOn(columns: Columns, rows: ArrayLike<number>, centre: number): { S1: number[]; ST: number[]; variance: number } {
  const { a, b, ab } = columns;
  const n = rows.length;
  let sum = 0;
  let squares = 0;
  for (let r = 0; r < n; r++) {
    const j = rows[r]!;
    const fa = a[j]! - centre;
    const fb = b[j]! - centre;
    sum += fa + fb;
    squares += fa * fa + fb * fb;
  }
  const variance = squares / (2 * n) - (sum / (2 * n)) ** 2;
  const S1: number[] = [];
  const ST: number[] = [];
  for (const abi of ab) {
    let first = 0;
    let total = 0;
    for (let r = 0; r < n; r++) {
      const j = rows[r]!;
      const step = abi[j]! - a[j]!; // f_ABi − f_A: the change from moving factor i alone
      first += (b[j]! - centre) * step;
      total += step * step;
    }
    S1.push(first / n / variance);
    ST.push(total / (2 * n) / variance);
  }
  return { S1, ST, variance };
}

function bootstrap(columns: Columns, n: number, centre: number, resamples: number, level: number, random: Random) {
  const k = columns.ab.length;
  const s1 = Array.from({ length: k }, () => new Float64Array(resamples));
  const st = Array.from({ length: k }, () => new Float64Array(resamples));
  const drawn = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    const { S1, ST } = indicesOn(columns, drawRows(n, random, drawn), centre);
    for (let i = 0; i < k; i++) {
      s1[i]![r] = S1[i]!;
      st[i]![r] = ST[i]!;
    }
  }
  return { S1: s1.map((e) => bootstrapInterval(e, level)), ST: st.map((e) => bootstrapInterval(e, level)) };
}

function convergence(columns: Columns, n: number, full: Estimate, tolerance: number): SobolConvergence {
  const steps: ConvergenceStep[] = [];
  for (const rows of [Math.floor(n / 4), Math.floor(n / 2)]) {
    if (rows >= 2 && !steps.some((s) => s.baseRows === rows)) {
      const { S1, ST } = estimate(columns, rows);
      steps.push({ baseRows: rows, S1, ST });
    }
  }
  const half = steps.find((s) => s.baseRows === Math.floor(n / 2));
  steps.push({ baseRows: n, S1: full.S1, ST: full.ST });
  let largestChange = NaN;
  if (half) {
    const moves = [...full.S1.map((x, i) => Math.abs(x - half.S1[i]!)), ...full.ST.map((x, i) => Math.abs(x - half.ST[i]!))];
    largestChange = moves.some(Number.isNaN) ? NaN : Math.max(...moves);
  }
  return { steps, tolerance, largestChange, converged: largestChange < tolerance };
}

const identityRows = (n: number): Uint32Array => Uint32Array.from({ length: n }, (_, i) => i);
