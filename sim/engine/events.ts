/**
 * Scheduled events (sources.md §9) take effect at the start of their month (month 1 is the
 * first reported month). Disasters draw from their own `events` stream, so the ordinary
 * shock sequence stays the same whatever happens.
 */
import { newOrganisations } from './charities.ts';
import { DOMAIN_COUNT, EMPLOYMENT, MEDICAL } from './domains.ts';
import { RURAL } from './state.ts';
import { trustShock } from './trust.ts';
import { changeScenario, type World } from './world.ts';
import { setPath } from '../common/plainData.ts';
import type { ScenarioEvent } from '../scenario/events.ts';
import type { Scenario } from '../scenario/parameters.ts';

export function applyEvents(world: World): void {
  const month = world.month + 1;
  for (const event of world.scenario.events) {
    if (event.month === month) applyEvent(world, event);
  }
}

function applyEvent(world: World, event: ScenarioEvent): void {
  const { charities, scenario } = world;
  switch (event.type) {
    case 'trust_shock':
      trustShock(world, event.magnitude, event.kind);
      break;
    case 'grant_cut':
      charities.grantFactor *= 1 - event.share;
      break;
    case 'disaster':
      disaster(world, event.share, event.severity, event.region);
      break;
    case 'open_charities': {
      const c = scenario.charities;
      // Organisations opened by an event are standard-sized: the event names a count, not a share.
      if (event.kind === 'hub') charities.hubs += event.count;
      else if (event.kind === 'community') charities.community.push(...newOrganisations('community', event.count, c.community.donationsPerYear));
      else charities.foundations.push(...newOrganisations('foundation', event.count, c.foundation.donationsPerYear));
      break;
    }
    case 'policy': {
      let next = scenario as unknown as Record<string, unknown>;
      for (const [path, value] of Object.entries(event.set)) next = setPath(next, path, value);
      changeScenario(world, next as unknown as Scenario);
      break;
    }
  }
}

/** A regional disaster: hit households lose livelihood (employment need) and health (medical need). */
function disaster(world: World, share: number, severity: number, region: 'all' | 'urban' | 'rural'): void {
  const { hh } = world;
  const random = world.random.events;
  const medicalShare = world.scenario.shocks.disasterMedicalShare;
  world.lastDisasterMonth = world.month;
  let hit = 0;
  for (let h = 0; h < hh.n; h++) {
    const u = random();
    const rural = (hh.flags[h]! & RURAL) !== 0;
    if (u >= share || (region === 'rural' && !rural) || (region === 'urban' && rural)) continue;
    const base = h * DOMAIN_COUNT;
    hh.severity[base + EMPLOYMENT] = Math.min(1, hh.severity[base + EMPLOYMENT]! + severity);
    hh.severity[base + MEDICAL] = Math.min(1, hh.severity[base + MEDICAL]! + severity * medicalShare);
    hh.disasterMonth[h] = world.month;
    hit++;
  }
  // The appeal follows the share of the county actually hit (a regional disaster hits its region only).
  world.lastDisasterShare = hh.n > 0 ? hit / hh.n : 0;
}
