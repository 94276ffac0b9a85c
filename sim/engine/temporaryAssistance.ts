/**
 * Temporary assistance (临时救助, sources.md §9): one-off cash on application after a sudden
 * shock — a subsistence or medical need that began within the onset window — paid at
 * once ("small amounts paid first", sources.md §7), capped per case, at most once a
 * year per household, out of its own annual budget. Cash meant for the coming months'
 * subsistence gap is kept by the household and spent month by month (spendBuffers).
 */
import { budgetLeft, spend } from './budget.ts';
import { DOMAIN_COUNT, MEDICAL, SUBSISTENCE, bit } from './domains.ts';
import { governmentShort, raiseStage } from './gaps.ts';
import { INELIGIBLE } from './reasons.ts';
import { BENEFIT, GOVERNMENT, HELPER, bookSpending, relieve } from './relief.ts';
import { subsistenceGap } from './needs.ts';
import type { World } from './world.ts';

export function payTemporaryAssistance(world: World): void {
  const { hh, month } = world;
  const t = world.scenario.government.temporary;
  const medicalCost = world.scenario.needs.medicalCost;
  const budget = world.budgets.temporary;
  const isSudden = (h: number, d: number): boolean =>
    (hh.inNeed[h]! & bit(d)) !== 0 && month - hh.onset[h * DOMAIN_COUNT + d]! < t.onsetWindowMonths;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    if (!hh.appliedThisMonth[h]) continue;
    const sudden = (isSudden(h, SUBSISTENCE) ? bit(SUBSISTENCE) : 0) | (isSudden(h, MEDICAL) ? bit(MEDICAL) : 0);
    if (sudden === 0) continue;
    if (month - hh.temporaryMonth[h]! < t.oncePerMonths || !world.rules.temporary(h)) {
      raiseStage(hh, h, sudden, INELIGIBLE);
      continue;
    }
    const medicalNeed = (sudden & bit(MEDICAL)) ? hh.severityBefore[h * DOMAIN_COUNT + MEDICAL]! * medicalCost : 0;
    const gap = subsistenceGap(world, h);
    const subsistenceNeed = (sudden & bit(SUBSISTENCE)) ? gap * t.coverMonths : 0;
    const amount = Math.min(t.cap, medicalNeed + subsistenceNeed, budgetLeft(budget));
    if (amount <= 0) {
      governmentShort(hh, h, sudden);
      continue;
    }
    spend(budget, amount);
    hh.temporaryMonth[h] = month;
    const toMedical = Math.min(amount, medicalNeed);
    let matched = relieve(world, h, MEDICAL, toMedical, medicalNeed, HELPER.temporary_assistance);
    const toSubsistence = amount - toMedical;
    const now = Math.min(toSubsistence, gap);
    matched += relieve(world, h, SUBSISTENCE, now, gap, HELPER.temporary_assistance) + (toSubsistence - now);
    hh.transfer[h] = hh.transfer[h]! + now;
    hh.buffer[h] = hh.buffer[h]! + toSubsistence - now;
    bookSpending(world, h, amount, matched, GOVERNMENT, BENEFIT);
  }
}

/** Households spend kept temporary-aid cash on what remains of their gap below the minimum living cost. */
export function spendBuffers(world: World): void {
  const { hh } = world;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const cash = hh.buffer[h]!;
    if (cash <= 0) continue;
    const gap = subsistenceGap(world, h);
    const remaining = gap - hh.transfer[h]!;
    if (remaining <= 0) continue;
    const spend = Math.min(cash, remaining);
    hh.buffer[h] = cash - spend;
    hh.transfer[h] = hh.transfer[h]! + spend;
    relieve(world, h, SUBSISTENCE, spend, gap, HELPER.temporary_assistance);
  }
}
