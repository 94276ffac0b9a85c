/**
 * Minimum living guarantee (dibao, sources.md §9): a monthly top-up of income to the line,
 * set at review. A household found eligible starts after the approval lag, if the
 * year's budget can carry its benefit to December beside those already enrolled;
 * otherwise it waits on the budget list. Benefits run until the next review, so income
 * that recovers in between is paid anyway (leakage) and income that falls is under-met.
 */
import { SUBSISTENCE, bit } from './domains.ts';
import { budgetLeft, monthsLeftInYear } from './budget.ts';
import { governmentShort, raiseStage } from './gaps.ts';
import { INELIGIBLE, WAITING } from './reasons.ts';
import { GOVERNMENT, HELPER, bookSpending, relieve } from './relief.ts';
import { subsistenceGap } from './needs.ts';
import { CASE_NONE, DIBAO_BUDGET_WAIT, DIBAO_ENROLLED, ELIGIBLE_DIBAO } from './state.ts';
import type { World } from './world.ts';

export function payDibao(world: World): void {
  const { hh, month } = world;
  const budget = world.budgets.dibao;
  const lag = world.scenario.government.dibao.approvalLagMonths;
  const monthsLeft = monthsLeftInYear(world);
  let commitment = world.dibaoMonthlyCommitment;
  let paid = 0;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const knownNeed = hh.knownGov[h]! & hh.inNeed[h]! & bit(SUBSISTENCE);
    if (hh.dibao[h] !== DIBAO_ENROLLED) {
      if ((hh.eligible[h]! & ELIGIBLE_DIBAO) === 0) {
        // A case under first review is already `waiting`, a later stage than this.
        if (hh.caseState[h] !== CASE_NONE) raiseStage(hh, h, knownNeed, INELIGIBLE);
        continue;
      }
      if (month - hh.caseMonth[h]! < lag) {
        raiseStage(hh, h, knownNeed, WAITING);
        continue;
      }
      const benefit = hh.dibaoBenefit[h]!;
      if (budget.spentThisYear + (commitment + benefit) * monthsLeft > budget.perYear) {
        hh.dibao[h] = DIBAO_BUDGET_WAIT;
        governmentShort(hh, h, knownNeed);
        continue;
      }
      hh.dibao[h] = DIBAO_ENROLLED;
      commitment += benefit;
    }
    const benefit = hh.dibaoBenefit[h]!;
    if (benefit > budgetLeft(budget)) {
      governmentShort(hh, h, knownNeed);
      continue;
    }
    budget.spentThisYear += benefit;
    paid += benefit;
    hh.transfer[h] = hh.transfer[h]! + benefit;
    const matched = relieve(world, h, SUBSISTENCE, benefit, subsistenceGap(world, h), HELPER.dibao);
    bookSpending(world, h, benefit, matched, GOVERNMENT);
  }
  world.dibaoMonthlyCommitment = paid;
}
