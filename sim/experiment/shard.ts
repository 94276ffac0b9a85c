/**
 * Shards: a deterministic share of an experiment's runs for one machine or one array task.
 * Shard I of N takes every Nth run of the plan starting from the Ith, so each shard gets a
 * mix of factor settings (runs of similar cost are spread) and the shards together hold
 * every run exactly once. Inside a Slurm array task or a Kubernetes Indexed Job the shard
 * comes from the environment. Pure (the environment is passed in).
 */
import type { PlannedRun } from './design.ts';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export class ShardError extends Error {}

/** "I/N", 1 ≤ I ≤ N. */
export function parseShard(text: string, what = '--shard'): Shard {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ShardError(`${what}: ${JSON.stringify(text)} is not a shard; expected I/N with 1 ≤ I ≤ N, e.g. 2/8`);
  }
  return { index, count };
}

/**
 * The shard a scheduler gives this process, if any: a Slurm array task
 * (SLURM_ARRAY_TASK_ID counted from SLURM_ARRAY_TASK_MIN, of SLURM_ARRAY_TASK_COUNT tasks) or
 * a Kubernetes Indexed Job (JOB_COMPLETION_INDEX from 0, with the count in GAPSIM_SHARD_COUNT).
 */
export function shardFromEnvironment(env: Readonly<Record<string, string | undefined>>): Shard | undefined {
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const min = Number(env.SLURM_ARRAY_TASK_MIN ?? 0);
    const text = `${Number(env.SLURM_ARRAY_TASK_ID) - min + 1}/${env.SLURM_ARRAY_TASK_COUNT ?? ''}`;
    return parseShard(text, `the Slurm array task (SLURM_ARRAY_TASK_ID ${env.SLURM_ARRAY_TASK_ID}, MIN ${env.SLURM_ARRAY_TASK_MIN ?? 'unset'}, COUNT ${env.SLURM_ARRAY_TASK_COUNT ?? 'unset'})`);
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    if (env.GAPSIM_SHARD_COUNT === undefined) throw new ShardError('JOB_COMPLETION_INDEX is set but GAPSIM_SHARD_COUNT is not; expected the Job\'s completions in GAPSIM_SHARD_COUNT');
    return parseShard(`${Number(env.JOB_COMPLETION_INDEX) + 1}/${env.GAPSIM_SHARD_COUNT}`, `the Kubernetes indexed job (JOB_COMPLETION_INDEX ${env.JOB_COMPLETION_INDEX}, GAPSIM_SHARD_COUNT ${env.GAPSIM_SHARD_COUNT})`);
  }
  return undefined;
}

export function runsOfShard(runs: readonly PlannedRun[], shard: Shard): PlannedRun[] {
  return runs.filter((_, i) => i % shard.count === shard.index - 1);
}
