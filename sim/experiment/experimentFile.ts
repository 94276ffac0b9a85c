/**
 * Experiment files (experiments/*.json): what a batch runs. Validated like scenario files —
 * every problem named with its field, the value and what was expected — before any run.
 *
 *   {
 *     "name": "dibao line sweep",
 *     "scenario": "../scenarios/baseline.json",     a scenario file, relative to this file
 *     "set": { "households": 10000 },               dotted paths, applied to every run
 *     "seeds": [1, 2, 3] | { "from": 1, "to": 20 }, or "replicates": 20 (seeds 1 to 20)
 *     "factors": {                                   varied together, every combination
 *       "government.dibao.lineRural": { "values": [600, 700, 800] },
 *       "charities.visibilityBias": { "from": 0, "to": 0.6, "step": 0.2 }
 *     },
 *     "latinHypercube": { "points": 20, "seed": 1, "ranges": { "trust.baseline": [0.3, 0.8] } },
 *     "sensitivity": {                               a sampled design for `gapsim sensitivity`, instead
 *       "method": "morris", "trajectories": 10, "levels": 4,   of factors and latinHypercube
 *       (or "method": "sobol", "baseRows": 256), "seed": 1,
 *       "factors": { "trust.baseline": [0.4, 0.8] }  each varied uniformly over [low, high]
 *     },
 *     "metrics": ["fell_through_rate"],             default: every metric
 *     "series": false,                              monthly series too, or the run summary only
 *     "groups": false                               every group, or the county only
 *   }
 *
 * `factors` and `latinHypercube` may be given together: every factor combination is crossed
 * with every hypercube point. `sensitivity` is a design of its own (Morris trajectories or a
 * Saltelli sample, sim/experiment/sensitivity/) and is given without them. Pure (no Node, no DOM).
 */
import { closest } from '../common/closest.ts';
import { METRIC_NAMES, type MetricName } from '../engine/metrics.ts';
import { isMetricName, notAMetric } from '../engine/metricValue.ts';
import { SETTABLE_PATHS } from '../scenario/compose.ts';
import { ScenarioError, quote, type Issue } from '../scenario/errors.ts';
import { PARAMETER_BY_PATH } from '../scenario/parameters.ts';
import { isObject } from '../common/plainData.ts';

export interface Experiment {
  readonly name: string;
  /** The scenario file, as written (relative to the experiment file). */
  readonly scenario: string;
  readonly set: Readonly<Record<string, unknown>>;
  readonly seeds: readonly number[];
  /** Factor paths in the file's order, each with its values in order. */
  readonly factors: ReadonlyArray<{ readonly path: string; readonly values: readonly unknown[] }>;
  readonly latinHypercube?: { readonly points: number; readonly seed: number; readonly ranges: ReadonlyArray<{ readonly path: string; readonly low: number; readonly high: number }> };
  /** A sensitivity sample (absent from experiments that have none, so their digest is unchanged). */
  readonly sensitivity?: Sensitivity;
  readonly metrics: readonly MetricName[];
  readonly series: boolean;
  readonly groups: boolean;
}

export interface SensitivityFactor {
  readonly path: string;
  readonly low: number;
  readonly high: number;
}

/** `seed` seeds the sample's generator (the runs' seeds are the experiment's `seeds`). */
export type Sensitivity =
  | { readonly method: 'morris'; readonly factors: readonly SensitivityFactor[]; readonly trajectories: number; readonly levels: number; readonly seed: number }
  | { readonly method: 'sobol'; readonly factors: readonly SensitivityFactor[]; readonly baseRows: number; readonly seed: number };

/** Runs an experiment may plan: a guard against a typo that would plan millions. */
export const MAX_RUNS = 1_000_000;
const KEYS = ['about', 'name', 'scenario', 'set', 'seeds', 'replicates', 'factors', 'latinHypercube', 'sensitivity', 'metrics', 'series', 'groups'];
const SEED_MAX = PARAMETER_BY_PATH.get('seed')!.max!;

