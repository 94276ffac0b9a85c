/**
 * Active discovery by administrative data matching (sources.md §9, paper §4.2): only
 * locally registered households are in the databases, and only the domains whose
 * departments share data with civil affairs are visible — subsistence for households in
 * the low-income monitoring database (dibao itself is applied for), medical through health,
 * education through education, care through disability certificates, employment through
 * unemployment registration; psychosocial needs never. Automated collection fails for
 * most households with data friction (paper §4.4).
 *
 * Whether a household's records in a domain are shared is a fact about the household,
 * drawn once by key (random.ts): a `dataSharing` of 0.4 means 40% of households' health
 * records reach civil affairs, and the other 60% never do. (It was a chance redrawn every
 * month, so every lasting need was matched in the end and the level of sharing only set
 * how soon; docs/MODEL.md §5.) Matching then finds a visible need with chance
 * `matchingRate` a month.
 */
import { ALL_DOMAINS, CARE, DOMAIN_COUNT, EDUCATION, EMPLOYMENT, MEDICAL, SUBSISTENCE } from './domains.ts';
import { SALT, keyedUniform } from './random.ts';
import { DISABLED, FRICTION, MIGRANT } from './state.ts';
import type { World } from './world.ts';

/** Share of households whose records in domain d reach civil affairs, for household flags (0 for psychosocial). */
export function sharedShare(world: World, flags: number, d: number): number {
  const share = world.scenario.government.dataSharing;
  switch (d) {
    case SUBSISTENCE: return share.income;
    case MEDICAL: return share.health;
    case CARE: return (flags & DISABLED) ? share.disability : 0;
    case EMPLOYMENT: return share.employment;
    case EDUCATION: return share.education;
    default: return 0;
  }
}

/**
 * Draw, for every household, the domains in which its records reach civil affairs:
 * registered, with records shared, and not lost to data friction. Drawn by key, so the
 * same households keep their records as long as the sharing stays, and more sharing only
 * adds households; drawn again when the scenario changes (world.ts changeScenario).
 */
export function drawPooledRecords(world: World): void {
  const { hh } = world;
  const seed = world.scenario.seed;
  const penalty = world.scenario.government.dataFrictionPenalty;
  for (let h = 0; h < hh.n; h++) {
    const flags = hh.flags[h]!;
    let pooled = 0;
    if ((flags & MIGRANT) === 0 && !((flags & FRICTION) && keyedUniform(seed, h, 0, SALT.frictionFails) < penalty)) {
      for (let d = 0; d < DOMAIN_COUNT; d++) {
        const share = sharedShare(world, flags, d);
        if (share > 0 && keyedUniform(seed, h, d, SALT.records) < share) pooled |= 1 << d;
      }
    }
    hh.pooledRecords[h] = pooled;
  }
}

/**
 * Of the domains in `mask`, those in which household h's records can be matched by civil
 * affairs (drawPooledRecords). The need-prediction model reads the same pooled data
 * (needPrediction.ts).
 */
export const matchableDomains = (world: World, h: number, mask = ALL_DOMAINS): number => world.hh.pooledRecords[h]! & mask;

export function matchAdministrativeData(world: World): void {
  const { hh } = world;
  const random = world.random.discovery;
  const rate = world.scenario.government.matchingRate;
  if (rate <= 0) return;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const unknown = hh.inNeed[h]! & ~hh.knownGov[h]!;
    if (unknown === 0) continue;
    const visible = matchableDomains(world, h, unknown);
    if (visible === 0 || random() >= rate) continue;
    hh.knownGov[h] = hh.knownGov[h]! | visible;
    hh.newlyKnown[h] = hh.newlyKnown[h]! | visible;
  }
}
