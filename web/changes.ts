/**
 * What the user changed from the ready scenario they started from: the settings that
 * differ, each with the value it had and has now, as the engine resolves them (a pattern's
 * preset or a default where a setting is left unset). Run settings (size, seed) are not
 * policy and are left out; so are the name and description.
 */
import { withPattern } from '../sim/scenario/load.ts';
import { RUN_SETTINGS } from '../sim/scenario/parameters.ts';
import { validateScenario } from '../sim/scenario/validate.ts';
import { getPath } from './state.ts';

export interface Change {
  readonly path: string;
  readonly from: unknown;
  readonly to: unknown;
}

const IGNORED = new Set([...RUN_SETTINGS, 'name', 'description']);

/** Dotted paths of the leaves of a raw scenario; arrays (events) are leaves. */
function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return prefix ? [prefix] : [];
  return Object.keys(node).flatMap((key) => leafPaths((node as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
}

/** The scenario with every default filled in, or the raw one when it does not validate. */
function resolved(raw: Record<string, unknown>): Record<string, unknown> {
  try {
    return validateScenario(withPattern(raw)) as unknown as Record<string, unknown>;
  } catch {
    return raw;
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function scenarioChanges(origin: Record<string, unknown>, current: Record<string, unknown>): Change[] {
  const paths = [...new Set([...leafPaths(origin), ...leafPaths(current)])].filter((path) => !IGNORED.has(path.split('.')[0]!));
  const before = resolved(origin);
  const after = resolved(current);
  return paths
    .map((path) => ({ path, from: getPath(before, path) ?? getPath(origin, path), to: getPath(after, path) ?? getPath(current, path) }))
    .filter((change) => !same(change.from, change.to));
}
