/**
 * The synthetic county (sources.md §9): attributes drawn once from the `population`
 * stream. Every household consumes the same number of draws whatever the parameters,
 * and policy-dependent traits (awareness, digital access) are stored as latent uniform
 * draws compared with thresholds later, so no policy setting reshuffles the people.
 */
import { CELL_DIGITALLY_EXCLUDED, CELL_DISABLED, CELL_ELDERLY, CELL_MIGRANT, CELL_RURAL } from './groups.ts';
import { normal } from './random.ts';
import { CHILDREN, CHRONIC, DIGITAL, DISABLED, ELDERLY, FRICTION, MIGRANT, RURAL } from './state.ts';
import type { World } from './world.ts';
import { exp, power } from './exactMath.ts';

/** Spread of household size around its mean (persons); assumption. */
const SIZE_SD = 1.1;

export function generatePopulation(world: World): void {
  const { hh } = world;
  const p = world.scenario.population;
  const random = world.random.population;
  for (let h = 0; h < hh.n; h++) {
    const rural = random() < p.ruralShare;
    const elderly = random() < (rural ? p.elderlyShareRural : p.elderlyShareUrban);
    const disabled = random() < p.disabledShare;
    const chronic = random() < p.chronicShare * (elderly ? 2 : 1);
    const migrant = random() < (rural ? p.migrantShareRural : p.migrantShareUrban);
    const children = random() < p.childrenShare && !elderly;
    const meanSize = rural ? p.meanSizeRural : p.meanSizeUrban;
    const size = Math.min(8, Math.max(1, Math.round(meanSize + SIZE_SD * normal(random))));
    const median = (rural ? p.medianIncomeRural : p.medianIncomeUrban) * (elderly ? p.elderlyIncomeFactor : 1);
    const income = median * exp((rural ? p.incomeSpreadRural : p.incomeSpreadUrban) * normal(random));
    const assets = income * p.assetMonths * exp(normal(random));
    const frictionChance = p.dataFrictionShare * (elderly ? 2 : 1) * (rural ? 2 : 1);
    const friction = random() < frictionChance;

    hh.size[h] = size;
    hh.baseIncome[h] = income;
    hh.assets[h] = assets;
    hh.ties[h] = Math.min(255, poisson(p.meanTies, random()));
    hh.stigma[h] = betaLike(p.meanStigma, random());
    hh.trustInCharity[h] = betaLike(p.meanTrustInCharity, random());
    hh.awarenessDraw[h] = random();
    hh.digitalDraw[h] = random();
    hh.flags[h] =
      (rural ? RURAL : 0) | (elderly ? ELDERLY : 0) | (disabled ? DISABLED : 0) | (chronic ? CHRONIC : 0) |
      (migrant ? MIGRANT : 0) | (children ? CHILDREN : 0) | (friction ? FRICTION : 0);
  }
  applyDigitalAccess(world);
}

/**
 * Digital access from the latent draw and the current divide. Kept apart so that a
 * later change of the divide moves only who is online, not who anyone is.
 */
export function applyDigitalAccess(world: World): void {
  const { hh, cellCensus } = world;
  const p = world.scenario.population;
  cellCensus.fill(0);
  for (let h = 0; h < hh.n; h++) {
    const f = hh.flags[h]!;
    const chance = ((f & RURAL) ? p.digitalRural : p.digitalUrban) * ((f & ELDERLY) ? p.digitalElderlyFactor : 1);
    hh.flags[h] = hh.digitalDraw[h]! < chance ? f | DIGITAL : f & ~DIGITAL;
    const cell = cellOf(hh.flags[h]!);
    hh.cell[h] = cell;
    cellCensus[cell * 2]! += 1;
    cellCensus[cell * 2 + 1]! += hh.size[h]!;
  }
}

export function cellOf(f: number): number {
  return ((f & RURAL) ? CELL_RURAL : 0) | ((f & ELDERLY) ? CELL_ELDERLY : 0) | ((f & DISABLED) ? CELL_DISABLED : 0) |
    ((f & MIGRANT) ? CELL_MIGRANT : 0) | ((f & DIGITAL) ? 0 : CELL_DIGITALLY_EXCLUDED);
}

/** A value in [0, 1] with the given mean, from one uniform: u^k has mean 1 / (k + 1). */
function betaLike(mean: number, u: number): number {
  if (mean <= 0) return 0;
  return power(u, 1 / mean - 1);
}

/** Poisson quantile of one uniform, by inversion (one draw whatever the result). */
function poisson(mean: number, u: number): number {
  let k = 0;
  let p = exp(-mean);
  let cdf = p;
  while (u > cdf && k < 255) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}
