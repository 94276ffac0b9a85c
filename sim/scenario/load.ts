/**
 * From a scenario file to a validated Scenario: compose (extends), apply overrides
 * (`--set` assignments first, then the run flags such as --seed), fill in the pattern's
 * switches, validate.
 */
import { applySet, composeScenario, mergeDeep, type ReadText } from './compose.ts';
import { PATTERN_PRESETS, type Pattern } from './patterns.ts';
import { PARAMETERS, type Scenario } from './parameters.ts';
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
  return validateScenario(withPattern(raw), path);
}

/** Fill in the switches the scenario leaves unset from its pattern's preset (patterns.ts). */
export function withPattern(raw: Record<string, unknown>): Record<string, unknown> {
  const pattern = raw.pattern ?? PARAMETERS.pattern.default;
  if (typeof pattern !== 'string' || !Object.hasOwn(PATTERN_PRESETS, pattern)) return raw; // validation reports it
  return mergeDeep(PATTERN_PRESETS[pattern as Pattern], raw);
}
