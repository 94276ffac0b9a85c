/**
 * Validate a scenario object (after `extends` is resolved) against the parameter
 * declarations: unknown keys, wrong types, values out of range and rules that do not
 * compile are all collected, then reported together. Missing parameters take their
 * defaults.
 */
import { LIMITS } from './limits.ts';
import { closest } from '../common/closest.ts';
import { isObject } from '../common/plainData.ts';
import { compileRule, RuleError } from '../rules/compiler.ts';
import { ScenarioError, quote, type Issue } from './errors.ts';
import { validateEvents, type ScenarioEvent } from './events.ts';
import { isParam, type Param, type ParamTree } from './param.ts';
import { META_KEYS, PARAMETERS, PARAMETER_BY_PATH, type Scenario } from './parameters.ts';
import { placeholderVariables } from './ruleVariables.ts';

export function validateScenario(raw: unknown, file?: string): Scenario {
  const issues: Issue[] = [];
  if (!isObject(raw)) throw new ScenarioError([{ path: '', message: `is ${quote(raw)}; expected a JSON object of scenario keys` }], file);
  const values = checkTree(PARAMETERS, raw, '', issues, META_KEYS) as Record<string, unknown>;
  const months = typeof values.months === 'number' && Number.isInteger(values.months) ? values.months : PARAMETERS.months.default;
  const events = validateEvents(raw.events, months, issues, checkChanges);
  for (const key of ['name', 'description'] as const) {
    const value = raw[key];
    if (value !== undefined && typeof value !== 'string') issues.push({ path: key, message: `is ${quote(value)}; expected a string` });
  }
  if (issues.length === 0) checkOrganisations(values, events, issues);
  if (issues.length > 0) throw new ScenarioError(issues, file);
  return {
    ...values,
    events,
    name: typeof raw.name === 'string' ? raw.name : 'untitled',
    description: typeof raw.description === 'string' ? raw.description : '',
  } as Scenario;
}


/** Refuse a run with more charity organisations than LIMITS.organisations, at the start and opened by events. */
function checkOrganisations(values: Record<string, unknown>, events: readonly ScenarioEvent[], issues: Issue[]): void {
  const s = values as unknown as Scenario;
  const atStart = Math.ceil(((s.charities.community.perTenThousand + s.charities.foundation.perTenThousand) * s.households) / 10_000);
  const opened = events.reduce((sum, e) => sum + (e.type === 'open_charities' && e.kind !== 'hub' ? e.count : 0), 0);
  if (atStart + opened > LIMITS.organisations) {
    issues.push({ path: 'events', message: `open charity organisations to ${atStart + opened} in all (${atStart} at the start, ${opened} by events); expected at most ${LIMITS.organisations}` });
  }
}

/** Parameters a policy event may change mid-run: policy, not the run or who the people are. */
export const POLICY_PATHS = [...PARAMETER_BY_PATH.keys()].filter((path) =>
  !['seed', 'months', 'households', 'warmupMonths', 'pattern'].includes(path) &&
  (!path.startsWith('population.') || path.startsWith('population.digital')));

function checkChanges(changes: Record<string, unknown>, path: string, issues: Issue[]): void {
  for (const [key, value] of Object.entries(changes)) {
    const param = POLICY_PATHS.includes(key) ? PARAMETER_BY_PATH.get(key) : undefined;
    if (!param) {
      const hint = closest(key, POLICY_PATHS);
      issues.push({ path: `${path}.${key}`, message: `is not a policy parameter an event can change${hint ? ` (did you mean "${hint}"?)` : ''}; see docs/parameters.md` });
      continue;
    }
    checkValue(param, value, `${path}.${key}`, issues);
  }
}

function checkTree(tree: ParamTree, raw: Record<string, unknown>, prefix: string, issues: Issue[], extraKeys: readonly string[] = []): unknown {
  const out: Record<string, unknown> = {};
  const known = Object.keys(tree);
  for (const key of Object.keys(raw)) {
    if (Object.hasOwn(tree, key) || extraKeys.includes(key)) continue;
    const hint = closest(key, [...known, ...extraKeys]);
    issues.push({
      path: join(prefix, key),
      message: `is not a known key${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${[...known, ...extraKeys].join(', ')}`,
    });
  }
  for (const [key, node] of Object.entries(tree)) {
    const path = join(prefix, key);
    const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
    if (isParam(node)) {
      out[key] = value === undefined ? node.default : checkValue(node, value, path, issues);
    } else if (value === undefined) {
      out[key] = checkTree(node, {}, path, issues);
    } else if (!isObject(value)) {
      issues.push({ path, message: `is ${quote(value)}; expected an object with keys ${Object.keys(node).join(', ')}` });
      out[key] = checkTree(node, {}, path, issues);
    } else {
      out[key] = checkTree(node, value, path, issues);
    }
  }
  return out;
}

function checkValue(param: Param, value: unknown, path: string, issues: Issue[]): unknown {
  const expected = describeExpected(param);
  if (param.kind === 'choice') {
    if (typeof value !== 'string' || !param.options!.includes(value)) {
      const hint = typeof value === 'string' ? closest(value, param.options!) : undefined;
      issues.push({ path, message: `is ${quote(value)}${hint ? ` (did you mean "${hint}"?)` : ''}; expected ${expected}` });
      return param.default;
    }
    return value;
  }
  if (param.kind === 'choices') {
    const options = param.options!;
    if (!Array.isArray(value)) {
      issues.push({ path, message: `is ${quote(value)}; expected ${expected}` });
      return param.default;
    }
    value.forEach((item, i) => {
      if (typeof item !== 'string' || !options.includes(item)) {
        const hint = typeof item === 'string' ? closest(item, options) : undefined;
        issues.push({ path: `${path}[${i}]`, message: `is ${quote(item)}${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${options.join(', ')}` });
      } else if (value.indexOf(item) !== i) {
        issues.push({ path: `${path}[${i}]`, message: `repeats ${quote(item)}; expected each of ${options.join(', ')} at most once` });
      }
    });
    return value;
  }
  if (param.kind === 'rule') {
    if (typeof value !== 'string') {
      issues.push({ path, message: `is ${quote(value)}; expected ${expected}` });
      return param.default;
    }
    try {
      compileRule(value, placeholderVariables());
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      issues.push({ path, message: `${quote(value)} ${error.message}` });
    }
    return value;
  }
  const ok =
    typeof value === 'number' && Number.isFinite(value) &&
    (param.kind !== 'integer' || Number.isInteger(value)) &&
    (param.min === undefined || value >= param.min) &&
    (param.max === undefined || value <= param.max);
  if (!ok) issues.push({ path, message: `is ${quote(value)}; expected ${expected}` });
  return value;
}

export function describeExpected(param: Param): string {
  if (param.kind === 'rule') return 'an expression (a string) such as "income_pc < line and registered"';
  if (param.kind === 'choice') return `one of: ${param.options!.join(', ')}`;
  if (param.kind === 'choices') return `a list (JSON array) of some of: ${param.options!.join(', ')}, e.g. ["${param.options![0]}"]`;
  const what = param.kind === 'integer' ? 'a whole number' : 'a number';
  const range = param.min !== undefined && param.max !== undefined ? ` from ${param.min} to ${param.max}`
    : param.min !== undefined ? ` of at least ${param.min}` : param.max !== undefined ? ` of at most ${param.max}` : '';
  return `${what}${range} (${param.unit})`;
}

const join = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key);
