/**
 * One month of the model, in order. This is the only place the order is written down;
 * docs/MODEL.md repeats it.
 *
 *  1. budget        — in January, annual budgets and yearly caps start afresh
 *  2. needs         — needs decay; shocks strike; income and the subsistence gap follow;
 *                     need episodes start and end; severities are snapshotted before help
 *  3. discovery     — households apply (one window); administrative data matching
 *  4. case review   — cases open or re-open; caseworkers review up to capacity
 *  5. government aid — temporary assistance (on application, at once); dibao; kept
 *                     temporary cash; special (medical, education) assistance
 *  6. gap accounting — each need: served or unmet with a reason; fell through; poverty
 */
import { applyShocks, hazardTable } from './shocks.ts';
import { householdsApply } from './applications.ts';
import { matchAdministrativeData } from './dataMatching.ts';
import { openCases, reviewCases } from './caseReview.ts';
import { payTemporaryAssistance, spendBuffers } from './temporaryAssistance.ts';
import { payDibao } from './dibao.ts';
import { paySpecialAssistance } from './specialAssistance.ts';
import { accountGaps } from './gaps.ts';
import { decayNeeds, trackEpisodes, updateSubsistence } from './needs.ts';
import { startOfYear } from './budget.ts';
import type { World } from './world.ts';

export function simulateMonth(world: World, hazards: Float64Array): void {
  world.tallies.fill(0);

  startOfYear(world);

  decayNeeds(world);
  hazardTable(world, hazards);
  applyShocks(world, hazards);
  updateSubsistence(world);
  trackEpisodes(world);

  householdsApply(world);
  matchAdministrativeData(world);

  openCases(world);
  reviewCases(world);

  payTemporaryAssistance(world);
  payDibao(world);
  spendBuffers(world);
  paySpecialAssistance(world);

  accountGaps(world);

  world.month++;
}
