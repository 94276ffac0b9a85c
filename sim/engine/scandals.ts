/**
 * Scandals that arise inside the model (paper §4.1: trust, the "塔西佗陷阱"; §4.3: evaluation
 * by money paid out and goods handed out drives organisations to expand rather than
 * deepen; §5.2: monitoring, evaluation and third-party supervision, "第三方评估"). Scenario
 * events can still bring a scandal from outside (events.ts trust_shock); this module adds
 * the ones the county's own organisations make.
 *
 * Each month each organisation has a scandal with chance
 *
 *   ratePerYear ÷ 12 × size × (1 + growthEffect × growth) × (1 − effectiveness × coverage)
 *
 * where growth is how far its income (donations and grants) of the last 12 months exceeds
 * that of the 12 before (0 until it has two years of income, and never below 0): money
 * arriving faster than an organisation's controls grow — after a disaster appeal, say — is
 * the risk. Monitoring (`government.monitoring.coverage`, the share of organisations under
 * government monitoring and third-party evaluation) removes `effectiveness` of the risk of
 * those it covers, at `costPerOrganisationYear` of government administration per
 * standard-sized organisation. A scandal hits its kind's reputation and, by the spillover,
 * public trust (trust.ts trustShock), so donations fall (revenue.ts).
 *
 * The draw is keyed by organisation and month (random.ts SALT.scandal): at the default rate 0
 * nothing is drawn, and no other draw moves whatever the rate.
 */
import { ACC } from './accumulators.ts';
import type { Organisation } from './charities.ts';
import { SALT, keyedUniform } from './random.ts';
import { trustShock } from './trust.ts';
import type { World } from './world.ts';

/** Months of income an organisation keeps: two years, for its growth over the last one. */
const HISTORY = 24;

/** Record an organisation's income this month (revenue.ts). */
export function recordIncome(organisation: Organisation, yuan: number): void {
  organisation.income.push(yuan);
  if (organisation.income.length > HISTORY) organisation.income.shift();
}

/** How far its income of the last 12 months exceeds the 12 before, ≥ 0; 0 without two years of income. */
export function incomeGrowth(organisation: Organisation): number {
  const income = organisation.income;
  if (income.length < HISTORY) return 0;
  let before = 0;
  let last = 0;
  for (let m = 0; m < HISTORY / 2; m++) before += income[m]!;
  for (let m = HISTORY / 2; m < HISTORY; m++) last += income[m]!;
  return before > 0 ? Math.max(0, last / before - 1) : 0;
}

/** After charity revenue: this month's scandals (monitoring's cost is priced in administration.ts). */
export function scandals(world: World): void {
  const { charities, scenario } = world;
  const monitoring = scenario.government.monitoring;
  const s = scenario.charities.scandals;
  const { community, foundations } = charities;
  if (s.ratePerYear <= 0 || community.length + foundations.length === 0) return;
  const unmonitored = 1 - monitoring.effectiveness * monitoring.coverage;
  // Community charities then foundations, k counting through both: each organisation's own keyed draw.
  for (let k = 0; k < community.length + foundations.length; k++) {
    const o = k < community.length ? community[k]! : foundations[k - community.length]!;
    const chance = (s.ratePerYear / 12) * o.size * (1 + s.growthEffect * incomeGrowth(o)) * unmonitored;
    if (keyedUniform(scenario.seed, k, world.month, SALT.scandal) < chance) {
      trustShock(world, s.magnitude, o.kind);
      world.county[ACC.scandals]! += 1;
    }
  }
}
