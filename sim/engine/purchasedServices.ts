/**
 * Care and social-work services government buys (政府购买服务, sources.md §10): home care
 * and respite for people who cannot look after themselves, casework and counselling, from
 * social-work organisations and the township social-work stations (社工站), for the
 * households on the low-income register. It meets care and psychosocial needs, which cash
 * does not (paper §2.1.2). A service programme (serviceProgramme.ts) with a yearly budget.
 */
import { CARE, PSYCHOSOCIAL, bit } from './domains.ts';
import { HELPER } from './relief.ts';
import { provideServices } from './serviceProgramme.ts';
import { SERVICES } from './state.ts';
import type { World } from './world.ts';

export function providePurchasedServices(world: World): void {
  provideServices(world, {
    programme: SERVICES,
    domains: bit(CARE) | bit(PSYCHOSOCIAL),
    budget: world.budgets.services,
    lagMonths: world.scenario.government.services.approvalLagMonths,
    helper: HELPER.purchased_services,
  });
}
