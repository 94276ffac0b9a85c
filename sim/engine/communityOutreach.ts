/**
 * Community outreach (sources.md §9, paper §2.1.2 and §5.4): a community charity's
 * volunteers find hidden needs through community ties — including the needs no
 * administrative database holds (psychosocial, care) and those of migrants. A visit
 * learns all of a household's needs. Effort scales with charities' autonomy; a household
 * with more ties is likelier to be found, an isolated one less.
 */
import type { World } from './world.ts';

export function communityOutreach(world: World): void {
  const { hh, scenario } = world;
  if (world.charities.community.length === 0) return;
  const chance = scenario.charities.community.outreach * scenario.charities.autonomy;
  if (chance <= 0) return;
  const meanTies = scenario.population.meanTies;
  const tiesCap = scenario.charities.community.tiesCap;
  const random = world.random.charity;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const unknown = hh.inNeed[h]! & ~hh.knownCommunity[h]!;
    if (unknown === 0) continue;
    const ties = Math.min(tiesCap, (hh.ties[h]! + 1) / (meanTies + 1));
    if (random() < chance * ties) hh.knownCommunity[h] = hh.knownCommunity[h]! | hh.inNeed[h]!;
  }
}
