/**
 * Needs (sources.md §9): a severity in [0, 1] per domain that decays on its own, rises
 * with shocks (shocks.ts) and falls with help (relief.ts). Subsistence is not a stock:
 * it is the household's gap below the minimum living cost, recomputed each month from
 * income, which job loss (the employment need) cuts. The minimum living cost is a fixed
 * standard (needs.minimumLivingCost*), never the dibao line: a line is a policy lever,
 * and a need that moved with it would let policy redefine who is in need (docs/MODEL.md §5). Each step is its own tight loop: V8 runs
 * several short loops faster than one long one that juggles every array.
 */
import { DOMAIN_COUNT, EMPLOYMENT, SUBSISTENCE } from './domains.ts';
import { UNSEEN } from './reasons.ts';
import { CASE_NONE, DISABLED, NOT_ENROLLED, RURAL } from './state.ts';
import { expectsLivingBenefit } from './applications.ts';
import { LOW_INCOME_MULTIPLE } from './targeting.ts';
import { calendarMonth, minimumLivingCostOf, type World } from './world.ts';

/** Below this a leftover severity is dropped, so stocks never decay into slow denormal floats. */
const NEGLIGIBLE = 1e-4;
/** Keep factors this small resolve the need at once; with the yearly flush, no stock can go denormal. */
const MIN_KEEP = 0.01;

/**
 * Natural recovery: each non-subsistence need loses its domain's decay share. Leftovers
 * are flushed to zero each January rather than tested every month: a data-dependent
 * branch in this loop mispredicts often enough to triple its cost.
 */
export function decayNeeds(world: World): void {
  const n = world.scenario.needs;
  const keep = (decayShare: number): number => (1 - decayShare < MIN_KEEP ? 0 : 1 - decayShare);
  const k1 = keep(n.decayMedical), k2 = keep(n.decayCare), k3 = keep(n.decayPsychosocial);
  const k4 = keep(n.decayEmployment), k5 = keep(n.decayEducation);
  const s = world.hh.severity;
  for (let i = 0; i < s.length; i += DOMAIN_COUNT) {
    s[i + 1] = s[i + 1]! * k1;
    s[i + 2] = s[i + 2]! * k2;
    s[i + 3] = s[i + 3]! * k3;
    s[i + 4] = s[i + 4]! * k4;
    s[i + 5] = s[i + 5]! * k5;
  }
  if (calendarMonth(world.month) === 0) {
    for (let i = 0; i < s.length; i++) if (s[i]! < NEGLIGIBLE) s[i] = 0;
  }
}

/**
 * Income this month (job loss cuts it) and the subsistence need it implies: any income
 * below the minimum living cost is a need at least at the threshold, rising to 1 at no income. The
 * rigid costs of a disability (care, aids, transport) come off a disabled household's
 * income first, as the means test deducts them (刚性支出扣减, docs/MODEL.md).
 */
export function updateSubsistence(world: World): void {
  const { severity, baseIncome, income, flags, size, n } = world.hh;
  const threshold = world.scenario.needs.threshold;
  const loss = world.scenario.shocks.jobLossIncomeLoss;
  const disabilityCost = world.scenario.needs.disabilityCost;
  const { minimumLivingCostUrban, minimumLivingCostRural } = world.scenario.needs;
  const livingCost = [minimumLivingCostUrban, minimumLivingCostRural]; // by the RURAL bit (1), as in trackEpisodes
  const { yearIncome } = world.hh;
  const first = world.month === -world.scenario.warmupMonths;
  for (let h = 0; h < n; h++) {
    const base = h * DOMAIN_COUNT;
    const earned = baseIncome[h]! * (1 - loss * severity[base + EMPLOYMENT]!);
    const value = (flags[h]! & DISABLED) ? Math.max(0, earned - disabilityCost / size[h]!) : earned;
    income[h] = value;
    yearIncome[h] = first ? value : yearIncome[h]! + (value - yearIncome[h]!) / 12;
    const shortfall = 1 - value / livingCost[flags[h]! & RURAL]!;
    severity[base + SUBSISTENCE] = shortfall > 0 ? threshold + (1 - threshold) * shortfall : 0;
  }
}

