/**
 * Discovery by application (sources.md §9): a household with a need government has a
 * programme for, and that government does not know of, applies if it knows it could
 * (awareness), is not held back by stigma, and can use the channel (an online-only
 * channel needs digital access). An application is taken at the one window, which
 * hears all of the household's needs.
 */
import { GOVERNMENT_PROGRAMME_DOMAINS } from './domains.ts';
import { raiseStage } from './gaps.ts';
import { DECLINED, DIGITALLY_EXCLUDED } from './reasons.ts';
import { DIGITAL } from './state.ts';
import type { World } from './world.ts';

export function householdsApply(world: World): void {
  const { hh } = world;
  const random = world.random.behaviour;
  const a = world.scenario.application;
  hh.appliedThisMonth.fill(0);
  hh.newlyKnown.fill(0);
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const unknown = hh.inNeed[h]! & ~hh.knownGov[h]!;
    if ((unknown & GOVERNMENT_PROGRAMME_DOMAINS) === 0) continue;
    if (hh.awarenessDraw[h]! >= a.awareness) continue; // unaware: the need stays unseen
    if (random() < hh.stigma[h]! * a.stigmaEffect) {
      raiseStage(hh, h, unknown, DECLINED);
      continue;
    }
    if ((hh.flags[h]! & DIGITAL) === 0 && random() < a.onlineOnlyShare) {
      raiseStage(hh, h, unknown, DIGITALLY_EXCLUDED);
      continue;
    }
    hh.appliedThisMonth[h] = 1;
    hh.newlyKnown[h] = unknown;
    hh.knownGov[h] = hh.knownGov[h]! | unknown;
  }
}
