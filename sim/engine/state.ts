/**
 * Household state as struct-of-arrays: one typed array per attribute, indexed by
 * household id h (and by h * DOMAIN_COUNT + d for per-domain state). Allocated once per
 * run; the monthly loops only read and write these arrays.
 */
import { DOMAIN_COUNT } from './domains.ts';

/** Attribute flags packed in `flags[h]`. */
export const RURAL = 1;
export const ELDERLY = 2;
export const DISABLED = 4;
export const CHRONIC = 8;
export const MIGRANT = 16;
export const CHILDREN = 32;
export const DIGITAL = 64;
export const FRICTION = 128;
/** No one obliged and able to support them (无法定赡养抚养扶养义务人或其无履行能力): who support for the extremely poor is for. */
export const NO_FAMILY_SUPPORT = 256;

/** Case states of a household's one-window government case (caseState[h]). */
export const CASE_NONE = 0;
export const CASE_QUEUED = 1;
export const CASE_DECIDED = 2;

/**
 * Programme bits, in eligible[h] (the last review found the household eligible) and in
 * paying[h] (a service programme has passed its approval lag and pays, so a re-check
 * does not impose the lag again). Dibao and support for the extremely poor keep their
 * own enrolment state (dibao[h], supported[h]).
 */
export const DIBAO = 1;
export const EXTREME_POVERTY = 2;
export const SPECIAL = 4;
export const SERVICES = 8;
export const EMPLOYMENT_AID = 16;

/** Enrolment in dibao (dibao[h]) and in support for the extremely poor (supported[h]). */
export const NOT_ENROLLED = 0;
export const BUDGET_WAIT = 1;
export const ENROLLED = 2;

export function allocateHouseholds(n: number) {
  const nd = n * DOMAIN_COUNT;
  return {
    n,
    // — who they are (population.ts) —
    flags: new Uint16Array(n),
    size: new Uint8Array(n),
    baseIncome: new Float32Array(n), // per capita, yuan/month, before shocks
    assets: new Float32Array(n), // per capita, yuan
    ties: new Uint8Array(n),
    stigma: new Float32Array(n),
    trustInCharity: new Float32Array(n),
    /** Latent uniform draws, compared with policy thresholds so policy never reshuffles people. */
    awarenessDraw: new Float32Array(n),
    digitalDraw: new Float32Array(n),
    /** Group cell (groups.ts) and shock-hazard profile (shocks.ts), derived from flags. */
    cell: new Uint8Array(n),
    // — needs (needs.ts) —
    income: new Float32Array(n), // per capita this month, before transfers
    /** Income per person over about the last year (a 12-month moving average): what a household survey records. */
    yearIncome: new Float32Array(n),
    severity: new Float32Array(nd),
    severityBefore: new Float32Array(nd), // at the start of the month, before help
    onset: new Int16Array(nd).fill(-1), // month the current episode began, -1 if none
    unmetStreak: new Uint8Array(nd),
    inNeed: new Uint8Array(n), // domain mask
    helpedEpisode: new Uint8Array(n), // domain mask: current episode has had help
    stage: new Uint8Array(nd), // furthest pathway stage this month (reasons.ts)
    // — discovery and government (applications.ts, dataMatching.ts, caseReview.ts) —
    knownGov: new Uint8Array(n), // domain mask
    appliedThisMonth: new Uint8Array(n),
    newlyKnown: new Uint8Array(n), // domain mask: became known to government this month
    caseState: new Uint8Array(n),
    caseMonth: new Int16Array(n), // decision month (pending) or month of decision (decided)
    eligible: new Uint8Array(n), // programme bits (above)
    paying: new Uint8Array(n), // programme bits: service programmes past their approval lag
    /** Income per person as the means test saw it at the last review (meansTest.ts). */
    assessedIncome: new Float32Array(n),
    /** What its lasting signs of hardship and connections take off a household's income in a review's eyes (meansTest.ts). */
    lookDiscount: new Float32Array(n).fill(1),
    /** Income per person as the household expects a review to see it (applications.ts), for its expectations. */
    perceivedIncome: new Float32Array(n),
    /** Domains whose records reach civil affairs (dataMatching.ts drawPooledRecords). */
    pooledRecords: new Uint8Array(n),
    /** This month's expectations, once worked out (applications.ts EXPECTATION bits; cleared by trackEpisodes). */
    expectation: new Uint8Array(n),
    dibao: new Uint8Array(n), // NOT_ENROLLED, BUDGET_WAIT or ENROLLED
    supported: new Uint8Array(n), // support for the extremely poor (特困): NOT_ENROLLED, BUDGET_WAIT or ENROLLED
    livingBenefit: new Float32Array(n), // yuan a month of dibao or 特困 basic living, set at review, paid until the next review
    dibaoPersons: new Uint8Array(n), // persons dibao covers: the household, or one member enrolled alone
    // — payments (dibao.ts, specialAssistance.ts, temporaryAssistance.ts) —
    servedGov: new Uint8Array(n), // domain mask, this month
    governmentShort: new Uint8Array(n), // domain mask, this month: a government budget ran out for it
    transfer: new Float32Array(n), // yuan paid this month toward subsistence (household)
    buffer: new Float32Array(n), // temporary-aid cash not yet spent on subsistence
    medicalPaidYear: new Float32Array(n),
    // — catastrophic health expenditure (catastrophicHealth.ts) —
    medicalShockYear: new Float32Array(n), // medical severity added by shocks this calendar year
    catastrophicYear: new Uint8Array(n), // 1 once this year's medical cost passed the catastrophic share
    educationPaidYear: new Float32Array(n),
    temporaryMonth: new Int16Array(n).fill(-32768), // month of last temporary aid
    // — charities (communityOutreach.ts, referrals.ts, charityHelp.ts, crowdfunding.ts) —
    knownCommunity: new Uint8Array(n), // domain mask known to the household's community charity
    knownFoundation: new Uint8Array(n), // domain mask known to foundations
    servedCharity: new Uint8Array(n), // domain mask, this month
    redundant: new Uint8Array(n), // domain mask, this month: a charity paid for a need government had already met
    helpers: new Uint16Array(nd), // who met each need this month: bits of relief.ts HELPERS (for stories)
    campaignMonth: new Int16Array(n).fill(-32768), // month of the last crowdfunding campaign
    disasterMonth: new Int16Array(n).fill(-32768), // month the household was last hit by a disaster
    consortiumMonth: new Int16Array(n).fill(-32768), // month the household was last on the consortium's case list (consortium.ts)
  };
}

export type Households = ReturnType<typeof allocateHouseholds>;

/** Bytes of typed-array state per household: the engine's memory footprint. */
export function bytesPerHousehold(hh: Households): number {
  let bytes = 0;
  for (const value of Object.values(hh)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  return bytes / hh.n;
}
