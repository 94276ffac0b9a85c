/**
 * Why the model does not reproduce something: hand-written reasons for the section "What the
 * model does not reproduce" of docs/validation.md, keyed by target id, lever id, path id, stylised
 * fact id (optionally "factId/measureId" for one claim) or size-invariance measure id.
 * Only reasons that have been found go here; anything without one is reported as not yet
 * known. Pure data.
 */
export interface Notes {
  readonly targets: Readonly<Record<string, string>>;
  readonly levers: Readonly<Record<string, string>>;
  readonly paths: Readonly<Record<string, string>>;
  readonly facts: Readonly<Record<string, string>>;
  readonly sizes: Readonly<Record<string, string>>;
}

export const NOTES: Notes = {
  targets: {
    dibao_household_size_rural: 'Found, not mended: of rural dibao households in the model about a quarter are one member enrolled alone (Art. 8), half are older households (about 1.9 persons) and a quarter working-age families (about 3.4 persons). The published 1.79 needs more one-person cases: the likely missing mechanism is the rural practice of registering an older parent or a disabled adult as a household of their own so that they qualify (分户施保), beyond the severely disabled and seriously ill members Art. 8 allows; no survey figure for it is in sources.md yet, so it is not modelled. The urban size, 1.62, is met.',
    catastrophic_health_rate: 'Found, not mended: capacity to pay is a year\'s income above the minimum living cost, while the published figures (WHO method) use consumption above subsistence (food) spending. Households in China consume about two thirds of their income, so the model\'s capacity to pay is too large and too few medical costs reach 40% of it; the model also has no medical costs between shocks (chronic illness only makes shocks likelier).',
  },
  levers: {},
  paths: {},
  facts: {},
  sizes: {},
};

export const UNKNOWN_REASON = 'Reason not known yet: not investigated.';