export function parseExperiment(raw: unknown, file?: string): Experiment {
  const issues: Issue[] = [];
  if (!isObject(raw)) throw new ScenarioError([{ path: '', message: `is ${quote(raw)}; expected a JSON object describing an experiment` }], file);
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) {
      const hint = closest(key, KEYS);
      issues.push({ path: key, message: `is not a key of an experiment file${hint ? ` (did you mean "${hint}"?)` : ''}; expected: ${KEYS.join(', ')}` });
    }
  }
  const name = raw.name === undefined ? 'experiment' : raw.name;
  if (typeof name !== 'string') issues.push({ path: 'name', message: `is ${quote(name)}; expected a string` });
  if (typeof raw.scenario !== 'string' || raw.scenario.trim() === '') issues.push({ path: 'scenario', message: `is ${quote(raw.scenario)}; expected the path of a scenario file, e.g. "../scenarios/baseline.json"` });
  const set = raw.set === undefined ? {} : raw.set;
  if (!isObject(set)) issues.push({ path: 'set', message: `is ${quote(set)}; expected an object of parameter paths and values` });
  else for (const path of Object.keys(set)) checkPath(path, `set.${path}`, issues);
  const seeds = parseSeeds(raw, issues);
  const factors = parseFactors(raw.factors, issues);
  const latinHypercube = parseHypercube(raw.latinHypercube, issues);
  const sensitivity = parseSensitivity(raw.sensitivity, issues);
  const metrics = parseMetrics(raw.metrics, issues);
  for (const key of ['series', 'groups'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'boolean') issues.push({ path: key, message: `is ${quote(raw[key])}; expected true or false` });
  }
  const factorPaths = [...factors.map((f) => f.path), ...(latinHypercube?.ranges.map((r) => r.path) ?? [])];
  factorPaths.forEach((path, i) => {
    if (factorPaths.indexOf(path) !== i) issues.push({ path: `factors.${path}`, message: 'is varied twice (in factors and latinHypercube, or twice); expected each path once' });
    if (isObject(set) && Object.hasOwn(set, path)) issues.push({ path: `set.${path}`, message: 'is also a factor; expected a path to be either set or varied' });
  });
  if (sensitivity) {
    const others = (['factors', 'latinHypercube'] as const).filter((key) => raw[key] !== undefined);
    if (others.length > 0) issues.push({ path: 'sensitivity', message: `is given with ${others.join(' and ')}; expected one design: a sensitivity sample alone, or factors and/or a latinHypercube` });
    for (const { path } of sensitivity.factors) {
      if (isObject(set) && Object.hasOwn(set, path)) issues.push({ path: `set.${path}`, message: 'is also a sensitivity factor; expected a path to be either set or varied' });
    }
  }
  if (issues.length === 0) {
    const rows = sensitivity ? sampleRows(sensitivity) : factors.reduce((n, f) => n * f.values.length, 1) * (latinHypercube?.points ?? 1);
    const runs = seeds.length * rows;
    if (runs > MAX_RUNS) issues.push({ path: 'factors', message: `plan ${runs} runs; expected at most ${MAX_RUNS}` });
  }
  if (issues.length > 0) throw new ScenarioError(issues, file);
  return {
    name: name as string, scenario: raw.scenario as string, set: set as Record<string, unknown>, seeds, factors, latinHypercube,
    ...(sensitivity ? { sensitivity } : {}), metrics, series: raw.series === true, groups: raw.groups === true,
  };
}

function checkPath(path: string, at: string, issues: Issue[]): boolean {
  if (SETTABLE_PATHS.includes(path)) return true;
  const hint = closest(path, SETTABLE_PATHS);
  issues.push({ path: at, message: `is not a scenario parameter${hint ? ` (did you mean "${hint}"?)` : ''}; see docs/parameters.md for the list` });
  return false;
}

const isSeed = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= SEED_MAX;

