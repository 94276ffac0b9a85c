/**
 * The calibration declaration (calibration/calibration.json): which parameters are free,
 * within which ranges, which targets they are fitted to, on which seeds and at which
 * size, and how long the search may take. Every problem is reported at once, each naming
 * the field, the value and what was expected (the style of sim/scenario/errors.ts).
 */
import { closest } from '../common/closest.ts';
import { ScenarioError, quote, type Issue } from '../scenario/errors.ts';
import { checkFiniteNumbers } from '../scenario/finiteNumbers.ts';
import type { Param } from '../scenario/param.ts';
import { PARAMETERS, PARAMETER_BY_PATH } from '../scenario/parameters.ts';
import { isObject } from '../common/plainData.ts';
import type { Target } from './targets.ts';

/** Common random numbers need several seeds to average out one county's luck. */
export const MIN_SEEDS = 8;

export interface FreeParameter {
  /** Dotted path, as in docs/parameters.md. */
  readonly path: string;
  readonly param: Param;
  readonly low: number;
  readonly high: number;
  /** The targets this parameter is meant to move (documentation; the fit is joint). */
  readonly targets: readonly string[];
}

export interface Calibration {
  readonly parameters: readonly FreeParameter[];
  /** Targets in the loss: role "calibrate" only. */
  readonly targets: readonly Target[];
  readonly seeds: readonly number[];
  readonly households: number;
  readonly months: number;
  /** Overrides the scenarios' warm-up when set. */
  readonly warmupMonths?: number;
  readonly latinHypercube: { readonly points: number; readonly seed: number };
  readonly nelderMead: { readonly maxEvaluations: number };
}

const KEYS = ['about', 'parameters', 'targets', 'seeds', 'households', 'months', 'warmupMonths', 'latinHypercube', 'nelderMead'];

export function loadCalibration(text: string, file: string, allTargets: readonly Target[]): Calibration {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError([{ path: '', message: `is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}); expected a JSON object` }], file);
  }
  checkFiniteNumbers(raw, text, '', file);
  if (!isObject(raw)) throw new ScenarioError([{ path: '', message: `holds ${quote(raw)}; expected a JSON object` }], file);
  const issues: Issue[] = [];
  for (const key of Object.keys(raw)) {
    if (KEYS.includes(key)) continue;
    const hint = closest(key, KEYS);
    issues.push({ path: key, message: `is not a known key${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${KEYS.join(', ')}` });
  }
  const targets = checkTargets(raw.targets, allTargets, issues);
  const parameters = checkParameters(raw.parameters, targets.map((t) => t.id), issues);
  const seeds = checkSeeds(raw.seeds, issues);
  const households = wholeNumber(raw, 'households', PARAMETERS.households.min!, PARAMETERS.households.max!, issues);
  const months = wholeNumber(raw, 'months', PARAMETERS.months.min!, PARAMETERS.months.max!, issues);
  const warmupMonths = raw.warmupMonths === undefined ? undefined : wholeNumber(raw, 'warmupMonths', PARAMETERS.warmupMonths.min!, PARAMETERS.warmupMonths.max!, issues);
  const lhs = section(raw, 'latinHypercube', issues);
  const points = wholeNumber(lhs, 'points', 1, 10_000, issues, 'latinHypercube.');
  const lhsSeed = wholeNumber(lhs, 'seed', 0, 2 ** 32 - 1, issues, 'latinHypercube.');
  const nm = section(raw, 'nelderMead', issues);
  const maxEvaluations = wholeNumber(nm, 'maxEvaluations', 0, 100_000, issues, 'nelderMead.');
  if (issues.length > 0) throw new ScenarioError(issues, file);
  return {
    parameters, targets, seeds, households, months, ...(warmupMonths === undefined ? {} : { warmupMonths }),
    latinHypercube: { points, seed: lhsSeed }, nelderMead: { maxEvaluations },
  };
}

/** The targets named (default: every target of role "calibrate"). */
function checkTargets(raw: unknown, all: readonly Target[], issues: Issue[]): Target[] {
  const calibrate = all.filter((t) => t.role === 'calibrate');
  if (raw === undefined) return calibrate;
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.push({ path: 'targets', message: `is ${quote(raw)}; expected a non-empty list of target ids from calibration/targets.json (or no "targets" for every target of role "calibrate")` });
    return [];
  }
  const chosen: Target[] = [];
  raw.forEach((id, i) => {
    const target = all.find((t) => t.id === id);
    if (!target) {
      const hint = typeof id === 'string' ? closest(id, all.map((t) => t.id)) : undefined;
      issues.push({ path: `targets[${i}]`, message: `is ${quote(id)}, not a target of calibration/targets.json${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${calibrate.map((t) => t.id).join(', ')}` });
    } else if (target.role !== 'calibrate') {
      issues.push({ path: `targets[${i}]`, message: `is "${target.id}", a held-out target (role "${target.role}"); expected a target of role "calibrate": ${calibrate.map((t) => t.id).join(', ')}` });
    } else if (chosen.includes(target)) {
      issues.push({ path: `targets[${i}]`, message: `is "${target.id}" again; expected each target once` });
    } else chosen.push(target);
  });
  return chosen;
}

