/**
 * The six need domains of the model design (sources.md §9). Their order is the
 * index used in every per-household-domain typed array (`h * DOMAIN_COUNT + d`).
 */
export const DOMAINS = ['subsistence', 'medical', 'care', 'psychosocial', 'employment', 'education'] as const;
export type Domain = (typeof DOMAINS)[number];
export const DOMAIN_COUNT = DOMAINS.length;

export const SUBSISTENCE = 0;
export const MEDICAL = 1;
export const CARE = 2;
export const PSYCHOSOCIAL = 3;
export const EMPLOYMENT = 4;
export const EDUCATION = 5;

/** Bit of domain `d` in the per-household domain masks (inNeed, knownGov, …). */
export const bit = (d: number): number => 1 << d;

export const ALL_DOMAINS = (1 << DOMAIN_COUNT) - 1;

/** The number of domains in a mask. */
export function countDomains(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/**
 * Domains a household applies to government for: the cash programmes (dibao, medical and
 * education assistance), care (support for the extremely poor, care services) and
 * employment (the employment service). Nobody applies at the civil-affairs window for a
 * psychosocial need; it reaches government only when an application, a referral or the
 * data bring the household's case there, and social-work services can then meet it.
 */
export const APPLIED_FOR_DOMAINS = ALL_DOMAINS & ~bit(PSYCHOSOCIAL);
