/**
 * Special assistance (专项救助, sources.md §9): medical and education assistance for
 * households the review found eligible, after its approval lag. It pays a share of the
 * need's cost, up to a yearly cap per household; an entitlement by default, out of an
 * annual budget when a scenario caps it.
 */
import { budgetLeft, spend } from './budget.ts';
import { DOMAIN_COUNT, EDUCATION, MEDICAL, bit } from './domains.ts';
import { governmentShort, raiseStage } from './gaps.ts';
import { INELIGIBLE, WAITING } from './reasons.ts';
import { BENEFIT, GOVERNMENT, HELPER, bookSpending, relieve } from './relief.ts';
import { CASE_NONE, SPECIAL } from './state.ts';
import type { World } from './world.ts';

export function paySpecialAssistance(world: World): void {
  const { hh, month } = world;
  const s = world.scenario.government.special;
  const n = world.scenario.needs;
  const budget = world.budgets.special;
  const domains = bit(MEDICAL) | bit(EDUCATION);
  for (let k = 0; k < world.caseloadCount; k++) {
    const h = world.caseload[k]!;
    const known = hh.knownGov[h]! & hh.inNeed[h]! & domains;
    if (known === 0 || hh.caseState[h] === CASE_NONE || (hh.eligible[h]! & SPECIAL) === 0) continue;
    if ((hh.paying[h]! & SPECIAL) === 0) {
      if (month - hh.caseMonth[h]! < s.approvalLagMonths) {
        raiseStage(hh, h, known, WAITING);
        continue;
      }
      hh.paying[h] = hh.paying[h]! | SPECIAL;
    }
    if (known & bit(MEDICAL)) {
      const cost = hh.severityBefore[h * DOMAIN_COUNT + MEDICAL]! * n.medicalCost;
      hh.medicalPaidYear[h] = hh.medicalPaidYear[h]! + pay(world, h, MEDICAL, cost * s.medicalShare, cost, s.medicalCapPerYear - hh.medicalPaidYear[h]!);
    }
    if (known & bit(EDUCATION)) {
      const cost = hh.severityBefore[h * DOMAIN_COUNT + EDUCATION]! * n.educationCost;
      hh.educationPaidYear[h] = hh.educationPaidYear[h]! + pay(world, h, EDUCATION, cost * s.educationShare, cost, s.educationCapPerYear - hh.educationPaidYear[h]!);
    }
  }

  /** Pay what the share, the household's cap and the budget allow; returns the yuan paid. */
  function pay(world: World, h: number, d: number, wanted: number, fullCost: number, capLeft: number): number {
    if (capLeft <= 0) {
      raiseStage(world.hh, h, bit(d), INELIGIBLE);
      return 0;
    }
    const amount = Math.min(wanted, capLeft, budgetLeft(budget));
    if (amount <= 0) {
      governmentShort(world.hh, h, bit(d));
      return 0;
    }
    spend(budget, amount);
    bookSpending(world, h, amount, relieve(world, h, d, amount, fullCost, HELPER.special_assistance), GOVERNMENT, BENEFIT);
    return amount;
  }
}
