/**
 * The scenario in the URL: `#s=<scenario>&n=<seeds>`. A shared link restores the scenario
 * exactly; a hand-edited or malicious one is refused with a message and the default
 * scenario is used (the link is data, read by url.ts; nothing in it is ever run).
 */
import { MAX_SEEDS, type AppState } from './state.ts';
import { LinkTooLongError, decodeScenario, encodeScenario } from './url.ts';

export interface Location {
  readonly raw?: Record<string, unknown>;
  readonly seeds?: number;
  /** Why the link was refused ('' when there was nothing to read). */
  readonly error?: string;
}

export function readLocation(hash: string): Location {
  const decoded = decodeScenario(hash);
  const seedsText = /(?:^#|&)n=(\d{1,2})(?:&|$)/.exec(hash)?.[1];
  const seeds = seedsText !== undefined && Number(seedsText) >= 1 && Number(seedsText) <= MAX_SEEDS ? Number(seedsText) : undefined;
  if (decoded === null) return seeds ? { seeds } : {};
  if (!decoded.ok) return { error: decoded.error };
  return { raw: decoded.raw, ...(seeds ? { seeds } : {}) };
}

/**
 * Put the scenario in the URL without adding a history entry. A scenario too large for a
 * link is left out of it: the result says so, and why, so the page can offer the file.
 */
export function writeLocation(state: Pick<AppState, 'raw' | 'seeds'>): { fits: true } | { fits: false; characters: number } {
  let hash = '';
  let result: { fits: true } | { fits: false; characters: number } = { fits: true };
  try {
    hash = `${encodeScenario(state.raw)}&n=${state.seeds}`;
  } catch (error) {
    if (!(error instanceof LinkTooLongError)) throw error;
    result = { fits: false, characters: error.characters };
  }
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  return result;
}
