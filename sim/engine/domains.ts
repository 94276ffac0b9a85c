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

/**
 * Domains in which government standard aid can pay (design choice (sources.md §9): "standard packages
 * … cash of fixed kinds; it does not reduce psychosocial or care needs"). Employment
 * needs reach government too, but no programme of this slice pays for them.
 */
export const GOVERNMENT_PROGRAMME_DOMAINS = bit(SUBSISTENCE) | bit(MEDICAL) | bit(EDUCATION);
