/**
 * Support for the extremely poor (特困人员救助供养, sources.md §10): for people with no
 * capacity to work, no livelihood and no family obliged and able to support them — most
 * of them old and living alone. It replaces dibao for them: basic living tops income up
 * to `livingMultiple` × the dibao line (livingBenefit.ts), and care for those who cannot
 * look after themselves comes with it (照料护理, assessed at enrolment: 特困人员认定办法
 * Arts. 20–22), a month of care service at needs.serviceCost. An entitlement, unless a
 * scenario caps its budget.
 */
import { CARE, bit } from './domains.ts';
import { payLivingBenefit } from './livingBenefit.ts';
import { HELPER } from './relief.ts';
import { serveMonth } from './serviceProgramme.ts';
import { EXTREME_POVERTY } from './state.ts';
import type { World } from './world.ts';

export function payExtremePoverty(world: World): void {
  const { hh } = world;
  const budget = world.budgets.extremePoverty;
  payLivingBenefit(world, {
    programme: EXTREME_POVERTY,
    enrolment: hh.supported,
    budget,
    lagMonths: world.scenario.government.extremePoverty.approvalLagMonths,
    helper: HELPER.extreme_poverty_support,
  }, (h) => {
    if ((hh.inNeed[h]! & bit(CARE)) === 0) return;
    // The care tier is assessed at enrolment: government knows the care need of those it supports.
    hh.knownGov[h] = hh.knownGov[h]! | bit(CARE);
    serveMonth(world, budget, h, CARE, HELPER.extreme_poverty_support);
  });
}