function checkParameters(raw: unknown, targetIds: readonly string[], issues: Issue[]): FreeParameter[] {
  if (!isObject(raw) || Object.keys(raw).length === 0) {
    issues.push({ path: 'parameters', message: `is ${quote(raw)}; expected an object of free parameters, e.g. { "population.medianIncomeRural": { "range": [1200, 2200] } }` });
    return [];
  }
  const out: FreeParameter[] = [];
  const paths = [...PARAMETER_BY_PATH.keys()];
  for (const [path, spec] of Object.entries(raw)) {
    const at = `parameters.${path}`;
    const param = PARAMETER_BY_PATH.get(path);
    if (!param) {
      const hint = closest(path, paths);
      issues.push({ path: at, message: `"${path}" is not a scenario parameter${hint ? ` (did you mean "${hint}"?)` : ''}; expected a dotted path from docs/parameters.md` });
      continue;
    }
    if (param.kind !== 'number' && param.kind !== 'probability') {
      issues.push({ path: at, message: `is a parameter of kind "${param.kind}"; expected one with continuous values (kind number or probability)` });
      continue;
    }
    if (!isObject(spec)) {
      issues.push({ path: at, message: `is ${quote(spec)}; expected { "range": [low, high] } with an optional "targets" list` });
      continue;
    }
    const range = checkRange(spec.range, param, `${at}.range`, issues);
    const targets = checkParameterTargets(spec.targets, targetIds, `${at}.targets`, issues);
    for (const key of Object.keys(spec)) {
      if (key !== 'range' && key !== 'targets') issues.push({ path: `${at}.${key}`, message: 'is not a known key; expected "range" or "targets"' });
    }
    if (range && targets) out.push({ path, param, low: range[0], high: range[1], targets });
  }
  return out;
}

function checkRange(raw: unknown, param: Param, at: string, issues: Issue[]): [number, number] | undefined {
  const allowed = `${param.min ?? '−∞'} to ${param.max ?? '∞'}`;
  if (!Array.isArray(raw) || raw.length !== 2 || raw.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
    issues.push({ path: at, message: `is ${quote(raw)}; expected [low, high], two numbers with low < high within ${allowed} (${param.unit})` });
    return undefined;
  }
  const [low, high] = raw as [number, number];
  if (!(low < high)) {
    issues.push({ path: at, message: `is ${quote(raw)}, ${low === high ? 'an empty' : 'an inverted'} range; expected [low, high] with low < high` });
    return undefined;
  }
  if ((param.min !== undefined && low < param.min) || (param.max !== undefined && high > param.max)) {
    issues.push({ path: at, message: `is ${quote(raw)}, outside the parameter's allowed values; expected a range within ${allowed} (${param.unit})` });
    return undefined;
  }
  // Calibration stays within what a modeller would defend (Param.plausible), not just what validates.
  if (param.plausible && (low < param.plausible[0] || high > param.plausible[1])) {
    issues.push({ path: at, message: `is ${quote(raw)}, outside the parameter's plausible range; expected a range within ${param.plausible[0]} to ${param.plausible[1]} (${param.unit}, "plausible" in sim/scenario/parameters.ts)` });
    return undefined;
  }
  return [low, high];
}

function checkParameterTargets(raw: unknown, targetIds: readonly string[], at: string, issues: Issue[]): readonly string[] | undefined {
  if (raw === undefined) return targetIds;
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.push({ path: at, message: `is ${quote(raw)}; expected a non-empty list of the calibration's target ids (${targetIds.join(', ')})` });
    return undefined;
  }
  let ok = true;
  raw.forEach((id, i) => {
    if (typeof id === 'string' && targetIds.includes(id)) return;
    const hint = typeof id === 'string' ? closest(id, targetIds) : undefined;
    issues.push({ path: `${at}[${i}]`, message: `is ${quote(id)}, not one of the calibration's targets${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${targetIds.join(', ')}` });
    ok = false;
  });
  return ok ? (raw as string[]) : undefined;
}

function checkSeeds(raw: unknown, issues: Issue[]): number[] {
  const max = PARAMETERS.seed.max!;
  if (!Array.isArray(raw) || raw.some((s) => !Number.isInteger(s) || s < 0 || s > max)) {
    issues.push({ path: 'seeds', message: `is ${quote(raw)}; expected a list of at least ${MIN_SEEDS} whole numbers from 0 to ${max}` });
    return [];
  }
  if (new Set(raw).size !== raw.length) {
    issues.push({ path: 'seeds', message: `is ${quote(raw)}, with a seed given twice; expected ${MIN_SEEDS} or more different seeds` });
  } else if (raw.length < MIN_SEEDS) {
    issues.push({ path: 'seeds', message: `is ${quote(raw)}, ${raw.length} seed${raw.length === 1 ? '' : 's'}; expected at least ${MIN_SEEDS}, so that one county's luck averages out` });
  }
  return raw as number[];
}

function section(raw: Record<string, unknown>, key: string, issues: Issue[]): Record<string, unknown> {
  const value = raw[key];
  if (isObject(value)) return value;
  issues.push({ path: key, message: `is ${quote(value)}; expected an object (see calibration/calibration.json)` });
  return {};
}

function wholeNumber(raw: Record<string, unknown>, key: string, min: number, max: number, issues: Issue[], prefix = ''): number {
  const value = raw[key];
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  // A missing section has already been reported; do not report each of its fields too.
  if (prefix === '' || Object.keys(raw).length > 0) {
    issues.push({ path: `${prefix}${key}`, message: `is ${quote(value)}; expected a whole number from ${min} to ${max}` });
  }
  return min;
}
