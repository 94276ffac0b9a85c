/**
 * The means test: household h's income per person as the review sees it (sources.md §6).
 * It looks at income over about the last year (yearIncome: the means test counts income
 * over a set period, 最低生活保障审核确认办法 Art. 13, as a survey asks for last year's),
 * so a sudden loss of income is temporary assistance's to meet before it is dibao's.
 * Three mechanisms set it apart from the income a household survey would record, and
 * they are what make targeting errors both ways, as surveys find them (docs/MODEL.md §3.3):
 *
 *  - verification error: incomes of farm and informal work, remittances and savings are
 *    hard to check, so the caseworker's figure is true income × a log-normal error, as
 *    likely to overstate income as to understate it, wider in rural areas. Much of the
 *    error is the household's own and the same at every review (`assessmentPersistence`):
 *    what hides its income, or makes it look poorer than it is, does not change from one
 *    year to the next, so a household misjudged once tends to be misjudged again — on the
 *    rolls, or off them, for good. The rest is new at each review. Both parts are keyed
 *    (random.ts), so a household is assessed alike under every policy;
 *  - visible hardship ("rather visible than poor"): the review — home visit, village
 *    appraisal (民主评议), deductions for the rigid costs of illness and disability —
 *    weighs what it can see: an older head, a disabled member, chronic illness, a medical
 *    or care need each lower the income as assessed by `hardshipDiscountUrban` or `Rural`
 *    (rural targeting is done within villages, by cadres and appraisal);
 *  - connections: local discretion favours well-connected households (elite capture,
 *    关系保): from the county's mean ties up to twice it, the assessed income falls by up
 *    to `connectionDiscount`.
 *
 * Households in want who are not poor by income are admitted, and poor ones who look
 * well off are refused. Households know how their village judges, so the same visible
 * hardship and connections decide who puts in a claim (applications.ts).
 */
import { CARE, MEDICAL } from './domains.ts';
import { exp } from '../common/exactMath.ts';
import { keyedNormal } from './random.ts';
import { CHRONIC, DISABLED, ELDERLY, RURAL } from './state.ts';
import type { World } from './world.ts';

/** Key of the household's own, lasting part of the assessment error (months are never this far back). */
const LASTING = -1_000_000;

/** A standard normal: the household's lasting part and this review's part, weighted by the persistence. */
function assessmentNormal(world: World, h: number, month: number): number {
  const rho = world.scenario.government.assessmentPersistence;
  const seed = world.scenario.seed;
  return Math.sqrt(rho) * keyedNormal(seed, h, LASTING) + Math.sqrt(1 - rho) * keyedNormal(seed, h, month);
}

/** Household h's income per person as assessed at a review in `month`. */
export function assessIncome(world: World, h: number, month: number): number {
  const g = world.scenario.government;
  const sigma = (world.hh.flags[h]! & RURAL) ? g.assessmentErrorRural : g.assessmentErrorUrban;
  const error = sigma > 0 ? exp(sigma * assessmentNormal(world, h, month)) : 1;
  return world.hh.yearIncome[h]! * error * visibleDiscount(world, h);
}

/**
 * What visible hardship and connections take off household h's income in the eyes of a
 * review (1 = nothing): (1 − the region's hardship discount) per sign of hardship × (1 −
 * connectionDiscount × how well connected it is, 0 at the county's mean ties, 1 at twice it).
 * The part that comes with who the household is (lookDiscount) is kept; its needs add to it.
 */
export function visibleDiscount(world: World, h: number): number {
  const { hh } = world;
  const need = hh.inNeed[h]!;
  const needSigns = ((need >> MEDICAL) & 1) + ((need >> CARE) & 1);
  if (needSigns === 0) return hh.lookDiscount[h]!;
  const keep = hardshipKeep(world, hh.flags[h]!);
  return hh.lookDiscount[h]! * (needSigns === 1 ? keep : keep * keep);
}

/** What one sign of hardship leaves of income in a review's eyes, in the household's region. */
function hardshipKeep(world: World, flags: number): number {
  const g = world.scenario.government;
  return 1 - ((flags & RURAL) ? g.hardshipDiscountRural : g.hardshipDiscountUrban);
}

/**
 * Each household's lasting discount — its older head, disabled member, chronic illness and
 * connections — for the scenario in force (computed again when a policy event changes it).
 */
export function updateLookDiscounts(world: World): void {
  const { hh } = world;
  const g = world.scenario.government;
  const meanTies = world.scenario.population.meanTies;
  for (let h = 0; h < hh.n; h++) {
    const flags = hh.flags[h]!;
    const keep = hardshipKeep(world, flags);
    const signs = ((flags & ELDERLY) ? 1 : 0) + ((flags & DISABLED) ? 1 : 0) + ((flags & CHRONIC) ? 1 : 0);
    const connected = meanTies > 0 ? Math.min(1, Math.max(0, hh.ties[h]! / meanTies - 1)) : 0;
    let factor = 1 - g.connectionDiscount * connected;
    for (let k = 0; k < signs; k++) factor *= keep; // multiplied out, not Math.pow: the same bits in every JavaScript engine
    hh.lookDiscount[h] = factor;
  }
}
