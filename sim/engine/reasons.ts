/**
 * Why a need went unmet this month (sources.md §9). Listed in the order of the help
 * pathway: aware → willing → able to use the channel → known → eligible → approved →
 * funded → of the right kind. A need is recorded with the furthest stage that any actor
 * reached for it, so the reason names the first stage at which the pathway failed.
 */
export const REASONS = [
  'unseen',
  'declined',
  'digitally_excluded',
  'ineligible',
  'waiting',
  'no_capacity',
  'mismatch',
] as const;
export type Reason = (typeof REASONS)[number];

export const REASON_MEANINGS: Record<Reason, string> = {
  unseen: 'no actor knows of this need',
  declined: 'the household knew of help but did not apply or refused it (stigma, distrust)',
  digitally_excluded: 'the only channel that could have reached it needed digital access the household lacks',
  ineligible: 'known to government, outside its rules (or past a cap), and no charity took it',
  waiting: 'in the caseworker queue or in the approval lag',
  no_capacity: 'approved or eligible, but the budget, funds or slots were exhausted',
  mismatch: 'help came, but of the wrong kind',
};

/** Stage codes stored per household-domain; the index into REASONS. */
export const UNSEEN = 0;
export const DECLINED = 1;
export const DIGITALLY_EXCLUDED = 2;
export const INELIGIBLE = 3;
export const WAITING = 4;
export const NO_CAPACITY = 5;
export const MISMATCH = 6;
