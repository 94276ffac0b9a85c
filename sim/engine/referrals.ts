/**
 * Information flowing between government and charities (sources.md §9):
 *  - government pushes needs it knows but its rules leave out to designated charities
 *    (行政吸纳's 困难群体信息推送机制), less so when public trust is low;
 *  - government case data reach charities as far as data are shared with them;
 *  - charities refer needs government pays for back to government;
 *  - a hub organisation passes needs between the kinds of charity that serve them;
 *  - households ask foundations for help (an online-only channel needs digital access).
 */
import { COMMUNITY_DOMAINS, FOUNDATION_DOMAINS } from './charities.ts';
import { coveredDomains } from './caseReview.ts';
import { GOVERNMENT_PROGRAMME_DOMAINS } from './domains.ts';
import { raiseStage } from './gaps.ts';
import { DIGITALLY_EXCLUDED } from './reasons.ts';
import { CASE_DECIDED, DIGITAL } from './state.ts';
import type { World } from './world.ts';

export function shareAndRefer(world: World): void {
  const { hh, scenario, charities } = world;
  const c = scenario.collaboration;
  if (charities.community.length + charities.foundations.length === 0) return;
  // A baseline of 0 (a policy event may set it) leaves no fall below it to weigh.
  const belowBaseline = scenario.trust.baseline > 0 ? Math.max(0, 1 - charities.trust / scenario.trust.baseline) : 0;
  const trustFactor = 1 - scenario.trust.referralWeight * belowBaseline;
  const push = c.govReferral * trustFactor;
  const hubRouting = charities.hubs > 0 ? scenario.charities.hub.matching : 0;
  const applyRate = charities.foundations.length > 0 ? scenario.charities.foundation.applicationRate : 0;
  const { awareness, onlineOnlyShare } = scenario.application;
  const random = world.random.charity;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const need = hh.inNeed[h]!;
    if (need === 0) continue;
    const known = hh.knownGov[h]! & need;
    if (known !== 0) {
      const covered = hh.caseState[h] === CASE_DECIDED ? coveredDomains(hh.eligible[h]!) : GOVERNMENT_PROGRAMME_DOMAINS;
      const leftOut = known & ~covered;
      if (leftOut !== 0 && push > 0 && random() < push) learn(world, h, leftOut);
      if (c.charityDataSharing > 0 && random() < c.charityDataSharing) learn(world, h, known);
    }
    const byCharity = (hh.knownCommunity[h]! | hh.knownFoundation[h]!) & need;
    const forGovernment = byCharity & GOVERNMENT_PROGRAMME_DOMAINS & ~hh.knownGov[h]!;
    if (forGovernment !== 0 && c.charityReferral > 0 && random() < c.charityReferral) {
      hh.knownGov[h] = hh.knownGov[h]! | forGovernment;
      hh.newlyKnown[h] = hh.newlyKnown[h]! | forGovernment;
    }
    if (byCharity !== 0 && hubRouting > 0 && random() < hubRouting) learn(world, h, byCharity);
    const unasked = need & FOUNDATION_DOMAINS & ~hh.knownFoundation[h]!;
    if (unasked !== 0 && applyRate > 0 && hh.awarenessDraw[h]! < awareness && random() < applyRate) {
      if ((hh.flags[h]! & DIGITAL) === 0 && random() < onlineOnlyShare) raiseStage(hh, h, unasked, DIGITALLY_EXCLUDED);
      else hh.knownFoundation[h] = hh.knownFoundation[h]! | unasked;
    }
  }
}

/** Charities that serve these domains learn of household h's needs in them. */
function learn(world: World, h: number, mask: number): void {
  const { hh } = world;
  hh.knownFoundation[h] = hh.knownFoundation[h]! | (mask & FOUNDATION_DOMAINS);
  hh.knownCommunity[h] = hh.knownCommunity[h]! | (mask & COMMUNITY_DOMAINS);
}
