/**
 * Community outreach (sources.md §9, paper §2.1.2 and §5.4): a community charity's
 * volunteers find hidden needs through community ties — including the needs no
 * administrative database holds (psychosocial, care) and those of migrants. A visit
 * learns all of a household's needs.
 *
 * Each organisation's volunteers are in touch with `reach` households a month (in
 * proportion to its size), spread over the community it serves, and scaled by charities'
 * autonomy; a household with more ties is likelier to be found, an isolated one less. So
 * more community charities, or bigger ones, find more: the chance a household is found
 * is its organisation's reach ÷ the households of its community. (It was one chance for
 * everyone, however many organisations there were; docs/MODEL.md §5.)
 */
import { communityOf } from './charities.ts';
import { outreachFactor } from './volunteers.ts';
import type { World } from './world.ts';

export function communityOutreach(world: World): void {
  const { hh, scenario } = world;
  const community = world.charities.community;
  if (community.length === 0) return;
  const c = scenario.charities;
  // Reach is stated at the published volunteer hours; more hours for outreach reach more (volunteers.ts).
  const effort = c.community.reach * c.autonomy * outreachFactor(scenario);
  if (effort <= 0) return;
  const perOrganisation = hh.n / community.length; // communities are equal slices of the county (charities.ts communityOf)
  const meanTies = scenario.population.meanTies;
  const tiesCap = c.community.tiesCap;
  const random = world.random.charity;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const unknown = hh.inNeed[h]! & ~hh.knownCommunity[h]!;
    if (unknown === 0) continue;
    const organisation = communityOf(world.charities, h, hh.n)!;
    const ties = Math.min(tiesCap, (hh.ties[h]! + 1) / (meanTies + 1));
    if (random() < Math.min(1, (effort * organisation.size) / perOrganisation) * ties) hh.knownCommunity[h] = hh.knownCommunity[h]! | hh.inNeed[h]!;
  }
}
