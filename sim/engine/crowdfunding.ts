/**
 * Online medical crowdfunding (sources.md §9, paper §3.2: 水滴筹): a household with a
 * serious medical need and digital access may launch one campaign per illness episode,
 * more readily when public trust is high. What it raises grows with its ties and with
 * trust and is heavy-tailed (log-normal); the platform keeps a fee. The default mean,
 * at mean ties and baseline trust, is the paper's ≈20,000 yuan per patient.
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { DOMAIN_COUNT, MEDICAL } from './domains.ts';
import { normal } from './random.ts';
import { BENEFIT, CHARITY, HELPER, bookSpending, fullReliefCost, relieve } from './relief.ts';
import { DIGITAL, type Households } from './state.ts';
import type { World } from './world.ts';
import { exp, power } from '../common/exactMath.ts';

/** How what a campaign raises grows with ties: ((ties + 1) / (mean + 1)) ^ elasticity. */
const tiesFactor = (ties: number, meanTies: number, elasticity: number): number => power((ties + 1) / (meanTies + 1), elasticity);

/** The mean ties factor over the county, so that the mean campaign raises `meanRaised`. */
export function meanTiesFactor(hh: Households, meanTies: number, elasticity: number): number {
  let sum = 0;
  for (let h = 0; h < hh.n; h++) sum += tiesFactor(hh.ties[h]!, meanTies, elasticity);
  return hh.n > 0 ? sum / hh.n : 1;
}

export function crowdfunding(world: World): void {
  const { hh, scenario, charities, month } = world;
  const cf = scenario.charities.crowdfunding;
  const trust = power(Math.max(0, charities.trust) / scenario.trust.donationReference, cf.trustElasticity) * charities.reputation.crowdfunding;
  const launch = cf.launchRate * trust;
  if (launch <= 0) return;
  const random = world.random.charity;
  const meanTies = scenario.population.meanTies;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const i = h * DOMAIN_COUNT + MEDICAL;
    if ((hh.flags[h]! & DIGITAL) === 0 || hh.severityBefore[i]! < cf.minSeverity) continue;
    if (hh.campaignMonth[h]! >= hh.onset[i]!) continue; // one campaign per episode
    if (random() >= launch) continue;
    const raised = (cf.meanRaised * tiesFactor(hh.ties[h]!, meanTies, cf.tiesElasticity) / world.tiesNorm) * trust *
      exp(cf.spread * normal(random) - (cf.spread * cf.spread) / 2);
    const net = raised * (1 - cf.fee);
    hh.campaignMonth[h] = month;
    bookSpending(world, h, net, relieve(world, h, MEDICAL, net, fullReliefCost(world, h, MEDICAL), HELPER.crowdfunding), CHARITY, BENEFIT);
    const base = hh.cell[h]! * ACC_COUNT;
    world.tallies[base + ACC.campaigns]! += 1;
    world.tallies[base + ACC.crowdfunding_raised]! += raised;
  }
}
