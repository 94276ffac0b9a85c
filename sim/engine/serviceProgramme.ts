/**
 * A service programme government pays for (sources.md §10): a month of service — care,
 * casework, training, job matching — at needs.serviceCost, for each need in its domains
 * that government knows of in a household the review found eligible, after the approval
 * lag. Its yearly budget is discretionary: a case is taken on only if the budget can
 * carry it to December beside the cases it already serves (budget.ts canCarry), so a
 * budget that binds leaves needs waiting for capacity (`no_capacity`, on government's
 * side). A case stays in the caseload while its need lasts. Purchased services
 * (purchasedServices.ts) and employment assistance (employmentAssistance.ts) are two.
 */
import { budgetLeft, canCarry, spend } from './budget.ts';
import { DOMAIN_COUNT, bit, countDomains } from './domains.ts';
import { governmentShort, raiseStage } from './gaps.ts';
import { WAITING } from './reasons.ts';
import { GOVERNMENT, SERVICE, bookSpending, fullReliefCost, relieve } from './relief.ts';
import { CASE_NONE } from './state.ts';
import type { Budget, World } from './world.ts';

export interface ServiceProgramme {
  /** Its programme bit (state.ts SERVICES or EMPLOYMENT_AID). */
  readonly programme: number;
  /** The need domains it serves (a domain mask). */
  readonly domains: number;
  readonly budget: Budget;
  readonly lagMonths: number;
  /** Its bit in relief.ts HELPERS. */
  readonly helper: number;
}

export function provideServices(world: World, p: ServiceProgramme): void {
  const { hh, month } = world;
  const price = world.scenario.needs.serviceCost;
  let committed = p.budget.monthlyCommitment;
  let paid = 0;
  for (let k = 0; k < world.caseloadCount; k++) {
    const h = world.caseload[k]!;
    // A household the review did not admit is in no caseload (caseReview.ts clears `paying` with `eligible`).
    if ((hh.eligible[h]! & p.programme) === 0) continue;
    const known = hh.knownGov[h]! & hh.inNeed[h]! & p.domains;
    if (known === 0) {
      hh.paying[h] = hh.paying[h]! & ~p.programme; // the need ended: the case leaves the caseload
      continue;
    }
    if (hh.caseState[h] === CASE_NONE) continue;
    if ((hh.paying[h]! & p.programme) === 0) {
      if (month - hh.caseMonth[h]! < p.lagMonths) {
        raiseStage(hh, h, known, WAITING);
        continue;
      }
      const monthly = price * countDomains(known);
      if (!canCarry(world, p.budget, committed, monthly)) {
        governmentShort(hh, h, known);
        continue;
      }
      hh.paying[h] = hh.paying[h]! | p.programme;
      committed += monthly;
    }
    for (let d = 0; d < DOMAIN_COUNT; d++) if (known & bit(d)) paid += serveMonth(world, p.budget, h, d, p.helper);
  }
  p.budget.monthlyCommitment = paid;
}

/**
 * A month of service for household h's need in domain d, at needs.serviceCost (or less, if
 * less relieves it), paid from `budget` by `helper`; returns the yuan paid, 0 when the
 * budget has run out (the need is then short on government's side).
 */
export function serveMonth(world: World, budget: Budget, h: number, d: number, helper: number): number {
  const cost = fullReliefCost(world, h, d);
  const amount = Math.min(world.scenario.needs.serviceCost, cost);
  if (amount > budgetLeft(budget)) {
    governmentShort(world.hh, h, bit(d));
    return 0;
  }
  spend(budget, amount);
  bookSpending(world, h, amount, relieve(world, h, d, amount, cost, helper), GOVERNMENT, SERVICE);
  return amount;
}
