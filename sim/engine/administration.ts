/**
 * What running the assistance system costs, beyond the aid and help it pays households
 * (issue 20: every lever costs what it costs). Staff, data links, systems and hubs are
 * booked here, county-wide, for the payer: government or charities. Metrics:
 * gov_administration, charity_administration, and total_spending, which a lever's cost
 * is measured in (sim/experiment/levers.ts).
 */
import { ACC } from './accumulators.ts';
import type { World } from './world.ts';

export type Payer = 'government' | 'charity';

/** Book `yuan` of this month's running costs, paid by `payer`. */
export function bookAdministration(world: World, payer: Payer, yuan: number): void {
  world.county[payer === 'government' ? ACC.gov_administration : ACC.charity_administration]! += yuan;
}