function parseSeeds(raw: Record<string, unknown>, issues: Issue[]): number[] {
  const { seeds, replicates } = raw;
  if (seeds !== undefined && replicates !== undefined) {
    issues.push({ path: 'replicates', message: 'is given with seeds; expected one of them' });
    return [];
  }
  if (replicates !== undefined) {
    if (Number.isInteger(replicates) && (replicates as number) >= 1 && (replicates as number) <= MAX_RUNS) return Array.from({ length: replicates as number }, (_, i) => i + 1);
    issues.push({ path: 'replicates', message: `is ${quote(replicates)}; expected a whole number from 1 to ${MAX_RUNS} (seeds 1 to N)` });
    return [];
  }
  if (seeds === undefined) return [1];
  if (Array.isArray(seeds)) {
    if (seeds.length === 0 || !seeds.every(isSeed)) {
      issues.push({ path: 'seeds', message: `is ${quote(seeds)}; expected a non-empty list of whole numbers from 0 to ${SEED_MAX}` });
      return [];
    }
    const twice = seeds.find((s, i) => seeds.indexOf(s) !== i);
    if (twice !== undefined) issues.push({ path: 'seeds', message: `lists seed ${twice} twice; expected each seed once` });
    return seeds as number[];
  }
  if (isObject(seeds) && isSeed(seeds.from) && isSeed(seeds.to) && seeds.from <= seeds.to && Object.keys(seeds).every((k) => k === 'from' || k === 'to')) {
    return Array.from({ length: seeds.to - seeds.from + 1 }, (_, i) => (seeds.from as number) + i);
  }
  issues.push({ path: 'seeds', message: `is ${quote(seeds)}; expected a list of seeds or {"from": A, "to": B} with 0 ≤ A ≤ B` });
  return [];
}

function parseFactors(raw: unknown, issues: Issue[]): Array<{ path: string; values: unknown[] }> {
  if (raw === undefined) return [];
  if (!isObject(raw)) {
    issues.push({ path: 'factors', message: `is ${quote(raw)}; expected an object of parameter paths, each {"values": [...]} or {"from": A, "to": B, "step": S}` });
    return [];
  }
  const factors: Array<{ path: string; values: unknown[] }> = [];
  for (const [path, spec] of Object.entries(raw)) {
    const at = `factors.${path}`;
    if (!checkPath(path, at, issues)) continue;
    if (isObject(spec) && Array.isArray(spec.values) && Object.keys(spec).length === 1) {
      if (spec.values.length === 0) issues.push({ path: `${at}.values`, message: 'is empty; expected at least one value' });
      else factors.push({ path, values: spec.values });
      continue;
    }
    if (isObject(spec) && Object.keys(spec).sort().join() === 'from,step,to' && [spec.from, spec.to, spec.step].every((x) => typeof x === 'number' && Number.isFinite(x))) {
      const { from, to, step } = spec as { from: number; to: number; step: number };
      if (step <= 0) issues.push({ path: `${at}.step`, message: `is ${step}; expected a number above 0` });
      else if (to < from) issues.push({ path: `${at}.to`, message: `is ${to}, below from (${from}); expected a range that is not empty` });
      else if ((to - from) / step + 1 > MAX_RUNS) issues.push({ path: `${at}.step`, message: `gives more than ${MAX_RUNS} values; expected a larger step` });
      // Each value from the start and its index, so no rounding error accumulates (0.1 + 0.1 + 0.1 ≠ 0.3).
      else factors.push({ path, values: Array.from({ length: Math.floor((to - from) / step + 1e-9) + 1 }, (_, i) => Number((from + i * step).toPrecision(12))) });
      continue;
    }
    issues.push({ path: at, message: `is ${quote(spec)}; expected {"values": [...]} or {"from": A, "to": B, "step": S}` });
  }
  return factors;
}

