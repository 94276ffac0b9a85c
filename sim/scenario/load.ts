/**
 * From a scenario file to a validated Scenario: compose (extends), apply overrides
 * (`--set` assignments first, then the run flags such as --seed), validate.
 */
import { applySet, composeScenario, type ReadText } from './compose.ts';
import type { Scenario } from './parameters.ts';
import { validateScenario } from './validate.ts';

export interface LoadOptions {
  /** `path=value` assignments, applied in order. */
  readonly set?: readonly string[];
  /** Top-level run settings that win over the file and `set` (CLI flags). */
  readonly overrides?: Readonly<Partial<Record<'seed' | 'months' | 'households', number>>>;
}

export function loadScenario(path: string, read: ReadText, options: LoadOptions = {}): Scenario {
  let raw = composeScenario(path, read);
  for (const assignment of options.set ?? []) raw = applySet(raw, assignment);
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    if (value !== undefined) raw = { ...raw, [key]: value };
  }
  return validateScenario(raw, path);
}
