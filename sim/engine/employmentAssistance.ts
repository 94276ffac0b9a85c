/**
 * Employment assistance (就业救助, 社会救助暂行办法 Arts. 42–46, sources.md §10): training,
 * job matching, subsidised and public-welfare posts for unemployed members of low-income
 * households who can work, through the public employment service. It meets employment
 * needs. A service programme (serviceProgramme.ts) with a yearly budget.
 */
import { EMPLOYMENT, bit } from './domains.ts';
import { HELPER } from './relief.ts';
import { provideServices } from './serviceProgramme.ts';
import { EMPLOYMENT_AID } from './state.ts';
import type { World } from './world.ts';

export function provideEmploymentAssistance(world: World): void {
  provideServices(world, {
    programme: EMPLOYMENT_AID,
    domains: bit(EMPLOYMENT),
    budget: world.budgets.employment,
    lagMonths: world.scenario.government.employment.approvalLagMonths,
    helper: HELPER.employment_assistance,
  });
}
