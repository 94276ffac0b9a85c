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
  paths: {
    tiered_need_lists: 'Found, not mended: the model does what the lists say. Taking the month\'s charity cases by urgency first gives the most severe needs — the costliest to relieve — the money and slots first, so first help comes sooner (months_to_help holds) but milder needs wait behind urgent ones month after month, and more of them reach three months unmet; months unmet, the third key, never lifts them. The paper (§5.3) grades needs by urgency, type and 受益周期 (the period help is needed), which may mean a different order; no evaluation of such lists was found to say which.',
    monitoring: 'Found: too few scandals for the check to see. At 5,000 households a county has about one and a half standard-sized organisations, and at the assumed 0.05 scandals per organisation-year about 0.35 arise in a run without monitoring; 20 seeds cannot tell 0.35 from 0.25. The mechanism\'s own test (test/sim/engine/pathMechanisms.test.ts) shows fewer scandals under monitoring at a rate that makes them common. The rate itself is an assumption: no published rate was found (sources.md §13).',
    support_networks: 'Found: needs no actor knows of do not fall, because ties grow only for households a community charity already helps, whose needs are already known; more ties help outreach find them again sooner, not find new ones. Care needs and households fallen through do fall.',
  },
  facts: {},
  sizes: {},
};

export const UNKNOWN_REASON = 'Reason not known yet: not investigated.';
