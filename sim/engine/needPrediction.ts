/**
 * The need-prediction model of deep integration (sources.md §9, paper §3.4: Zhejiang's
 * 助联体 predicts needs from pooled data and triggers cross-department action). It only
 * sees households that leave a data trail — registered, online, without data friction —
 * so its reach shrinks as the digital divide widens (paper §4.4). A flagged need becomes
 * known to government and to the charities that serve its domain.
 */
import { COMMUNITY_DOMAINS, FOUNDATION_DOMAINS } from './charities.ts';
import { PSYCHOSOCIAL, bit } from './domains.ts';
import { DIGITAL, FRICTION, MIGRANT } from './state.ts';
import type { World } from './world.ts';

/** Psychosocial needs leave no trail in any department's data. */
const PREDICTABLE = ~bit(PSYCHOSOCIAL);

export function predictNeeds(world: World): void {
  const accuracy = world.scenario.collaboration.needPrediction;
  if (accuracy <= 0) return;
  const { hh } = world;
  const random = world.random.discovery;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const flags = hh.flags[h]!;
    if ((flags & DIGITAL) === 0 || (flags & (MIGRANT | FRICTION)) !== 0) continue;
    const unknown = hh.inNeed[h]! & ~hh.knownGov[h]! & PREDICTABLE;
    if (unknown === 0 || random() >= accuracy) continue;
    hh.knownGov[h] = hh.knownGov[h]! | unknown;
    hh.newlyKnown[h] = hh.newlyKnown[h]! | unknown;
    hh.knownFoundation[h] = hh.knownFoundation[h]! | (unknown & FOUNDATION_DOMAINS);
    hh.knownCommunity[h] = hh.knownCommunity[h]! | (unknown & COMMUNITY_DOMAINS);
  }
}
