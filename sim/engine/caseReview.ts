/**
 * Caseworker review (sources.md §9, paper §2.1.3 and §4.2): known needs open a case at the
 * one window; caseworkers review cases first come, first served, up to their monthly
 * capacity; the means test (the scenario's eligibility rules) is applied at review and
 * its decision stands until the periodic re-check. Payments start after each
 * programme's approval lag (dibao.ts, specialAssistance.ts).
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { GOVERNMENT_PROGRAMME_DOMAINS, EDUCATION, MEDICAL, SUBSISTENCE, bit } from './domains.ts';
import { raiseStage } from './gaps.ts';
import { INELIGIBLE, WAITING } from './reasons.ts';
import {
  CASE_DECIDED, CASE_NONE, CASE_QUEUED, DIBAO_NONE, ELIGIBLE_DIBAO, ELIGIBLE_SPECIAL, SPECIAL_ACTIVE,
} from './state.ts';
import { lineOf, type World } from './world.ts';
import { keyedNormal } from './random.ts';
import { exp } from './exactMath.ts';

/** Domains a decision covers, by the programmes it found the household eligible for. */
export function coveredDomains(eligible: number): number {
  return ((eligible & ELIGIBLE_DIBAO) ? bit(SUBSISTENCE) : 0) | ((eligible & ELIGIBLE_SPECIAL) ? bit(MEDICAL) | bit(EDUCATION) : 0);
}

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
    const known = hh.knownGov[h]! & hh.inNeed[h]! & GOVERNMENT_PROGRAMME_DOMAINS;
    const state = hh.caseState[h]!;
    if (state === CASE_NONE) {
      if (known) enqueue(world, h);
    } else if (state === CASE_DECIDED) {
      const due = month - hh.caseMonth[h]! >= recheck;
      const uncovered = hh.newlyKnown[h]! & GOVERNMENT_PROGRAMME_DOMAINS & ~coveredDomains(hh.eligible[h]!);
      if ((due && (known || hh.dibao[h] !== DIBAO_NONE)) || uncovered) enqueue(world, h);
      else if (due) {
        hh.caseState[h] = CASE_NONE;
        hh.eligible[h] = 0;
      }
    }
  }
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
    if ((hh.knownGov[h]! & hh.inNeed[h]! & GOVERNMENT_PROGRAMME_DOMAINS) === 0 && hh.dibao[h] === DIBAO_NONE) {
      // The need ended while the case waited: the application lapses without a review.
      hh.caseState[h] = CASE_NONE;
      hh.eligible[h] = 0;
      continue;
    }
    reviews--;
    world.tallies[hh.cell[h]! * ACC_COUNT + ACC.reviews]! += 1;
    decide(world, h, month);
  }
  // Stages of known needs after review: waiting in the queue, or outside every programme.
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const known = hh.knownGov[h]! & hh.inNeed[h]!;
    if (known === 0) continue;
    raiseStage(hh, h, known & ~GOVERNMENT_PROGRAMME_DOMAINS, INELIGIBLE);
    if (hh.caseState[h] === CASE_QUEUED) raiseStage(hh, h, known & GOVERNMENT_PROGRAMME_DOMAINS, WAITING);
  }
}

/**
 * The means test: apply the eligibility rules to household h as the caseworker sees it
 * this month. Income is assessed with a log-normal error keyed to the household and the
 * month (random.ts keyedNormal), so the same household reviewed in the same month is
 * assessed alike under every policy: rural dibao's "rather large" inclusion and exclusion
 * errors (Golan, Sicular & Umapathi; docs/sources.md §6) come from mismeasured income and
 * from decisions that stand until the next re-check while income moves.
 */
function decide(world: World, h: number, month: number): void {
  const { hh, rules } = world;
  const sigma = world.scenario.government.assessmentError;
  const z = sigma > 0 ? keyedNormal(world.scenario.seed, h, month) : 0;
  hh.assessedIncome[h] = hh.income[h]! * exp(sigma * z - (sigma * sigma) / 2);
  const eligible = (rules.dibao(h) ? ELIGIBLE_DIBAO : 0) | (rules.special(h) ? ELIGIBLE_SPECIAL : 0);
  // Special assistance already paying keeps paying through a re-check (no new lag).
  hh.eligible[h] = eligible | (eligible & ELIGIBLE_SPECIAL ? hh.eligible[h]! & SPECIAL_ACTIVE : 0);
  hh.caseState[h] = CASE_DECIDED;
  hh.caseMonth[h] = month;
  if (eligible & ELIGIBLE_DIBAO) {
    // The benefit tops income up to the line as assessed now, until the next review.
    hh.dibaoBenefit[h] = Math.max(0, lineOf(world, h) - hh.assessedIncome[h]!) * hh.size[h]!;
  } else {
    hh.dibaoBenefit[h] = 0;
    hh.dibao[h] = DIBAO_NONE; // exit, or leave the budget waiting list
  }
}