function parseHypercube(raw: unknown, issues: Issue[]): Experiment['latinHypercube'] {
  if (raw === undefined) return undefined;
  const at = 'latinHypercube';
  if (!isObject(raw) || !isObject(raw.ranges) || Object.keys(raw.ranges).length === 0) {
    issues.push({ path: at, message: `is ${quote(raw)}; expected {"points": N, "seed": S, "ranges": {"path": [low, high], ...}}` });
    return undefined;
  }
  const points = raw.points;
  if (!Number.isInteger(points) || (points as number) < 1 || (points as number) > MAX_RUNS) issues.push({ path: `${at}.points`, message: `is ${quote(points)}; expected a whole number from 1 to ${MAX_RUNS}` });
  const seed = raw.seed ?? 1;
  if (!isSeed(seed)) issues.push({ path: `${at}.seed`, message: `is ${quote(seed)}; expected a whole number from 0 to ${SEED_MAX}` });
  const ranges: Array<{ path: string; low: number; high: number }> = [];
  for (const [path, range] of Object.entries(raw.ranges)) {
    const where = `${at}.ranges.${path}`;
    if (!checkPath(path, where, issues)) continue;
    const param = PARAMETER_BY_PATH.get(path);
    if (!param || param.kind === 'rule' || param.kind === 'choice' || param.kind === 'choices') {
      issues.push({ path: where, message: 'is not a numeric parameter; expected one that takes a number' });
      continue;
    }
    if (!Array.isArray(range) || range.length !== 2 || !range.every((x) => typeof x === 'number' && Number.isFinite(x)) || !(range[0] < range[1])) {
      issues.push({ path: where, message: `is ${quote(range)}; expected [low, high] with low below high` });
      continue;
    }
    ranges.push({ path, low: range[0], high: range[1] });
  }
  return { points: points as number, seed: seed as number, ranges };
}

const SENSITIVITY_KEYS = {
  morris: ['about', 'method', 'factors', 'trajectories', 'levels', 'seed'],
  sobol: ['about', 'method', 'factors', 'baseRows', 'seed'],
} as const;
const SENSITIVITY_SHAPE = '{"method": "morris", "factors": {"path": [low, high], ...}, "trajectories": 10} or {"method": "sobol", "factors": {...}, "baseRows": 256}';

/** Sample rows of a sensitivity design: r(k + 1) for Morris, N(k + 2) for Sobol (before equal rows are merged). */
export function sampleRows(s: Sensitivity): number {
  const k = s.factors.length;
  return s.method === 'morris' ? s.trajectories * (k + 1) : s.baseRows * (k + 2);
}

/**
 * The `sensitivity` key. Factors are numeric parameters varied uniformly over [low, high],
 * inside the parameter's allowed range. A whole-number parameter is sampled like the others
 * and each run takes the nearest whole number (design.ts); for Morris its grid levels must then
 * be at least 1 apart, or a step could round to no change at all.
 */
function parseSensitivity(raw: unknown, issues: Issue[]): Sensitivity | undefined {
  if (raw === undefined) return undefined;
  const at = 'sensitivity';
  const before = issues.length;
  if (!isObject(raw)) {
    issues.push({ path: at, message: `is ${quote(raw)}; expected ${SENSITIVITY_SHAPE}` });
    return undefined;
  }
  const method = raw.method;
  if (method !== 'morris' && method !== 'sobol') {
    issues.push({ path: `${at}.method`, message: `is ${quote(method)}; expected "morris" (elementary effects) or "sobol" (variance-based indices)` });
    return undefined;
  }
  const other = method === 'morris' ? 'sobol' : 'morris';
  for (const key of Object.keys(raw)) {
    if ((SENSITIVITY_KEYS[method] as readonly string[]).includes(key)) continue;
    if ((SENSITIVITY_KEYS[other] as readonly string[]).includes(key)) {
      issues.push({ path: `${at}.${key}`, message: `is a ${other === 'morris' ? 'Morris' : 'Sobol'} setting; expected the ${method === 'morris' ? 'Morris settings trajectories and levels' : 'Sobol setting baseRows'} (or "method": "${other}")` });
      continue;
    }
    const hint = closest(key, SENSITIVITY_KEYS[method]);
    issues.push({ path: `${at}.${key}`, message: `is not a key of a ${method} sensitivity design${hint ? ` (did you mean "${hint}"?)` : ''}; expected: ${SENSITIVITY_KEYS[method].join(', ')}` });
  }
  const seed = raw.seed ?? 1;
  if (!isSeed(seed)) issues.push({ path: `${at}.seed`, message: `is ${quote(seed)}; expected a whole number from 0 to ${SEED_MAX} (the seed of the sample's generator)` });
  const count = (key: string, min: number, meaning: string, even = false): number => {
    const value = raw[key];
    if (value === undefined) {
      issues.push({ path: `${at}.${key}`, message: `is missing; expected ${meaning}, a whole number ≥ ${min}` });
      return NaN;
    }
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > MAX_RUNS || (even && (value as number) % 2 !== 0)) {
      issues.push({ path: `${at}.${key}`, message: `is ${quote(value)}; expected ${meaning}, ${even ? 'an even' : 'a'} whole number from ${min} to ${MAX_RUNS}` });
      return NaN;
    }
    return value as number;
  };
  const trajectories = method === 'morris' ? count('trajectories', 2, 'r, the number of Morris trajectories (10 to 50 is usual)') : NaN;
  const levels = method === 'morris' ? (raw.levels === undefined ? 4 : count('levels', 2, 'p, the Morris grid levels (4 is usual)', true)) : NaN;
  const baseRows = method === 'sobol' ? count('baseRows', 2, 'N, the rows of the Saltelli base matrices A and B (N(k + 2) sample rows; 256 to 4096 is usual)') : NaN;
  const factors = parseSensitivityFactors(raw.factors, method === 'morris' ? levels : undefined, issues);
  if (!factors || issues.length > before) return undefined;
  return method === 'morris' ? { method, factors, trajectories, levels, seed: seed as number } : { method, factors, baseRows, seed: seed as number };
}