/**
 * Episodes: a need that crosses the threshold starts one; one that falls below ends it,
 * and government and charities forget it, so a new episode has to be discovered again. Also lists the
 * month's active households (world.active: in need, with a case or a benefit, or expecting
 * dibao) and snapshots severities before help.
 */
export function trackEpisodes(world: World): void {
  const { hh, month, active } = world;
  const threshold = world.scenario.needs.threshold;
  const { severity, onset, unmetStreak, helpedEpisode, inNeed, knownGov, knownCommunity, knownFoundation, caseState, dibao, supported, buffer, yearIncome, lookDiscount, awarenessDraw, flags, n } = hh;
  const awareness = world.scenario.application.awareness;
  // Households that may expect a living benefit without being in need (applications.ts): the
  // rules are checked only for those whose year's income, as their village would see it, is
  // below the dibao-edge line (1.5 × the line: no living benefit reaches above it).
  // Indexed by the household's RURAL bit (1): a lookup, where a branch on region would be a coin toss per household.
  const { lineUrban, lineRural } = world.scenario.government.dibao;
  const line = [lineUrban, lineRural];
  const claim = [LOW_INCOME_MULTIPLE * lineUrban, LOW_INCOME_MULTIPLE * lineRural];
  const none = NOT_ENROLLED, noCase = CASE_NONE; // locals: a hot loop
  let activeCount = 0;
  hh.expectation.fill(0);
  for (let h = 0; h < n; h++) {
    const base = h * DOMAIN_COUNT;
    const mask = (severity[base]! >= threshold ? 1 : 0) | (severity[base + 1]! >= threshold ? 2 : 0) |
      (severity[base + 2]! >= threshold ? 4 : 0) | (severity[base + 3]! >= threshold ? 8 : 0) |
      (severity[base + 4]! >= threshold ? 16 : 0) | (severity[base + 5]! >= threshold ? 32 : 0);
    for (let changed = mask ^ inNeed[h]!; changed !== 0; changed &= changed - 1) {
      const d = 31 - Math.clz32(changed & -changed);
      unmetStreak[base + d] = 0;
      if (mask & (1 << d)) {
        onset[base + d] = month;
        helpedEpisode[h] = helpedEpisode[h]! & ~(1 << d);
      } else {
        onset[base + d] = -1;
      }
    }
    inNeed[h] = mask;
    knownGov[h] = knownGov[h]! & mask;
    knownCommunity[h] = knownCommunity[h]! & mask;
    knownFoundation[h] = knownFoundation[h]! & mask;
    if (mask !== 0 || caseState[h] !== noCase || dibao[h] !== none || supported[h] !== none || buffer[h]! > 0) {
      active[activeCount++] = h;
      continue;
    }
    const region = flags[h]! & RURAL;
    const year = yearIncome[h]!;
    // Not in need, it can only claim: with its lasting visible discount alone (meansTest.ts
    // visibleDiscount) below the dibao-edge line, and if it is aware it could.
    if (year < line[region]! || // counted by targeting.ts
      (year * lookDiscount[h]! < claim[region]! && awarenessDraw[h]! < awareness && expectsLivingBenefit(world, h))) active[activeCount++] = h;
  }
  world.activeCount = activeCount;
  hh.severityBefore.set(severity);
  hh.stage.fill(UNSEEN);
  hh.servedGov.fill(0);
  hh.governmentShort.fill(0);
  hh.servedCharity.fill(0);
  hh.redundant.fill(0);
  hh.helpers.fill(0);
  hh.transfer.fill(0);
}

/** The yuan that would close household h's gap below the minimum living cost this month. */
export function subsistenceGap(world: World, h: number): number {
  return Math.max(0, minimumLivingCostOf(world, h) - world.hh.income[h]!) * world.hh.size[h]!;
}
