/**
 * An experiment's sensitivity sample (the `sensitivity` key of an experiment file): the
 * Morris trajectories or the Saltelli sample over its factors, drawn from a generator seeded
 * by the key's own `seed`, so the same file gives the same sample on every machine and every
 * shard. The runs' seeds are the experiment's seeds: each sample row runs on every one of
 * them, and the analysis takes, for each row, the mean of a metric over its seeds (common
 * random numbers: every row sees the same households and shocks, so the differences Morris
 * and Sobol read are not drowned in between-seed noise).
 *
 * Values are run exactly as sampled (sample.txt is the design that ran), except that a
 * whole-number parameter takes the nearest whole number: the analysis then reads the model
 * as "round, then simulate", the sample itself stays continuous, and SALib, reading the same
 * sample.txt, finds the same Morris steps. Pure (no Node, no DOM).
 */
import seedrandom from 'seedrandom';
import type { Random } from '../../engine/random.ts';
import { PARAMETER_BY_PATH } from '../../scenario/parameters.ts';
import type { Sensitivity } from '../experimentFile.ts';
import { sampleRows } from '../experimentFile.ts';
import type { Factor } from './factors.ts';
import { morrisSample } from './morris.ts';
import { saltelliSample } from './saltelli.ts';

export interface SensitivitySample {
  readonly method: Sensitivity['method'];
  readonly factors: readonly Factor[];
  /** The sample matrix in the method's order (morris.ts, saltelli.ts), as sampled. */
  readonly rows: number[][];
}

export const factorsOf = (s: Sensitivity): Factor[] => s.factors.map((f) => ({ name: f.path, low: f.low, high: f.high }));

export function sensitivitySample(s: Sensitivity): SensitivitySample {
  const factors = factorsOf(s);
  const random = seedrandom.alea(`gapsim:sensitivity:${s.method}:${s.seed}`);
  const rows = s.method === 'morris'
    ? morrisSample(factors, { trajectories: s.trajectories, levels: s.levels }, random).rows
    : saltelliSample(factors, s.baseRows, random).rows;
  return { method: s.method, factors, rows };
}

/** A sampled value as the run takes it: whole-number parameters rounded, others exactly as sampled. */
export function valueToRun(path: string, x: number): number {
  return PARAMETER_BY_PATH.get(path)?.kind === 'integer' ? Math.round(x) : x;
}

/** The generator of one metric's bootstrap: its own stream, so a metric's intervals do not depend on which others are analysed. */
export function bootstrapRandom(s: Sensitivity, metric: string): Random {
  return seedrandom.alea(`gapsim:sensitivity:${s.method}:${s.seed}:bootstrap:${metric}`);
}

/**
 * What the design costs, said before any run: "Morris: 10 trajectories × (6 factors + 1) = 70
 * sample rows × 2 seeds = 140 runs". Rows that come out equal (Morris trajectories can cross
 * on the grid; whole numbers can round together) run once: `distinct` of them.
 */
export function planText(s: Sensitivity, seeds: number, distinct: number): string {
  const k = s.factors.length;
  const rows = sampleRows(s);
  const factors = `${k} factor${k === 1 ? '' : 's'}`;
  const head = s.method === 'morris'
    ? `Morris: ${s.trajectories} trajectories × (${factors} + 1) = ${rows} sample rows`
    : `Sobol: ${s.baseRows} base rows × (${factors} + 2) = ${rows} sample rows`;
  const merged = distinct < rows ? ` (${distinct} distinct: ${rows - distinct} repeat an earlier row and run once)` : '';
  return `${head}${merged} × ${seeds} seed${seeds === 1 ? '' : 's'} = ${distinct * seeds} runs`;
}
