/**
 * What a run will cost the browser, said before it starts: about how long, from the rate
 * measured on this machine (a first guess until a run has been timed), and how much
 * memory. Pure arithmetic, so it is tested without a browser.
 */
import { runBytes } from '../sim/engine/footprint.ts';
import { STORY_LOG_BYTES, canKeepStoryLog } from '../sim/engine/storyLog.ts';

export interface RunPlan {
  readonly households: number;
  readonly months: number;
  readonly warmupMonths: number;
  readonly seeds: number;
  readonly workers: number;
}

/**
 * Household-months a second in one engine worker before any run here has been timed:
 * 1.7 to 1.9 million measured in headless Chromium on a 2-core machine (the default
 * county, 20,000 households × 156 months, in 2.2 to 3.1 s with the charts drawn as it
 * went); rounded down, as a busy machine is slower.
 */
export const FIRST_GUESS_RATE = 1_500_000;

/** Above these a run gets a warning and asks before it starts. */
export const WARN_SECONDS = 30;
export const WARN_BYTES = 1.5 * 2 ** 30;

export interface RunEstimate {
  readonly seconds: number;
  readonly bytes: number;
  readonly large: boolean;
}

/** Runs (seeds) go to the workers in turn, so each worker simulates this many in a row. */
const rounds = (plan: RunPlan): number => Math.ceil(plan.seeds / Math.max(1, Math.min(plan.workers, plan.seeds)));

export function estimateRun(plan: RunPlan, rate: number): RunEstimate {
  const seconds = (plan.households * (plan.months + plan.warmupMonths) * rounds(plan)) / rate;
  // Every seed's run is open at once in the workers; the page keeps the first seed's dots
  // for every month (a byte per household-month), and its worker the story log.
  const story = canKeepStoryLog(plan.households, plan.months) ? STORY_LOG_BYTES : 0;
  const bytes = plan.seeds * runBytes(plan.households, plan.months) + plan.households * plan.months * (1 + story);
  return { seconds, bytes, large: seconds > WARN_SECONDS || bytes > WARN_BYTES };
}

/** The rate a finished run shows: household-months a second in each worker. */
export function measuredRate(plan: RunPlan, seconds: number): number {
  return (plan.households * (plan.months + plan.warmupMonths) * rounds(plan)) / Math.max(seconds, 1e-3);
}

/** "about 40 s", "about 3 min": a rough figure should look rough. */
export function roughDuration(seconds: number, units: { s: string; min: string; h: string }): string {
  if (seconds < 90) return `${Math.max(1, Math.ceil(seconds))} ${units.s}`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} ${units.min}`;
  return `${(seconds / 3600).toFixed(1)} ${units.h}`;
}

export function roughBytes(bytes: number): string {
  if (bytes < 2 ** 30) return `${Math.max(1, Math.round(bytes / 2 ** 20))} MB`;
  return `${(bytes / 2 ** 30).toFixed(1)} GB`;
}
