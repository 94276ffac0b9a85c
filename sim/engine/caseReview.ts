/**
 * Caseworker review (sources.md §9, paper §2.1.3 and §4.2): known needs, and claims to
 * dibao, open a case at the one window; caseworkers review cases first come, first
 * served, up to their monthly capacity; the means test (meansTest.ts) and the scenario's
 * eligibility rules decide, at once, every programme the household qualifies for, and the
 * decision stands until the periodic re-check. Payments start after each programme's
 * approval lag (livingBenefit.ts, specialAssistance.ts, serviceProgramme.ts).
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { CARE, EDUCATION, EMPLOYMENT, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, bit } from './domains.ts';
import { raiseStage } from './gaps.ts';
import { expectsHelp, expectsLivingBenefit } from './applications.ts';
import { assessIncome } from './meansTest.ts';
import { INELIGIBLE, WAITING } from './reasons.ts';
import {
  CASE_DECIDED, CASE_NONE, CASE_QUEUED, DIBAO, EMPLOYMENT_AID, EXTREME_POVERTY, NOT_ENROLLED, SERVICES, SPECIAL,
} from './state.ts';
import { lineOf, type World } from './world.ts';

/** The need domains each programme meets. */
export const PROGRAMME_DOMAINS: ReadonlyArray<readonly [programme: number, domains: number]> = [
  [DIBAO, bit(SUBSISTENCE)],
  [EXTREME_POVERTY, bit(SUBSISTENCE) | bit(CARE)],
  [SPECIAL, bit(MEDICAL) | bit(EDUCATION)],
  [SERVICES, bit(CARE) | bit(PSYCHOSOCIAL)],
  [EMPLOYMENT_AID, bit(EMPLOYMENT)],
];

/** Domains a decision covers, by the programmes it found the household eligible for. */
export function coveredDomains(eligible: number): number {
  let domains = 0;
  for (const [programme, mask] of PROGRAMME_DOMAINS) if (eligible & programme) domains |= mask;
  return domains;
}

/** On a living benefit (dibao or support for the extremely poor)? */
const enrolled = (world: World, h: number): boolean => world.hh.dibao[h] !== NOT_ENROLLED || world.hh.supported[h] !== NOT_ENROLLED;

function enqueue(world: World, h: number): void {
  world.queue[(world.queueHead + world.queueLength) % world.queue.length] = h;
  world.queueLength++;
  world.hh.caseState[h] = CASE_QUEUED;
}

/** Open new cases, re-open cases due for re-check or with a need the decision does not cover. */
export function openCases(world: World): void {
  const { hh, month } = world;
  const recheck = world.scenario.government.recheckMonths;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const known = hh.knownGov[h]! & hh.inNeed[h]!;
    const state = hh.caseState[h]!;
    if (state === CASE_NONE) {
      // A need found in the data, or referred by a charity, is followed up with the household
      // (Art. 6), which then applies as it would on its own: if it expects help.
      if (hh.appliedThisMonth[h] || (known && expectsHelp(world, h))) enqueue(world, h);
    } else if (state === CASE_DECIDED) {
      const due = month - hh.caseMonth[h]! >= recheck;
      const uncovered = hh.newlyKnown[h]! & ~coveredDomains(hh.eligible[h]!);
      if ((due && (known || enrolled(world, h))) || uncovered) enqueue(world, h);
      else if (due) closeCase(world, h);
    }
  }
}

function closeCase(world: World, h: number): void {
  world.hh.caseState[h] = CASE_NONE;
  world.hh.eligible[h] = 0;
  world.hh.paying[h] = 0;
}

/** Caseworkers review queued cases up to this month's capacity. */
export function reviewCases(world: World): void {
  const { hh, month } = world;
  const g = world.scenario.government;
  const capacity = world.reviewCarry + (g.caseworkersPer10k * hh.n / 10_000) * g.reviewsPerCaseworker;
  let reviews = Math.floor(capacity);
  world.reviewCarry = capacity - reviews;
  while (reviews > 0 && world.queueLength > 0) {
    const h = world.queue[world.queueHead]!;
    world.queueHead = (world.queueHead + 1) % world.queue.length;
    world.queueLength--;
    if ((hh.knownGov[h]! & hh.inNeed[h]!) === 0 && !enrolled(world, h) && !expectsLivingBenefit(world, h)) {
      // The need, and the claim, ended while the case waited: the application lapses without a review.
      closeCase(world, h);
      continue;
    }
    reviews--;
    world.tallies[hh.cell[h]! * ACC_COUNT + ACC.reviews]! += 1;
    decide(world, h, month);
  }
  let caseloadCount = 0;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const known = hh.knownGov[h]! & hh.inNeed[h]!;
    if (hh.caseState[h] === CASE_QUEUED) raiseStage(hh, h, known, WAITING);
    if (known !== 0 || hh.caseState[h] !== CASE_NONE || enrolled(world, h)) world.caseload[caseloadCount++] = h;
  }
  world.caseloadCount = caseloadCount;
}

/**
 * Needs government knows that none of its programmes meets are `ineligible` (a charity may
 * still take them; referrals.ts pushes them): in a decided case, those no programme the
 * decision admitted meets; without a case, all of them — the household is not one that
 * applies (applications.ts expectsHelp), so no programme looks at it.
 */
export function markIneligible(world: World): void {
  const { hh } = world;
  for (let k = 0; k < world.caseloadCount; k++) {
    const h = world.caseload[k]!;
    const state = hh.caseState[h];
    if (state === CASE_QUEUED) continue;
    const covered = state === CASE_DECIDED ? coveredDomains(hh.eligible[h]!) : 0;
    raiseStage(hh, h, hh.knownGov[h]! & hh.inNeed[h]! & ~covered, INELIGIBLE);
  }
}

/**
 * The decision: household h as the means test sees it this month, against every
 * programme's rule. Support for the extremely poor replaces dibao for those it admits; the
 * living benefit tops income as assessed up to the line (or to `livingMultiple` × the line).
 * A family that does not qualify may still have one member enrolled alone (Art. 8), whose
 * own income is nil: dibao then covers one person at the full line.
 */
function decide(world: World, h: number, month: number): void {
  const { hh, rules } = world;
  hh.assessedIncome[h] = assessIncome(world, h, month);
  const extreme = rules.extremePoverty(h) !== 0;
  const family = !extreme && rules.dibao(h) !== 0;
  const member = !extreme && !family && rules.dibaoMember(h) !== 0;
  const dibao = family || member;
  const eligible = (extreme ? EXTREME_POVERTY : 0) | (dibao ? DIBAO : 0) | (rules.special(h) ? SPECIAL : 0) |
    (rules.services(h) ? SERVICES : 0) | (rules.employment(h) ? EMPLOYMENT_AID : 0);
  hh.eligible[h] = eligible;
  // A service programme already paying keeps paying through a re-check (no new lag).
  hh.paying[h] = hh.paying[h]! & eligible;
  hh.caseState[h] = CASE_DECIDED;
  hh.caseMonth[h] = month;
  const line = lineOf(world, h);
  const topUpTo = extreme ? world.scenario.government.extremePoverty.livingMultiple * line : family ? line : 0;
  hh.livingBenefit[h] = member ? line : Math.max(0, topUpTo - hh.assessedIncome[h]!) * hh.size[h]!;
  hh.dibaoPersons[h] = member ? 1 : family ? hh.size[h]! : 0;
  if (!dibao) hh.dibao[h] = NOT_ENROLLED; // exit, or leave the budget waiting list
  if (!extreme) hh.supported[h] = NOT_ENROLLED;
}
