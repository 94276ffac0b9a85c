/**
 * Minimum living guarantee (dibao, sources.md §9): a monthly top-up of income to the dibao
 * line as the means test assessed it, for every household the review admits (an
 * entitlement, 应保尽保), unless a scenario caps its budget. Paid as a living benefit
 * (livingBenefit.ts).
 */
import { payLivingBenefit } from './livingBenefit.ts';
import { HELPER } from './relief.ts';
import { DIBAO } from './state.ts';
import type { World } from './world.ts';

export function payDibao(world: World): void {
  payLivingBenefit(world, {
    programme: DIBAO,
    enrolment: world.hh.dibao,
    budget: world.budgets.dibao,
    lagMonths: world.scenario.government.dibao.approvalLagMonths,
    helper: HELPER.dibao,
  });
}
