/**
 * The contract between the page and the engine workers: plain data only. Results cross
 * in batches of months as typed arrays (transferred, not copied).
 */
import type { MonthStory } from '../sim/engine/story.ts';

/** A run: one scenario (raw settings, as the user made them) and one seed. */
export interface RunRequest {
  readonly raw: Record<string, unknown>;
  readonly seed: number;
  /** Also send each household's status per month (for the household view). */
  readonly withStatuses: boolean;
  /** Keep each household's fate over the run (sim/engine/fates.ts), for Compare's transition table. */
  readonly withFates?: boolean;
}

/** Each household's fate over a finished run, and its group cell. */
export interface HouseholdFates {
  readonly fate: Uint8Array;
  readonly reason: Uint8Array;
  readonly cells: Uint8Array;
}

export interface RunInfo {
  readonly months: number;
  readonly households: number;
  /** Group-cell flags per household (rural, elderly, …; see sim/engine/groups.ts), for laying out the dots. */
  readonly cells: Uint8Array;
  readonly metricNames: readonly string[];
  readonly groupNames: readonly string[];
}

export interface MonthBatch {
  /** 0-based index of the first month in the batch, and how many months it holds. */
  readonly from: number;
  readonly count: number;
  /** values[(g * metrics + m) * count + i]: group g, metric m, month from + i (NaN = undefined). */
  readonly values: Float64Array;
  /** statuses[i * households + h] (sim/engine/story.ts STATUSES), when asked for. */
  readonly statuses?: Uint8Array;
  readonly done: boolean;
}

/** A scenario that failed validation: each problem names the field, the value and what was expected. */
export interface Invalid {
  readonly error: string;
}

export interface EngineApi {
  /** Check a scenario without running it. */
  validate(raw: Record<string, unknown>): Invalid | { readonly ok: true };
  /** Set up a run (population and warm-up); returns its id and what the page needs to draw it. */
  open(request: RunRequest): (RunInfo & { readonly id: number }) | Invalid;
  /** Simulate up to `months` more months of run `id`. */
  advance(id: number, months: number): MonthBatch;
  /** The run's output as the CLI writes it with --out FILE.csv (for the months done). */
  csv(id: number): string;
  /** Each household's fate over the run (opened withFates), once the run is done; undefined otherwise. */
  fates(id: number): HouseholdFates | undefined;
  /** Household h's story over the months done so far: the months it was in need or on dibao (sim/engine/storyLog.ts). */
  story(id: number, h: number): MonthStory[];
  close(id: number): void;
}
