/**
 * The paper's claims about its paths (§5), as paired checks: the path off (low) against
 * the path's changes (high), on the same seeds. One per path of sim/experiment/paths.ts,
 * with the same id; the high setting is the path's own changes, so the claim is tested on
 * what `gapsim levers --paths` ranks. Pure (no Node, no DOM).
 */
import { PATHS } from '../experiment/paths.ts';
import type { Overrides } from './experiment.ts';
import type { LeverCheck } from './levers.ts';

const changesOf = (id: string): Overrides => {
  const path = PATHS.find((p) => p.id === id);
  if (!path) throw new Error(`no path ${id} in PATHS`);
  return path.changes as Overrides;
};

export const PATH_CHECKS: readonly LeverCheck[] = [
  {
    id: 'consortium',
    claim: 'a township/street consortium working one case list (§5.2) → less duplicate help (重复救助), fewer households fallen through, in basic needs too',
    change: 'consortium.staffPer10k from 0 (none) to 4',
    base: {}, low: {}, high: changesOf('consortium'),
    metrics: [
      { metric: 'duplication_rate', kind: 'difference', expect: -1 },
      { metric: 'fell_through', kind: 'difference', expect: -1 },
      { metric: 'fell_through_basic_needs', kind: 'difference', expect: -1 },
    ],
  },
  {
    id: 'earmarked_services',
    claim: 'purchased services earmarked to service aid and community charities, evaluated on needs met (§5.2, §5.3) → fewer needs given help of the wrong kind, higher need satisfaction (需求满足率)',
    change: 'charities.grants: earmarkDomains care, psychosocial, employment; earmarkKinds community; evaluation outcomes (from every domain, both kinds, outputs)',
    base: {}, low: {}, high: changesOf('earmarked_services'),
    metrics: [
      { metric: 'unmet_mismatch', kind: 'difference', expect: -1 },
      { metric: 'need_satisfaction_rate', kind: 'difference', expect: 1 },
    ],
  },
  {
    id: 'tiered_need_lists',
    claim: 'tiered need lists, by urgency, type and duration (§5.3), at the same charity money → fewer households fallen through in basic needs, shorter unmet spells, sooner first help',
    change: 'collaboration.needList from random to tiered',
    base: {}, low: {}, high: changesOf('tiered_need_lists'),
    metrics: [
      { metric: 'fell_through_basic_needs', kind: 'difference', expect: -1 },
      { metric: 'unmet_months', kind: 'difference', expect: -1 },
      { metric: 'months_to_help', kind: 'difference', expect: -1 },
      { metric: 'organisation_spending', kind: 'unchanged', within: 0.05 },
    ],
  },
];
