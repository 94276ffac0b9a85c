/**
 * What the page holds (in its store, store.ts): the scenario as the user has set it (a raw
 * scenario object, as a file would hold it) and the number of seeds, which the URL holds
 * too (share.ts); whether the engine accepts the scenario; the scenario's runs and what
 * they are doing; the comparison list; the chart a lesson points at; and the latest notice
 * for the status line. The language is i18n's.
 */
import { getPath, setPath } from '../sim/common/plainData.ts';
import type { ScenarioEvent } from '../sim/scenario/events.ts';
import type { RunHandle } from './engineClient.ts';
import { DEFAULT_SCENARIO } from './readyScenarios.ts';
import type { Store } from './store.ts';

export interface AppState {
  raw: Record<string, unknown>;
  /** Seeds to run, from the scenario's own up. */
  seeds: number;
  /** Why the engine refuses the scenario ('' when it accepts it, or has not said yet). */
  invalid: string;
  /**
   * The scenario's runs, one per seed (none before a run and after a reset). The array is
   * replaced when runs open or reset; after each batch of months the same array is announced
   * again, its runs holding the new months (runController.ts is the one place that does).
   */
  runs: readonly RunHandle[];
  /** Simulating every month to the end (Run). */
  running: boolean;
  /** Playing a month at a time. */
  playing: boolean;
  /** Months asked of the workers and not yet back, or about to be asked (running or playing). */
  busy: boolean;
  /** The scenarios in Compare, each named as it was added, and which of them is the baseline. */
  comparison: Array<{ label: string; raw: Record<string, unknown> }>;
  baseline: number;
  /** The chart a revealed lesson points at, and what the run shows (written beside it). */
  lesson: { readonly chart: string; readonly finding: string } | undefined;
  /** The latest message for the status line: shown until the runs change or the page is drawn again. */
  notice: Notice | undefined;
}

export interface Notice {
  readonly text: string;
  readonly kind: 'info' | 'error';
}

export type PageStore = Store<AppState>;

export const MAX_SEEDS = 10;
export const MAX_COMPARED = 4;

export function initialState(): AppState {
  return {
    raw: structuredClone(DEFAULT_SCENARIO.raw), seeds: 1, invalid: '',
    runs: [], running: false, playing: false, busy: false,
    comparison: [], baseline: 0, lesson: undefined, notice: undefined,
  };
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

/** The scenario's events (none when it has no list). */
export function scenarioEvents(raw: Readonly<Record<string, unknown>>): ScenarioEvent[] {
  return Array.isArray(raw.events) ? (raw.events as ScenarioEvent[]) : [];
}

export { getPath, setPath };
