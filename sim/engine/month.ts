/**
 * One month of the model, in order. This is the only place the order is written down;
 * docs/MODEL.md repeats it.
 *
 *  1. calendar      — in January, annual budgets and yearly caps start afresh; this
 *                     month's events happen (scandal, grant cut, disaster, new charities,
 *                     policy change)
 *  2. needs         — needs decay (faster for care whose caregiver a service supported
 *                     last month); shocks strike; income and the subsistence gap follow;
 *                     need episodes start and end; severities are snapshotted before help
 *  3. discovery     — households apply (one window); administrative data matching; the
 *                     need-prediction model; community outreach; social workers' home
 *                     visits; data sharing and
 *                     referrals between government and charities, hub routing, requests
 *                     to foundations; the consortium's shared case list
 *  4. case review   — cases open or re-open; caseworkers review up to capacity
 *  5. government aid — temporary assistance (on application, at once); dibao; support
 *                     for the extremely poor; kept temporary cash; special (medical,
 *                     education) assistance; purchased care and social-work services;
 *                     social workers' casework; employment assistance; needs outside every programme a decision
 *                     admitted are `ineligible`
 *  6. charities     — donations and grants arrive (appeals, their fatigue, regular
 *                     giving); scandals; volunteers mobilised;
 *                     emergency dispatch after a disaster; community charities and
 *                     foundations help; ties grow with community help; crowdfunding
 *  7. running costs — staff, data links, systems, hubs, joint assessment, a consortium,
 *                     need lists, evaluation, monitoring and volunteer coordination are
 *                     booked as administration (administration.ts)
 *  8. trust         — public trust recovers (slowly below the Tacitus threshold)
 *  9. gap accounting — each need: served or unmet with a reason; fell through; poverty;
 *                     dibao targeting and the low-income count against true income;
 *                     catastrophic health expenditure
 */
import { applyShocks, hazardTable } from './shocks.ts';
import { householdsApply } from './applications.ts';
import { matchAdministrativeData } from './dataMatching.ts';
import { markIneligible, openCases, reviewCases } from './caseReview.ts';
import { payTemporaryAssistance, spendBuffers } from './temporaryAssistance.ts';
import { payDibao } from './dibao.ts';
import { payExtremePoverty } from './extremePoverty.ts';
import { paySpecialAssistance } from './specialAssistance.ts';
import { providePurchasedServices } from './purchasedServices.ts';
import { provideEmploymentAssistance } from './employmentAssistance.ts';
import { accountGaps } from './gaps.ts';
import { decayNeeds, trackEpisodes, updateSubsistence } from './needs.ts';
import { startOfYear } from './budget.ts';
import { applyEvents } from './events.ts';
import { predictNeeds } from './needPrediction.ts';
import { communityOutreach } from './communityOutreach.ts';
import { shareAndRefer } from './referrals.ts';
import { consortiumCaseList } from './consortium.ts';
import { charityRevenue } from './revenue.ts';
import { charityHelp } from './charityHelp.ts';
import { crowdfunding } from './crowdfunding.ts';
import { supportCaregivers } from './caregiverSupport.ts';
import { scandals } from './scandals.ts';
import { mobiliseVolunteers } from './volunteers.ts';
import { growSupportNetworks } from './supportNetworks.ts';
import { updateTrust } from './trust.ts';
import { payRunningCosts, resetWorkload } from './administration.ts';
import { socialWorkCasework, socialWorkVisits } from './socialWork.ts';
import { countTargeting } from './targeting.ts';
import { countCatastrophicHealth } from './catastrophicHealth.ts';
import type { World } from './world.ts';

export function simulateMonth(world: World, hazards: Float64Array): void {
  world.tallies.fill(0);
  world.county.fill(0);
  resetWorkload(world);

  startOfYear(world);
  applyEvents(world);

  decayNeeds(world);
  supportCaregivers(world);
  hazardTable(world, hazards);
  applyShocks(world, hazards);
  updateSubsistence(world);
  trackEpisodes(world);

  householdsApply(world);
  matchAdministrativeData(world);
  predictNeeds(world);
  communityOutreach(world);
  socialWorkVisits(world);
  shareAndRefer(world);
  consortiumCaseList(world);

  openCases(world);
  reviewCases(world);

  payTemporaryAssistance(world);
  payDibao(world);
  payExtremePoverty(world);
  spendBuffers(world);
  paySpecialAssistance(world);
  providePurchasedServices(world);
  socialWorkCasework(world);
  provideEmploymentAssistance(world);
  markIneligible(world);

  charityRevenue(world);
  scandals(world);
  mobiliseVolunteers(world);
  charityHelp(world);
  growSupportNetworks(world);
  crowdfunding(world);

  payRunningCosts(world);

  updateTrust(world);

  accountGaps(world);
  countTargeting(world);
  countCatastrophicHealth(world);

  world.month++;
}
