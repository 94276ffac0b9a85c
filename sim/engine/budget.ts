/**
 * Annual budgets (sources.md §9; paper §2.1: "调整周期长（通常按年度预算执行）"):
 * each programme has a yearly envelope; spending stops when it is used up and a surge
 * waits for January. Yearly per-household caps reset at the same time.
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
