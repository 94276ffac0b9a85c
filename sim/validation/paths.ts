/**
 * The paper's claim for each of its paths (sim/experiment/paths.ts), checked like a
 * face-validity lever: the same seeds with the path off (low) and taken (high, the path's
 * own changes), and the metrics the claim says it moves. Pure (no Node, no DOM).
 */
import { PATH_BY_ID } from '../experiment/paths.ts';
import type { Overrides } from './experiment.ts';
import type { LeverCheck, LeverMetric } from './levers.ts';

export interface PathClaim {
  /** The path's id (PATHS). */
  readonly path: string;
  /** The paper's claim in words, with its section. */
  readonly claim: string;
  /** Settings both runs share, where the claim is about a county where the path's mechanism has something to act on. */
  readonly base?: Overrides;
  readonly metrics: readonly LeverMetric[];
}

export const PATH_CLAIMS: readonly PathClaim[] = [];

/** Each claim as a lever check: the path off against the path taken. */
export const PATH_CHECKS: readonly LeverCheck[] = PATH_CLAIMS.map((c) => {
  const path = PATH_BY_ID.get(c.path);
  if (!path) throw new Error(`PATH_CLAIMS: ${c.path} is not a path of sim/experiment/paths.ts`);
  return { id: c.path, claim: c.claim, change: `${path.section} ${path.title}: ${JSON.stringify(path.changes)}`, base: c.base ?? {}, low: {}, high: path.changes, metrics: c.metrics };
});
