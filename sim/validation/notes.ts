/**
 * Why the model does not reproduce something: hand-written reasons for the section "What the
 * model does not reproduce" of docs/validation.md, keyed by target id, lever id, stylised
 * fact id (optionally "factId/measureId" for one claim) or size-invariance measure id.
 * Only reasons that have been found go here; anything without one is reported as not yet
 * known. Pure data.
 */
export interface Notes {
  readonly targets: Readonly<Record<string, string>>;
  readonly levers: Readonly<Record<string, string>>;
  readonly facts: Readonly<Record<string, string>>;
  readonly sizes: Readonly<Record<string, string>>;
}

export const NOTES: Notes = {
  targets: {
    catastrophic_health_rate: 'Found, not mended: capacity to pay is a year\'s income above the dibao line, while the published figures (WHO method) use consumption above subsistence (food) spending. Households in China consume about two thirds of their income, so the model\'s capacity to pay is too large and too few medical costs reach 40% of it; the model also has no medical costs between shocks (chronic illness only makes shocks likelier).',
  },
  levers: {},
  facts: {},
  sizes: {},
};

export const UNKNOWN_REASON = 'Reason not known yet: not investigated.';
