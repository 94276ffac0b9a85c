/**
 * Information flowing between government and charities (sources.md §9):
 *  - government pushes needs it knows but its rules leave out to designated charities
 *    (行政吸纳's 困难群体信息推送机制), less so when public trust is low;
 *  - government case data reach charities as far as data are shared with them;
 *  - charities refer needs government pays for back to government;
 *  - a hub organisation passes needs between the kinds of charity that serve them, as many
 *    cases a month as its capacity allows (administration.ts takeHubCase);
 *  - households ask foundations for help (where a household's only route is online, it
 *    needs digital access, as for applications to government: applications.ts);
 *  - foundations' own programmes (hospital and school partners) find medical and
 *    education needs, as far as charities' autonomy lets them look.
 */
import { COMMUNITY_DOMAINS, FOUNDATION_DOMAINS } from './charities.ts';
import { coveredDomains } from './caseReview.ts';
import { takeHubCase } from './administration.ts';
import { onlyOnline } from './applications.ts';
import { ALL_DOMAINS, EDUCATION, MEDICAL, bit } from './domains.ts';
import { raiseStage } from './gaps.ts';
import { SALT } from './random.ts';
import { DIGITALLY_EXCLUDED } from './reasons.ts';
import { CASE_DECIDED, CASE_QUEUED, DIGITAL } from './state.ts';
import type { World } from './world.ts';

/** Needs foundations' own programmes find: through hospitals and schools. */
const FOUND_BY_FOUNDATIONS = bit(MEDICAL) | bit(EDUCATION);

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
  const caseFinding = charities.foundations.length > 0 ? scenario.charities.foundation.caseFinding * scenario.charities.autonomy : 0;
  const { awareness } = scenario.application;
  const random = world.random.charity;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const need = hh.inNeed[h]!;
    if (need === 0) continue;
    const known = hh.knownGov[h]! & need;
    if (known !== 0) {
      // Decided cases: what the decision does not meet; queued ones wait for it; without a case, everything government knows.
      const state = hh.caseState[h];
      const covered = state === CASE_DECIDED ? coveredDomains(hh.eligible[h]!) : state === CASE_QUEUED ? ALL_DOMAINS : 0;
      const leftOut = known & ~covered;
      if (leftOut !== 0 && push > 0 && random() < push) learn(world, h, leftOut);
      if (c.charityDataSharing > 0 && random() < c.charityDataSharing) learn(world, h, known);
    }
    const byCharity = (hh.knownCommunity[h]! | hh.knownFoundation[h]!) & need;
    const forGovernment = byCharity & ~hh.knownGov[h]!;
    if (forGovernment !== 0 && c.charityReferral > 0 && random() < c.charityReferral) {
      hh.knownGov[h] = hh.knownGov[h]! | forGovernment;
      hh.newlyKnown[h] = hh.newlyKnown[h]! | forGovernment;
    }
    if (byCharity !== 0 && hubRouting > 0 && random() < hubRouting && routesSomewhere(world, h, byCharity) && takeHubCase(world)) learn(world, h, byCharity);
    const unasked = need & FOUNDATION_DOMAINS & ~hh.knownFoundation[h]!;
    if (unasked !== 0 && applyRate > 0 && hh.awarenessDraw[h]! < awareness && random() < applyRate) {
      if ((hh.flags[h]! & DIGITAL) === 0 && onlyOnline(world, h, SALT.foundationRoute)) raiseStage(hh, h, unasked, DIGITALLY_EXCLUDED);
      else hh.knownFoundation[h] = hh.knownFoundation[h]! | unasked;
    }
    const unfound = need & FOUND_BY_FOUNDATIONS & ~hh.knownFoundation[h]!;
    if (unfound !== 0 && caseFinding > 0 && random() < caseFinding) hh.knownFoundation[h] = hh.knownFoundation[h]! | unfound;
  }
}

/** Would routing household h's needs in `mask` tell a kind of charity that serves them something it does not know? */
function routesSomewhere(world: World, h: number, mask: number): boolean {
  const { hh } = world;
  return ((mask & FOUNDATION_DOMAINS & ~hh.knownFoundation[h]!) | (mask & COMMUNITY_DOMAINS & ~hh.knownCommunity[h]!)) !== 0;
}

/** Charities that serve these domains learn of household h's needs in them. */
function learn(world: World, h: number, mask: number): void {
  const { hh } = world;
  hh.knownFoundation[h] = hh.knownFoundation[h]! | (mask & FOUNDATION_DOMAINS);
  hh.knownCommunity[h] = hh.knownCommunity[h]! | (mask & COMMUNITY_DOMAINS);
}
