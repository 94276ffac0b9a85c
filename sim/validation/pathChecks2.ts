/**
 * The paper's claims about the paths of issue 20's stream M2 (sim/experiment/paths.ts), as
 * lever checks: the path off (low) against on (high), paired by seed, on a base that makes
 * the claim testable where the default county cannot (a scandal rate, disasters). The
 * coordinator merges this list with the other streams'. Pure (no Node, no DOM).
 */
import { PATHS } from '../experiment/paths.ts';
import type { LeverCheck } from './levers.ts';
import type { Overrides } from './experiment.ts';

const changesOf = (id: string): Overrides => {
  const path = PATHS.find((p) => p.id === id);
  if (!path) throw new Error(`no path "${id}" in PATHS`);
  return path.changes as Overrides;
};

/** Two disasters a year apart, each hitting a fifth of the county (as scenarios/midyear_disaster.json). */
const TWO_DISASTERS = [
  { month: 25, type: 'disaster', share: 0.2, severity: 0.8 },
  { month: 37, type: 'disaster', share: 0.2, severity: 0.8 },
];

export const PATH_CHECKS_2: readonly LeverCheck[] = [
  {
    id: 'support_networks',
    claim: 'support networks, caregiver support and specialised services (paper §5.3) → fewer needs unseen, fewer care needs, fewer households fallen through',
    change: 'charities.supportNetworks.tiesPerHelpedMonth 0.5, caregiverSupport.extraDecay 0.05, specialisation.gain 0.2',
    base: {}, low: {}, high: changesOf('support_networks'),
    metrics: [
      { metric: 'fell_through', kind: 'difference', expect: -1 },
      { metric: 'unmet_unseen', kind: 'difference', expect: -1 },
      { metric: 'care_needs', kind: 'difference', expect: -1 },
    ],
  },
  {
    id: 'monitoring',
    claim: 'monitoring and third-party evaluation (paper §5.2, trust §4.1) → fewer scandals, more charity help, higher public trust (on an assumed 0.05 scandals per organisation-year)',
    change: 'government.monitoring.coverage 0 → 0.8, with charities.scandals.ratePerYear 0.05 (assumption)',
    base: { charities: { scandals: { ratePerYear: 0.05 } } }, low: {}, high: changesOf('monitoring'),
    metrics: [
      { metric: 'scandals', kind: 'difference', expect: -1 },
      { metric: 'organisation_spending', kind: 'difference', expect: 1 },
      { metric: 'public_trust', kind: 'difference', expect: 1 },
    ],
  },
  {
    id: 'volunteers',
    claim: 'volunteers as service capacity (paper §2.1.2, §5.3) → more charity help, fewer care and psychosocial needs unmet, at the same charity cash',
    change: 'charities.volunteers.hoursPerHouseholdYear 3.27 → 6.54, serviceShare 0 → 1/3',
    base: {}, low: {}, high: changesOf('volunteers'),
    metrics: [
      { metric: 'served_charity', kind: 'difference', expect: 1 },
      { metric: 'care_unmet', kind: 'difference', expect: -1 },
      { metric: 'psychosocial_unmet', kind: 'difference', expect: -1 },
      { metric: 'organisation_spending', kind: 'unchanged', within: 0.05 },
    ],
  },
  {
    id: 'regular_giving',
    claim: 'regular giving in place of emotional appeals (paper §4.3, §5.3) → with appeal fatigue, more donations over two disasters a year apart',
    change: 'charities.appeals.regularShare 0 → 0.4, with fatiguePerAppeal 0.3 (assumption) and disasters in months 25 and 37',
    base: { events: TWO_DISASTERS, charities: { appeals: { fatiguePerAppeal: 0.3 } } }, low: {}, high: changesOf('regular_giving'),
    metrics: [
      { metric: 'charity_donations', kind: 'difference', expect: 1 },
    ],
  },
];
