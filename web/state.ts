/**
 * What the page holds: the scenario as the user has set it (a raw scenario object, as a
 * file would hold it), the number of seeds, the comparison list and the language. The
 * URL holds the first two (share.ts).
 */
import { getPath, setPath } from '../sim/shared/plainData.ts';
import { DEFAULT_SCENARIO } from './readyScenarios.ts';

export interface AppState {
  raw: Record<string, unknown>;
  seeds: number;
  comparison: Array<{ label: string; raw: Record<string, unknown> }>;
  baseline: number;
}

export const MAX_SEEDS = 10;
export const MAX_COMPARED = 4;

export function initialState(): AppState {
  return { raw: structuredClone(DEFAULT_SCENARIO.raw), seeds: 1, comparison: [], baseline: 0 };
}

/** Remove a dotted path from a raw scenario (so a default or a pattern's preset applies again). */
export function unsetPath(raw: Record<string, unknown>, path: string): Record<string, unknown> {
  const keys = path.split('.');
  if (getPath(raw, path) === undefined) return raw;
  const parent = keys.length > 1 ? getPath(raw, keys.slice(0, -1).join('.')) : raw;
  const copy = { ...(parent as Record<string, unknown>) };
  delete copy[keys.at(-1)!];
  return keys.length > 1 ? setPath(raw, keys.slice(0, -1).join('.'), copy) : copy;
}

export { getPath, setPath };
