/**
 * A living benefit (sources.md §9): a monthly top-up of income, set at review and paid
 * until the next review — dibao (dibao.ts) and the basic living of support for the
 * extremely poor (extremePoverty.ts). A household found eligible starts after the
 * programme's approval lag, if its budget can carry the benefit to December beside those
 * already enrolled (always, for an entitlement); otherwise it waits on the budget list.
 * Benefits run until the next review, so income that recovers in between is paid anyway
 * (leakage) and income that falls is under-met.
 */
import { budgetLeft, canCarry, spend } from './budget.ts';
import { SUBSISTENCE, bit } from './domains.ts';
import { governmentShort, raiseStage } from './gaps.ts';
import { subsistenceGap } from './needs.ts';
import { WAITING } from './reasons.ts';
import { BENEFIT, GOVERNMENT, bookSpending, relieve } from './relief.ts';
import { BUDGET_WAIT, ENROLLED } from './state.ts';
import type { Budget, World } from './world.ts';

export interface LivingProgramme {
  /** Its programme bit (state.ts DIBAO or EXTREME_POVERTY). */
  readonly programme: number;
  /** Enrolment of each household (hh.dibao or hh.supported). */
  readonly enrolment: Uint8Array;
  readonly budget: Budget;
  readonly lagMonths: number;
  /** Its bit in relief.ts HELPERS. */
  readonly helper: number;
}

/** Enrol and pay this month; `onPaid` runs for each household paid (support for the extremely poor adds care). */
export function payLivingBenefit(world: World, p: LivingProgramme, onPaid?: (h: number) => void): void {
  const { hh, month } = world;
  let committed = p.budget.monthlyCommitment;
  let paid = 0;
  for (let k = 0; k < world.caseloadCount; k++) {
    const h = world.caseload[k]!;
    const enrolled = p.enrolment[h] === ENROLLED;
    if (!enrolled && (hh.eligible[h]! & p.programme) === 0) continue;
    const knownNeed = hh.knownGov[h]! & hh.inNeed[h]! & bit(SUBSISTENCE);
    const benefit = hh.livingBenefit[h]!;
    if (!enrolled) {
      if (month - hh.caseMonth[h]! < p.lagMonths) {
        raiseStage(hh, h, knownNeed, WAITING);
        continue;
      }
      if (!canCarry(world, p.budget, committed, benefit)) {
        p.enrolment[h] = BUDGET_WAIT;
        governmentShort(hh, h, knownNeed);
        continue;
      }
      p.enrolment[h] = ENROLLED;
      committed += benefit;
    }
    if (benefit > budgetLeft(p.budget)) {
      governmentShort(hh, h, knownNeed);
      continue;
    }
    spend(p.budget, benefit);
    paid += benefit;
    hh.transfer[h] = hh.transfer[h]! + benefit;
    bookSpending(world, h, benefit, relieve(world, h, SUBSISTENCE, benefit, subsistenceGap(world, h), p.helper), GOVERNMENT, BENEFIT);
    onPaid?.(h);
  }
  p.budget.monthlyCommitment = paid;
}
