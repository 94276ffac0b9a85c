/**
 * Discovery by application (sources.md §9): a household applies when it expects help — it
 * has a need government has a programme it applies for (domains.ts) and expects some
 * programme to admit it, or it expects a living benefit (dibao, 特困) — and knows it could
 * (awareness), is not held back by stigma, finds the dibao it expects worth the hassle of
 * claiming it, and can use the channel (where the only route is online, it needs digital
 * access). An application is taken at the one window, which hears all of the household's
 * needs.
 *
 * What a household expects is what its village would judge: the programmes' own rules
 * (scenario data) applied to its income over about the last year as a review sees it
 * without error — after the visible hardship and the connections that count there
 * (meansTest.ts visibleDiscount). Old, sick and disabled households put in claims though
 * their income is above the line ("rather visible than poor"); households that look well
 * off do not, though they are poor; a household no programme would admit does not apply
 * at all, so its needs are for charities to find. (Every household with a need applied,
 * and the reviews of hopeless applications filled the caseworkers' queue; docs/MODEL.md §5.)
 *
 * Whether a household's only route is online, and what claiming costs it, are its own and
 * stay the same month after month (keyed draws, random.ts): a household that cannot apply
 * online cannot next month either. (They were redrawn every month, so every need got
 * through in the end and the digital divide barely mattered; docs/MODEL.md §5.)
 */
import { APPLIED_FOR_DOMAINS, SUBSISTENCE, bit } from './domains.ts';
import { log } from '../common/exactMath.ts';
import { raiseStage } from './gaps.ts';
import { visibleDiscount } from './meansTest.ts';
import { SALT, keyedUniform } from './random.ts';
import { DECLINED, DIGITALLY_EXCLUDED } from './reasons.ts';
import { CASE_NONE, DIGITAL, NOT_ENROLLED } from './state.ts';
import { lineOf, type World } from './world.ts';

/** Does household h's only route to apply lead online (the same every month)? */
export const onlyOnline = (world: World, h: number, salt: number = SALT.onlineRoute): boolean =>
  keyedUniform(world.scenario.seed, h, 0, salt) < world.scenario.application.onlineOnlyShare;

export function householdsApply(world: World): void {
  const { hh } = world;
  const random = world.random.behaviour;
  const a = world.scenario.application;
  hh.appliedThisMonth.fill(0);
  hh.newlyKnown.fill(0);
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    if (hh.awarenessDraw[h]! >= a.awareness) continue; // unaware: its needs stay unseen
    const unknown = hh.inNeed[h]! & ~hh.knownGov[h]!;
    const wanted = unknown & APPLIED_FOR_DOMAINS;
    // A need it applies for, if it expects some programme to admit it; without one, a claim to a
    // living benefit (expectsHelp covers the living benefits too, so one check is enough).
    const expects = wanted !== 0 ? expectsHelp(world, h)
      : hh.caseState[h] === CASE_NONE && hh.dibao[h] === NOT_ENROLLED && hh.supported[h] === NOT_ENROLLED && expectsLivingBenefit(world, h);
    if (!expects) continue;
    if (random() < hh.stigma[h]! * a.stigmaEffect) {
      raiseStage(hh, h, wanted, DECLINED);
      continue;
    }
    // Only dibao is weighed against the hassle: a medical, care, education or employment need is applied for anyway.
    if ((wanted & ~bit(SUBSISTENCE)) === 0 && expectedDibao(world, h) < hassleOf(world, h)) {
      raiseStage(hh, h, wanted, DECLINED);
      continue;
    }
    if ((hh.flags[h]! & DIGITAL) === 0 && onlyOnline(world, h)) {
      raiseStage(hh, h, wanted, DIGITALLY_EXCLUDED);
      continue;
    }
    hh.appliedThisMonth[h] = 1;
    hh.newlyKnown[h] = unknown;
    hh.knownGov[h] = hh.knownGov[h]! | unknown;
  }
}

/** Household h's income as it expects a review to see it: a year's income, less what its village would discount. */
function perceive(world: World, h: number): void {
  world.hh.perceivedIncome[h] = world.hh.yearIncome[h]! * visibleDiscount(world, h);
}

/**
 * Bits of hh.expectation: whether each expectation has been worked out this month, and its
 * answer. An expectation reads the year's income, the needs and enrolment, none of which
 * changes between trackEpisodes, which clears the bits, and the last reader, the case
 * review; payments and relief come after. So each is worked out once a month.
 */
const LIVING_KNOWN = 1;
const LIVING = 2;
const HELP_KNOWN = 4;
const HELP = 8;

/** Does household h expect some programme decided at review to admit it? */
export function expectsHelp(world: World, h: number): boolean {
  const known = world.hh.expectation[h]!;
  if (known & HELP_KNOWN) return (known & HELP) !== 0;
  const r = world.rules.expected;
  const help = expectsLivingBenefit(world, h) || r.special(h) !== 0 || r.services(h) !== 0 || r.employment(h) !== 0;
  world.hh.expectation[h] = world.hh.expectation[h]! | HELP_KNOWN | (help ? HELP : 0);
  return help;
}

/** Does household h expect a living benefit — dibao for the family or a member, or support as extremely poor? */
export function expectsLivingBenefit(world: World, h: number): boolean {
  const known = world.hh.expectation[h]!;
  if (known & LIVING_KNOWN) return (known & LIVING) !== 0;
  perceive(world, h);
  const r = world.rules.expected;
  const living = r.extremePoverty(h) !== 0 || r.dibao(h) !== 0 || r.dibaoMember(h) !== 0;
  world.hh.expectation[h] = known | LIVING_KNOWN | (living ? LIVING : 0);
  return living;
}

/** The dibao household h expects, yuan a month: the line less its income as its village would see it, × its size. */
export function expectedDibao(world: World, h: number): number {
  return Math.max(0, lineOf(world, h) - world.hh.yearIncome[h]! * visibleDiscount(world, h)) * world.hh.size[h]!;
}

/** What claiming dibao costs household h, in yuan of monthly benefit: exponential around application.hassleCost. */
function hassleOf(world: World, h: number): number {
  const u = keyedUniform(world.scenario.seed, h, 0, SALT.hassle);
  return -world.scenario.application.hassleCost * log(1 - u);
}
