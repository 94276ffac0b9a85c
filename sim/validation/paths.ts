/**
 * The paper's claim for each of its paths (sim/experiment/paths.ts), checked like a
 * face-validity lever: the same seeds with the path off (low) and taken (high, the path's
 * own changes), and the metrics the claim says it moves. Pure (no Node, no DOM).
 */
import { PATH_BY_ID } from '../experiment/paths.ts';
import type { Overrides } from './experiment.ts';
import type { LeverCheck, LeverMetric } from './levers.ts';

export interface PathClaim {
  /** The path's id (PATHS). */
  readonly path: string;
  /** The paper's claim in words, with its section. */
  readonly claim: string;
  /** Settings both runs share, where the claim is about a county where the path's mechanism has something to act on. */
  readonly base?: Overrides;
  readonly metrics: readonly LeverMetric[];
}

/** Two disasters a year apart, each hitting a fifth of the county (as scenarios/midyear_disaster.json). */
const TWO_DISASTERS = [
  { month: 25, type: 'disaster', share: 0.2, severity: 0.8 },
  { month: 37, type: 'disaster', share: 0.2, severity: 0.8 },
];

export const PATH_CLAIMS: readonly PathClaim[] = [
  {
    path: 'consortium',
    claim: 'a township/street consortium working one case list (§5.2) → less duplicate help (重复救助), fewer households fallen through, in basic needs too',
    metrics: [
      { metric: 'duplication_rate', kind: 'difference', expect: -1 },
      { metric: 'fell_through', kind: 'difference', expect: -1 },
      { metric: 'fell_through_basic_needs', kind: 'difference', expect: -1 },
    ],
  },
  {
    path: 'earmarked_services',
    claim: 'purchased services earmarked to service aid and community charities, evaluated on needs met (§5.2, §5.3) → fewer needs given help of the wrong kind, higher need satisfaction (需求满足率)',
    metrics: [
      { metric: 'unmet_mismatch', kind: 'difference', expect: -1 },
      { metric: 'need_satisfaction_rate', kind: 'difference', expect: 1 },
    ],
  },
  {
    path: 'tiered_need_lists',
    claim: 'tiered need lists, by urgency, type and duration (§5.3), at the same charity money → fewer households fallen through in basic needs, shorter unmet spells, sooner first help',
    metrics: [
      { metric: 'fell_through_basic_needs', kind: 'difference', expect: -1 },
      { metric: 'unmet_months', kind: 'difference', expect: -1 },
      { metric: 'months_to_help', kind: 'difference', expect: -1 },
      { metric: 'organisation_spending', kind: 'unchanged', within: 0.05 },
    ],
  },
  {
    path: 'support_networks',
    claim: 'support networks, caregiver support and specialised services (§5.3) → fewer needs unseen, fewer care needs, fewer households fallen through',
    metrics: [
      { metric: 'fell_through', kind: 'difference', expect: -1 },
      { metric: 'unmet_unseen', kind: 'difference', expect: -1 },
      { metric: 'care_needs', kind: 'difference', expect: -1 },
    ],
  },
  {
    path: 'monitoring',
    claim: 'monitoring and third-party evaluation (§5.2; trust, §4.1) → fewer scandals, more charity help, higher public trust (on an assumed 0.05 scandals per organisation-year: none arise by default)',
    base: { charities: { scandals: { ratePerYear: 0.05 } } },
    metrics: [
      { metric: 'scandals', kind: 'difference', expect: -1 },
      { metric: 'organisation_spending', kind: 'difference', expect: 1 },
      { metric: 'public_trust', kind: 'difference', expect: 1 },
    ],
  },
  {
    path: 'volunteers',
    claim: 'volunteers as service capacity (§2.1.2, §5.3) → more charity help, fewer care and psychosocial needs unmet, at the same charity cash',
    metrics: [
      { metric: 'served_charity', kind: 'difference', expect: 1 },
      { metric: 'care_unmet', kind: 'difference', expect: -1 },
      { metric: 'psychosocial_unmet', kind: 'difference', expect: -1 },
      { metric: 'organisation_spending', kind: 'unchanged', within: 0.05 },
    ],
  },
  {
    path: 'regular_giving',
    claim: 'regular giving in place of emotional appeals (§4.3, §5.3) → with donors tiring of appeals, more donations over two disasters a year apart (an assumed fatigue of 0.3 an appeal: none by default)',
    base: { events: TWO_DISASTERS, charities: { appeals: { fatiguePerAppeal: 0.3 } } },
    metrics: [{ metric: 'charity_donations', kind: 'difference', expect: 1 }],
  },
];

/** Each claim as a lever check: the path off against the path taken. */
export const PATH_CHECKS: readonly LeverCheck[] = PATH_CLAIMS.map((c) => {
  const path = PATH_BY_ID.get(c.path);
  if (!path) throw new Error(`PATH_CLAIMS: ${c.path} is not a path of sim/experiment/paths.ts`);
  return { id: c.path, claim: c.claim, change: `${path.section} ${path.title}: ${JSON.stringify(path.changes)}`, base: c.base ?? {}, low: {}, high: path.changes, metrics: c.metrics };
});
