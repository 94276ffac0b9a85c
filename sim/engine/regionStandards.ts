/**
 * The two standards that differ by region, urban or rural: the dibao line (a policy lever)
 * and the minimum living cost (the fixed standard of need). Functions of the scenario and a
 * household's flags only, so the rule variables (ruleVariables.ts) read them without the
 * World, which compiles those rules (world.ts).
 */
import { RURAL } from './state.ts';
import type { Scenario } from '../scenario/parameters.ts';

/** The minimum living cost for a household with these flags (hot loops inline the same choice). */
export function regionLivingCost(scenario: Scenario, flags: number): number {
  const n = scenario.needs;
  return (flags & RURAL) ? n.minimumLivingCostRural : n.minimumLivingCostUrban;
}

/** The dibao line for a household with these flags (hot loops inline the same choice). */
export function regionLine(scenario: Scenario, flags: number): number {
  const d = scenario.government.dibao;
  return (flags & RURAL) ? d.lineRural : d.lineUrban;
}
