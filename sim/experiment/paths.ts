/**
 * The paper's paths to a better arrangement (§5), each a named change to a scenario: the
 * settings that switch on its mechanism (docs/MODEL.md, "The paper's paths"). One
 * definition: `gapsim levers --paths` and the page rank them per yuan, the validation report
 * tests each one's claim (sim/validation/paths.ts), and each one's ready scenario,
 * scenarios/path_*.json, is the baseline with its changes (written by `npm run docs`).
 * Pure (no Node, no DOM).
 */
export interface PolicyPath {
  /** snake_case; the ready scenario is scenarios/path_<id>.json. */
  readonly id: string;
  /** The paper's section, e.g. "§5.2". */
  readonly section: string;
  /** What a policymaker would call it. */
  readonly title: string;
  /** What it changes and how it works, in a sentence or two (the ready scenario's description). */
  readonly description: string;
  /** Scenario settings, merged deeply onto the scenario the path is tried on. */
  readonly changes: Readonly<Record<string, unknown>>;
}

export const PATHS: readonly PolicyPath[] = [];
