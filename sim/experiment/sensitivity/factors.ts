/**
 * The factors of a sensitivity analysis — each a name and the range it is varied over,
 * uniformly — and the checks every design and analysis makes on its inputs: ranges that are
 * not empty, and a finite output for every run (a missing run is named, never dropped,
 * because dropping one run unbalances a Morris trajectory or a Saltelli block).
 * Pure (no Node, no DOM).
 */
import { AnalysisError, positions } from '../analysisError.ts';

export interface Factor {
  /** A scenario parameter path, e.g. "trust.baseline"; no spaces or commas (SALib's files). */
  readonly name: string;
  readonly low: number;
  readonly high: number;
}

/** An AnalysisError for the first factor that is not usable. */
export function checkFactors(factors: readonly Factor[]): void {
  if (factors.length < 1) throw new AnalysisError('factors: none given; expected at least one factor (k ≥ 1)');
  const seen = new Map<string, number>();
  factors.forEach((factor, i) => {
    const at = `factors[${i}] ${JSON.stringify(factor.name)}`;
    if (typeof factor.name !== 'string' || !/^[^\s,#"]+$/.test(factor.name)) {
      throw new AnalysisError(`${at}: is not a usable name; expected a non-empty name without spaces, commas, quotes or #, e.g. "trust.baseline" (SALib's problem file splits on them)`);
    }
    const first = seen.get(factor.name);
    if (first !== undefined) throw new AnalysisError(`${at}: is also factors[${first}]; expected each factor once`);
    seen.set(factor.name, i);
    for (const end of ['low', 'high'] as const) {
      if (typeof factor[end] !== 'number' || !Number.isFinite(factor[end])) {
        throw new AnalysisError(`${at}: ${end} ${String(factor[end])} is not a finite number; expected a range [low, high]`);
      }
    }
    if (!(factor.low < factor.high)) {
      throw new AnalysisError(`${at}: low ${factor.low} is not below high ${factor.high}; expected low < high`);
    }
  });
}

/**
 * A point of the unit cube in the factors' ranges: (1 − u)·low + u·high, which gives low and
 * high exactly at u = 0 and u = 1 (low + u·(high − low) can miss high by a rounding).
 */
export function scaled(unit: readonly number[], factors: readonly Factor[]): number[] {
  return unit.map((u, i) => (1 - u) * factors[i]!.low + u * factors[i]!.high);
}

/**
 * The outputs as numbers, after checking there is one per sample row and each is finite;
 * otherwise an AnalysisError naming the rows (1-based, as the lines of the sample file).
 */
export function checkOutputs(outputs: ReadonlyArray<number | null | undefined>, rows: number, what = 'outputs'): number[] {
  if (outputs.length !== rows) {
    throw new AnalysisError(`${what}: ${outputs.length} values for ${rows} sample rows; expected one output per row, in the sample's order`);
  }
  const missing: number[] = [];
  for (let i = 0; i < rows; i++) if (typeof outputs[i] !== 'number' || !Number.isFinite(outputs[i])) missing.push(i);
  if (missing.length > 0) {
    throw new AnalysisError(`${what}: ${positions(missing, 'row')} ${missing.length === 1 ? 'has' : 'have'} no value (missing, null or not finite); expected a number for every run — rerun ${missing.length === 1 ? 'it' : 'them'}: leaving runs out would unbalance the design`);
  }
  return outputs as number[];
}

/** Every sample row holds one finite number per factor; otherwise an AnalysisError naming the row (1-based). */
export function checkRows(rows: ReadonlyArray<readonly number[]>, factors: readonly Factor[]): void {
  rows.forEach((row, r) => {
    if (row.length !== factors.length) throw new AnalysisError(`sample row ${r + 1}: ${row.length} values; expected ${factors.length}, one per factor (${factors.map((f) => f.name).join(', ')})`);
    row.forEach((x, i) => {
      if (!Number.isFinite(x)) throw new AnalysisError(`sample row ${r + 1}: ${factors[i]!.name} is ${String(x)}; expected a finite number`);
    });
  });
}
