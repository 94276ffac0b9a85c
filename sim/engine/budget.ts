/**
 * Budgets (sources.md §9; paper §2.1: "调整周期长（通常按年度预算执行）"). Discretionary
 * programmes — temporary assistance, purchased services, employment assistance — have a
 * yearly envelope: spending stops when it is used up and a surge waits for January.
 * Entitlements — dibao, support for the extremely poor, medical and education assistance
 * — pay every approved case (应保尽保): their budget is unlimited unless a scenario caps
 * it (funding "budget": fiscal stress or a quota). Yearly per-household caps reset in
 * January too.
 */
import { calendarMonth, type Budget, type World } from './world.ts';

export function startOfYear(world: World): void {
  if (calendarMonth(world.month) !== 0) return;
  for (const budget of Object.values(world.budgets)) budget.spentThisYear = 0;
  world.hh.medicalPaidYear.fill(0);
  world.hh.educationPaidYear.fill(0);
  world.hh.medicalShockYear.fill(0);
  world.hh.catastrophicYear.fill(0);
}

export const budgetLeft = (budget: Budget): number => Math.max(0, budget.perYear - budget.spentThisYear);

/** Months from this one to the end of the calendar year, this one included. */
export const monthsLeftInYear = (world: World): number => 12 - calendarMonth(world.month);

/**
 * Can the budget take on a new case costing `monthly` a month, and carry it to December
 * beside the `committed` yuan a month it already carries? A programme takes on a case only
 * then, so a budget that binds keeps a steady caseload and a waiting list rather than
 * paying everyone until October and no one after.
 */
export function canCarry(world: World, budget: Budget, committed: number, monthly: number): boolean {
  return budget.spentThisYear + (committed + monthly) * monthsLeftInYear(world) <= budget.perYear;
}

/** Spend `amount` from the budget. */
export function spend(budget: Budget, amount: number): void {
  budget.spentThisYear += amount;
}
