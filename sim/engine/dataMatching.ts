/**
 * Active discovery by administrative data matching (sources.md §9, paper §4.2): only
 * locally registered households are in the databases, and only the domains whose
 * departments share data are visible — subsistence only for households already in the
 * low-income monitoring database (dibao itself is applied for: before, every registered
 * poor household was visible and matching alone pushed take-up to ≈96%), medical through health, education through education, care through disability
 * certificates, employment through unemployment registration; psychosocial needs never.
 * Automated collection fails for households with data friction (paper §4.4).
 */
import { CARE, DOMAIN_COUNT, EDUCATION, EMPLOYMENT, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, bit } from './domains.ts';
import { DISABLED, FRICTION, MIGRANT } from './state.ts';
import type { World } from './world.ts';

/** Share of each domain's needs that administrative data can see, for household flags. */
export function visibility(world: World, flags: number, d: number): number {
  const share = world.scenario.government.dataSharing;
  switch (d) {
    case SUBSISTENCE: return share.income;
    case MEDICAL: return share.health;
    case CARE: return (flags & DISABLED) ? share.disability : 0;
    case PSYCHOSOCIAL: return 0;
    case EMPLOYMENT: return share.employment;
    case EDUCATION: return share.education;
    default: return 0;
  }
}

export function matchAdministrativeData(world: World): void {
  const { hh } = world;
  const random = world.random.discovery;
  const g = world.scenario.government;
  // Detection chance per domain, without and with data friction.
  const chance = new Float64Array(DOMAIN_COUNT * 2 * 2);
  for (let d = 0; d < DOMAIN_COUNT; d++) {
    for (const disabled of [0, 1]) {
      const v = visibility(world, disabled ? DISABLED : 0, d) * g.matchingRate;
      chance[(d * 2 + disabled) * 2] = v;
      chance[(d * 2 + disabled) * 2 + 1] = v * (1 - g.dataFrictionPenalty);
    }
  }
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const flags = hh.flags[h]!;
    if (flags & MIGRANT) continue;
    const unknown = hh.inNeed[h]! & ~hh.knownGov[h]!;
    if (unknown === 0) continue;
    const column = ((flags & DISABLED) ? 2 : 0) + ((flags & FRICTION) ? 1 : 0);
    let found = 0;
    for (let d = 0; d < DOMAIN_COUNT; d++) {
      if ((unknown & bit(d)) === 0) continue;
      const p = chance[d * 4 + column]!;
      if (p > 0 && random() < p) found |= bit(d);
    }
    hh.knownGov[h] = hh.knownGov[h]! | found;
    hh.newlyKnown[h] = hh.newlyKnown[h]! | found;
  }
}
