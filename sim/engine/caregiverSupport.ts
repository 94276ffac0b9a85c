/**
 * Caregiver support (paper §3.2: "喘息服务" for families of disabled older people; §5.3:
 * "提供医疗救助家庭的照顾者服务"). A care service this month — from a community charity, a
 * foundation or the services government buys — also relieves the family member who cares:
 * respite keeps the family able to go on caring, so the care need recedes faster than it
 * would on its own. Next month the need loses `charities.caregiverSupport.extraDecay` on top
 * of its natural decay. (Chosen over a spill-over of care strain into a psychosocial need,
 * which the model does not have: one mechanism, on the need the service is for.)
 *
 * Runs right after decayNeeds, when `helpers` still holds last month's helpers (trackEpisodes
 * clears it later in the month). Draws nothing; at the default 0 it does nothing.
 */
import { CARE, DOMAIN_COUNT } from './domains.ts';
import { HELPER } from './relief.ts';
import type { World } from './world.ts';

/** The helpers whose care service counts as caregiver support. */
const CARE_SERVICES = (1 << HELPER.community_charity) | (1 << HELPER.foundation) | (1 << HELPER.purchased_services);

export function supportCaregivers(world: World): void {
  const extra = world.scenario.charities.caregiverSupport.extraDecay;
  if (extra <= 0) return;
  const { helpers, severity } = world.hh;
  const keep = 1 - extra;
  for (let i = CARE; i < severity.length; i += DOMAIN_COUNT) {
    if ((helpers[i]! & CARE_SERVICES) === 0) continue;
    severity[i] = severity[i]! * keep;
    world.workload.caregiversSupported++;
  }
}
