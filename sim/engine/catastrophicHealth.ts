/**
 * Catastrophic health expenditure (CHE, docs/sources.md §2): a household's medical costs
 * in a calendar year, less what medical assistance paid, reach a share (by default 40%)
 * of its capacity to pay — a year's income above subsistence spending, the WHO's
 * definition with the minimum living cost standing for subsistence spending. A medical shock's
 * cost is its severity × the cost of relieving a need of severity 1. Each household
 * counts at most once a year, in the month it crosses.
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { minimumLivingCostOf, type World } from './world.ts';

export function countCatastrophicHealth(world: World): void {
  const { hh, tallies: t } = world;
  const { medicalCost, catastrophicShare } = world.scenario.needs;
  for (let h = 0; h < hh.n; h++) {
    if (hh.catastrophicYear[h] !== 0 || hh.medicalShockYear[h] === 0) continue;
    const outOfPocket = hh.medicalShockYear[h]! * medicalCost - hh.medicalPaidYear[h]!;
    const capacity = 12 * hh.size[h]! * Math.max(0, hh.baseIncome[h]! - minimumLivingCostOf(world, h));
    if (outOfPocket > 0 && outOfPocket >= catastrophicShare * capacity) {
      hh.catastrophicYear[h] = 1;
      t[hh.cell[h]! * ACC_COUNT + ACC.catastrophic_health]! += 1;
    }
  }
}
