/**
 * The need-prediction model of deep integration (sources.md §9, paper §3.4: Zhejiang's
 * 助联体 predicts needs from pooled data and triggers cross-department action). Unlike
 * matching, it infers a need from a household's whole profile, not from a record of that
 * need: it sees a household whose records reach the pool in some domain (dataMatching.ts:
 * matchableDomains) and that also leaves a digital trail, and flags its unknown needs in
 * every domain but psychosocial, which leaves no trace it can read. Its reach so shrinks as
 * data sharing falls and as the digital divide widens (paper §4.4). (It once ignored the
 * pool, and later read only the need's own records, which made it a copy of matching;
 * docs/MODEL.md §5.) A flagged need becomes known to government and to the charities that
 * serve its domain.
 */
import { COMMUNITY_DOMAINS, FOUNDATION_DOMAINS } from './charities.ts';
import { matchableDomains } from './dataMatching.ts';
import { ALL_DOMAINS, PSYCHOSOCIAL, bit } from './domains.ts';
import { DIGITAL } from './state.ts';
import type { World } from './world.ts';

const PREDICTABLE = ALL_DOMAINS & ~bit(PSYCHOSOCIAL);

export function predictNeeds(world: World): void {
  const accuracy = world.scenario.collaboration.needPrediction;
  if (accuracy <= 0) return;
  const { hh } = world;
  const random = world.random.discovery;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    if ((hh.flags[h]! & DIGITAL) === 0) continue;
    const flagged = hh.inNeed[h]! & ~hh.knownGov[h]! & PREDICTABLE;
    if (flagged === 0 || matchableDomains(world, h) === 0 || random() >= accuracy) continue;
    world.workload.flags++; // a caseworker follows the flag up (administration.ts prices the time)
    hh.knownGov[h] = hh.knownGov[h]! | flagged;
    hh.newlyKnown[h] = hh.newlyKnown[h]! | flagged;
    hh.knownFoundation[h] = hh.knownFoundation[h]! | (flagged & FOUNDATION_DOMAINS);
    hh.knownCommunity[h] = hh.knownCommunity[h]! | (flagged & COMMUNITY_DOMAINS);
  }
}
