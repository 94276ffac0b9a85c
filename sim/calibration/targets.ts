/**
 * Published figures the model is compared with (calibration/targets.json): loading and
 * validation. Every problem is reported at once, each naming the field, the value and
 * what was expected (the style of sim/scenario/errors.ts).
 */
import { closest } from '../common/closest.ts';
import { ScenarioError, quote, type Issue } from '../scenario/errors.ts';
import { checkFiniteNumbers } from '../scenario/finiteNumbers.ts';
import { QUANTITY_NAMES, quantityByName } from './quantities.ts';

export type Role = 'calibrate' | 'corroborate';
export const ROLES: readonly Role[] = ['calibrate', 'corroborate'];

export interface Target {
  readonly id: string;
  readonly description: string;
  readonly value: number;
  readonly unit: string;
  readonly year: string;
  /** "docs/sources.md §N" plus a short citation. */
  readonly source: string;
  /** A name from QUANTITIES (sim/calibration/quantities.ts). */
  readonly quantity: string;
  /** Ready scenarios the quantity is computed on (default: the quantity's own). */
  readonly scenarios: readonly string[];
  /** Absolute tolerance, in the quantity's unit. */
  readonly tolerance: number;
  readonly toleranceReason: string;
  readonly weight: number;
  readonly role: Role;
}

const STRING_FIELDS = ['id', 'description', 'unit', 'source', 'quantity', 'toleranceReason'] as const;

export function loadTargets(text: string, file = 'calibration/targets.json'): Target[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError([{ path: '', message: `not valid JSON (${(error as Error).message})` }], file);
  }
  checkFiniteNumbers(raw, text, '', file);
  const list = Array.isArray(raw) ? raw : (raw as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(list)) {
    throw new ScenarioError([{ path: 'targets', message: `is ${quote(list)}; expected an array of targets` }], file);
  }
  const issues: Issue[] = [];
  const targets: Target[] = [];
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const at = (field: string) => `targets[${i}].${field}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ path: `targets[${i}]`, message: `is ${quote(item)}; expected an object` });
      return;
    }
    const t = item as Record<string, unknown>;
    const before = issues.length;
    for (const field of STRING_FIELDS) {
      if (typeof t[field] !== 'string' || (t[field] as string).trim() === '') {
        issues.push({ path: at(field), message: t[field] === undefined ? 'is missing; expected a non-empty string' : `is ${quote(t[field])}; expected a non-empty string` });
      }
    }
    if (typeof t.year !== 'string' && typeof t.year !== 'number') issues.push({ path: at('year'), message: `is ${quote(t.year)}; expected a year such as "2023"` });
    if (typeof t.value !== 'number' || !Number.isFinite(t.value)) issues.push({ path: at('value'), message: t.value === undefined ? 'is missing; expected a number' : `is ${quote(t.value)}; expected a number` });
    if (typeof t.tolerance !== 'number' || !Number.isFinite(t.tolerance) || t.tolerance <= 0) {
      issues.push({ path: at('tolerance'), message: t.tolerance === undefined ? 'is missing; expected a number > 0' : `is ${quote(t.tolerance)}; expected a number > 0 (absolute, in the quantity's unit)` });
    }
    const weight = t.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) issues.push({ path: at('weight'), message: `is ${quote(weight)}; expected a number ≥ 0` });
    if (!ROLES.includes(t.role as Role)) issues.push({ path: at('role'), message: `is ${quote(t.role)}; expected one of ${ROLES.map((r) => `"${r}"`).join(', ')}` });
    if (typeof t.quantity === 'string' && !quantityByName(t.quantity)) {
      const hint = closest(t.quantity, QUANTITY_NAMES);
      issues.push({ path: at('quantity'), message: `is ${quote(t.quantity)}; expected a quantity name${hint ? ` (did you mean "${hint}"?)` : ` (one of ${QUANTITY_NAMES.join(', ')})`}` });
    }
    if (typeof t.id === 'string') {
      if (ids.has(t.id)) issues.push({ path: at('id'), message: `is ${quote(t.id)}, already used by another target; expected a unique id` });
      ids.add(t.id);
    }
    let scenarios: string[] | undefined;
    const rawScenarios = t.scenarios ?? t.scenario;
    if (rawScenarios !== undefined) {
      const arr = typeof rawScenarios === 'string' ? [rawScenarios] : rawScenarios;
      if (!Array.isArray(arr) || arr.length === 0 || arr.some((s) => typeof s !== 'string' || s === '')) {
        issues.push({ path: at('scenario'), message: `is ${quote(rawScenarios)}; expected a ready scenario name or a list of them` });
      } else scenarios = arr as string[];
    }
    if (issues.length > before) return;
    const quantity = quantityByName(t.quantity as string)!;
    if (scenarios && scenarios.length !== quantity.scenarios.length) {
      issues.push({ path: at('scenario'), message: `is ${quote(scenarios)}; expected ${quantity.scenarios.length} scenario(s) for quantity "${quantity.name}" (${quantity.scenarios.join(', ')})` });
      return;
    }
    targets.push({
      id: t.id as string, description: t.description as string, value: t.value as number, unit: t.unit as string,
      year: String(t.year), source: t.source as string, quantity: quantity.name, scenarios: scenarios ?? quantity.scenarios,
      tolerance: t.tolerance as number, toleranceReason: t.toleranceReason as string, weight: weight as number, role: t.role as Role,
    });
  });
  if (issues.length > 0) throw new ScenarioError(issues, file);
  return targets;
}
