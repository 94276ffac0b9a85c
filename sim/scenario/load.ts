/**
 * From a scenario file to a validated Scenario: compose (extends), apply overrides
 * (`--set` assignments first, then the run flags such as --seed), fill in the pattern's
 * switches, validate.
 */
import { applySet, composeScenario, mergeDeep, sourceOf, type ReadText, type Sources } from './compose.ts';
import { ScenarioError } from './errors.ts';
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
  const sources: Sources = new Map();
  let raw = composeScenario(path, read, [], sources);
  for (const assignment of options.set ?? []) {
    raw = applySet(raw, assignment);
    sources.set(assignment.slice(0, assignment.indexOf('=')).trim(), '--set');
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    if (value !== undefined) {
      raw = { ...raw, [key]: value };
      sources.set(key, `--${key}`);
    }
  }
  try {
    return validateScenario(withPattern(raw), path);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    // Name the file (or flag) each problem is in, which may be a parent rather than `path`.
    throw new ScenarioError(error.issues.map((issue) => {
      const file = sourceOf(issue.path, sources);
      return file === undefined || file === path ? issue : { ...issue, file };
    }), path);
  }
}

/** Fill in the switches the scenario leaves unset from its pattern's preset (patterns.ts). */
export function withPattern(raw: Record<string, unknown>): Record<string, unknown> {
  const pattern = raw.pattern ?? PARAMETERS.pattern.default;
  if (typeof pattern !== 'string' || !Object.hasOwn(PATTERN_PRESETS, pattern)) return raw; // validation reports it
  return mergeDeep(PATTERN_PRESETS[pattern as Pattern], raw);
}
