/**
 * A measure over seeds: mean, standard deviation and 95% interval of the seeds that gave a
 * value (sim/stats/meanInterval.ts), and how many gave none. Pure (no Node, no DOM).
 */
import { meanInterval, type MeanInterval } from '../stats/meanInterval.ts';

export interface Summary extends MeanInterval {
  /** Seeds whose value was missing (null or not finite); `n` counts those with one. */
  readonly missing: number;
}

/** Mean, sd and 95% interval of the finite values; nulls and non-finite values are counted as missing. */
export function summarise(values: ReadonlyArray<number | null>): Summary {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const { n, mean, sd, se, low, high } = meanInterval(xs);
  return { n, missing: values.length - xs.length, mean, sd, se, low, high };
}
