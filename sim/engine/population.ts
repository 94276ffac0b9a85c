/**
 * The synthetic county (sources.md §9): attributes drawn once from the `population`
 * stream. Every household consumes the same number of draws whatever the parameters,
 * and policy-dependent traits (awareness, digital access) are stored as latent uniform
 * draws compared with thresholds later, so no policy setting reshuffles the people.
 */
import { CELL_DIGITALLY_EXCLUDED, CELL_DISABLED, CELL_ELDERLY, CELL_MIGRANT, CELL_RURAL } from './groups.ts';
import { normal } from './random.ts';
import { CHILDREN, CHRONIC, DIGITAL, DISABLED, ELDERLY, FRICTION, MIGRANT, NO_FAMILY_SUPPORT, RURAL } from './state.ts';
import type { World } from './world.ts';
import { exp, power } from '../common/exactMath.ts';
import { drawPooledRecords } from './dataMatching.ts';
import { updateLookDiscounts } from './meansTest.ts';

export function generatePopulation(world: World): void {
  const { hh } = world;
  const p = world.scenario.population;
  const random = world.random.population;
  for (let h = 0; h < hh.n; h++) {
    const rural = random() < p.ruralShare;
    const elderly = random() < (rural ? p.elderlyShareRural : p.elderlyShareUrban);
    const disabled = random() < p.disabledShare;
    const chronic = random() < p.chronicShare * (elderly ? p.chronicElderlyFactor : 1);
    const migrant = random() < (rural ? p.migrantShareRural : p.migrantShareUrban);
    // Grandparents raise some school-age children while the parents work away (隔代家庭).
    const children = random() < (elderly ? p.childrenShareElderly : p.childrenShare);
    // One person, old or disabled, with no family obliged and able to support them: who
    // support for the extremely poor is for. They live alone, with no earner's income.
    const aloneDraw = random(); // drawn for everyone, so the draws per household never vary
    const alone = (elderly || disabled) && aloneDraw < (rural ? p.noFamilySupportShareRural : p.noFamilySupportShareUrban);
    const meanSize = elderly ? p.meanSizeElderly : rural ? p.meanSizeRural : p.meanSizeUrban;
    const drawnSize = Math.min(p.maxSize, Math.max(1, Math.round(meanSize + p.sizeSpread * normal(random))));
    const size = alone ? 1 : drawnSize;
    const median = (rural ? p.medianIncomeRural : p.medianIncomeUrban) * (elderly ? p.elderlyIncomeFactor : 1) * (alone ? p.noFamilySupportIncomeFactor : 1);
    const income = median * exp((rural ? p.incomeSpreadRural : p.incomeSpreadUrban) * normal(random));
    const assets = income * p.assetMonths * exp(normal(random));
    const frictionChance = p.dataFrictionShare * (elderly ? p.frictionElderlyFactor : 1) * (rural ? p.frictionRuralFactor : 1);
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
      (migrant ? MIGRANT : 0) | (children ? CHILDREN : 0) | (friction ? FRICTION : 0) | (alone ? NO_FAMILY_SUPPORT : 0);
  }
  applyDigitalAccess(world);
  updateLookDiscounts(world);
  drawPooledRecords(world);
}

/**
 * Digital access from the latent draw and the current divide. Kept apart so that a
 * later change of the divide moves only who is online, not who anyone is.
 *
 * The published rates are shares of *all* residents of a region (CNNIC, docs/sources.md §5),
 * elderly included, so the chance of a non-elderly household is set so that the region's
 * mean over its elderly and non-elderly residents is the published rate, and an elderly
 * household's chance is `digitalElderlyFactor` times that. (Before, the regional rate was
 * applied to the non-elderly and cut again for the elderly, which put the region below
 * its published rate — docs/MODEL.md, "Internet use by group".)
 */
export function applyDigitalAccess(world: World): void {
  const { hh, cellCensus } = world;
  const p = world.scenario.population;
  const chances = digitalChances(p, elderlyResidentShares(world));
  cellCensus.fill(0);
  for (let h = 0; h < hh.n; h++) {
    const f = hh.flags[h]!;
    const chance = chances[((f & RURAL) ? 2 : 0) + ((f & ELDERLY) ? 1 : 0)]!;
    hh.flags[h] = hh.digitalDraw[h]! < chance ? f | DIGITAL : f & ~DIGITAL;
    const cell = cellOf(hh.flags[h]!);
    hh.cell[h] = cell;
    cellCensus[cell * 2]! += 1;
    cellCensus[cell * 2 + 1]! += hh.size[h]!;
  }
}

/**
 * The share of each region's residents who live in a household with an older head, [urban,
 * rural], counted from the drawn households: older households are smaller (meanSizeElderly),
 * so this is below their share of households.
 */
function elderlyResidentShares(world: World): [number, number] {
  const { hh } = world;
  const persons = [0, 0, 0, 0]; // [urban young, urban elderly, rural young, rural elderly]
  for (let h = 0; h < hh.n; h++) {
    const f = hh.flags[h]!;
    persons[((f & RURAL) ? 2 : 0) + ((f & ELDERLY) ? 1 : 0)]! += hh.size[h]!;
  }
  const share = (young: number, old: number): number => (young + old > 0 ? old / (young + old) : 0);
  return [share(persons[0]!, persons[1]!), share(persons[2]!, persons[3]!)];
}

/**
 * Chance of digital access for [urban non-elderly, urban elderly, rural non-elderly,
 * rural elderly] households, so that each region's residents are online at its published
 * rate, given the share of its residents in older households. A non-elderly chance above 1
 * is impossible: it is capped, and the region then falls short of its rate.
 */
export function digitalChances(p: World['scenario']['population'], elderlyResidents: readonly [number, number]): [number, number, number, number] {
  const pair = (rate: number, elderlyShare: number): [number, number] => {
    const young = Math.min(1, rate / (1 - elderlyShare * (1 - p.digitalElderlyFactor)));
    return [young, young * p.digitalElderlyFactor];
  };
  return [...pair(p.digitalUrban, elderlyResidents[0]), ...pair(p.digitalRural, elderlyResidents[1])];
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
