/**
 * The contract between the page and the engine workers: plain data only. Results cross
 * in batches of months as typed arrays (transferred, not copied); the last batch also
 * carries the run's summary, the numbers the CLI writes, so the page never re-derives one.
 */
import type { CountyFit, FitProgress } from '../sim/county/fit.ts';
import type { CountyProfile } from '../sim/county/profile.ts';
import type { MetricName } from '../sim/engine/metrics.ts';
import type { Issue } from '../sim/scenario/errors.ts';
import type { MonthStory } from '../sim/engine/story.ts';

/** What opens a run: one scenario (raw settings, as the user made them) and one seed. */
export interface OpenRequest {
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
  readonly metricNames: readonly MetricName[];
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
  /** summary[group][metric] over the whole run (null where undefined), in the last batch only: RunResult's summary. */
  readonly summary?: Array<Array<number | null>>;
}

/** A scenario that failed validation: each problem names the field, the value and what was expected. */
export interface Invalid {
  readonly error: string;
}

export interface EngineApi {
  /** Check a scenario without running it. */
  validate(raw: Record<string, unknown>): Invalid | { readonly ok: true };
  /** Set up a run (population and warm-up); returns its id and what the page needs to draw it. */
  open(request: OpenRequest): (RunInfo & { readonly id: number }) | Invalid;
  /** Simulate up to `months` more months of run `id`. */
  advance(id: number, months: number): MonthBatch;
  /** The run's output as the CLI writes it with --out FILE.csv (for the months done). */
  csv(id: number): string;
  /** Each household's fate over the run (opened withFates), once the run is done; undefined otherwise. */
  fates(id: number): HouseholdFates | undefined;
  /** Household h's story over the months done so far: the months it was in need or on dibao (sim/engine/storyLog.ts). */
  story(id: number, h: number): MonthStory[];
  close(id: number): void;
  /**
   * Fit a county scenario to a checked profile's dibao caseload (sim/county/fit.ts, the same
   * search and settings as `gapsim county`, `maxEvaluations` its --evaluations), every run in
   * this worker. `onProgress` (a Comlink proxy) hears each run as it ends: the stage, runs done
   * and runs in the stage. About a minute.
   */
  fitCounty(profile: CountyProfile, warnings: readonly Issue[], maxEvaluations: number, onProgress?: FitProgress): Promise<CountyFit>;
}