function parseSensitivityFactors(raw: unknown, levels: number | undefined, issues: Issue[]): SensitivityFactor[] | undefined {
  const at = 'sensitivity.factors';
  if (!isObject(raw) || Object.keys(raw).length === 0) {
    issues.push({ path: at, message: `is ${quote(raw)}; expected an object of parameter paths, each with its range [low, high], e.g. {"trust.baseline": [0.4, 0.8]}` });
    return undefined;
  }
  const factors: SensitivityFactor[] = [];
  for (const [path, range] of Object.entries(raw)) {
    const where = `${at}.${path}`;
    if (!checkPath(path, where, issues)) continue;
    const param = PARAMETER_BY_PATH.get(path);
    if (path === 'seed') {
      issues.push({ path: where, message: 'is the run seed; expected a scenario parameter (the runs\' seeds are the experiment\'s "seeds" or "replicates")' });
      continue;
    }
    if (!param || param.kind === 'rule' || param.kind === 'choice' || param.kind === 'choices') {
      issues.push({ path: where, message: `is a ${param?.kind ?? 'non-numeric'} parameter; expected one that takes a number (vary rules and choices with "factors" in a batch)` });
      continue;
    }
    if (!Array.isArray(range) || range.length !== 2 || !range.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      issues.push({ path: where, message: `is ${quote(range)}; expected [low, high], two numbers with low < high` });
      continue;
    }
    const [low, high] = range as [number, number];
    if (!(low < high)) {
      issues.push({ path: where, message: `[${low}, ${high}] is an empty range; expected [low, high] with low < high` });
      continue;
    }
    const min = param.min ?? -Infinity;
    const max = param.max ?? Infinity;
    if (low < min || high > max) {
      issues.push({ path: where, message: `[${low}, ${high}] goes beyond the parameter's allowed range [${min}, ${max}] (${param.unit}); expected low ≥ ${min} and high ≤ ${max}${param.plausible ? ` (plausible: [${param.plausible.join(', ')}])` : ''}` });
      continue;
    }
    if (param.kind === 'integer' && levels !== undefined && Number.isInteger(levels) && (high - low) / (levels - 1) < 1) {
      issues.push({ path: where, message: `[${low}, ${high}] with ${levels} levels puts the Morris grid ${Number(((high - low) / (levels - 1)).toPrecision(3))} apart; expected at least 1 apart for a whole-number parameter (a wider range or fewer levels), or a step could round to no change` });
      continue;
    }
    factors.push({ path, low, high });
  }
  return factors.length > 0 ? factors : undefined;
}

function parseMetrics(raw: unknown, issues: Issue[]): MetricName[] {
  if (raw === undefined) return [...METRIC_NAMES];
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.push({ path: 'metrics', message: `is ${quote(raw)}; expected a non-empty list of metric names (README: Metrics)` });
    return [];
  }
  raw.forEach((name, i) => {
    if (!isMetricName(name)) issues.push({ path: `metrics[${i}]`, message: notAMetric(name) });
  });
  // In METRIC_NAMES order, each once, so equal selections give equal outputs.
  return METRIC_NAMES.filter((name) => raw.includes(name));
}
