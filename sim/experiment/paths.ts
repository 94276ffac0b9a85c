/**
 * The paper's paths to a better arrangement (§5), each a named change to a scenario: the
 * settings that switch on its mechanism (docs/MODEL.md, "The paper's paths"). One
 * definition: `gapsim levers --paths` and the page rank them per yuan, the validation report
 * tests each one's claim (sim/validation/paths.ts), and each one's ready scenario,
 * scenarios/path_*.json, is the baseline with its changes (written by `npm run docs`).
 * Pure (no Node, no DOM).
 */
import type { RunSummary } from './compareRuns.ts';
import { costEffects, type Change, type CostEffect } from './levers.ts';
import { mergeDeep } from '../scenario/compose.ts';

export interface PolicyPath {
  /** snake_case; the ready scenario is scenarios/path_<id>.json. */
  readonly id: string;
  /** The paper's section, e.g. "§5.2". */
  readonly section: string;
  /** What a policymaker would call it. */
  readonly title: string;
  /** What it changes and how it works, in a sentence or two (the ready scenario's description). */
  readonly description: string;
  /** Scenario settings, merged deeply onto the scenario the path is tried on. */
  readonly changes: Readonly<Record<string, unknown>>;
}

export const PATHS: readonly PolicyPath[] = [
  {
    id: 'consortium',
    section: '§5.2',
    title: 'Township/street assistance consortium',
    description: 'Civil-affairs officers, charity staff, social workers and volunteer leaders work one shared case list through one door (consortium.staffPer10k 4, about a township social-work station beside its officers, each keeping 25 households): every actor learns the needs any of them knows, and listed cases are assessed jointly. Paid by government at 62,000 yuan a staff-year.',
    changes: { consortium: { staffPer10k: 4 } },
  },
  {
    id: 'earmarked_services',
    section: '§5.2',
    title: 'Purchased services earmarked to service aid, paid for outcomes',
    description: 'Grants go only to community charities (grassroots assistance forces) and pay only for care, psychosocial and employment services; under outcome evaluation an organisation\'s grant follows the share of its help that met a need, and money so paid buys no visible standard packages. A third-party evaluator costs 5% of the grants.',
    changes: { charities: { grants: { earmarkDomains: ['care', 'psychosocial', 'employment'], earmarkKinds: ['community'], evaluation: 'outcomes' } } },
  },
  {
    id: 'tiered_need_lists',
    section: '§5.3',
    title: 'Tiered need lists',
    description: 'Charities take the month\'s cases by urgency (severity grade), then type (subsistence and medical first), then months unmet, instead of in a random order; keeping the list costs 15 yuan of staff time per listed case a month, on government\'s platform.',
    changes: { collaboration: { needList: 'tiered' } },
  },
  {
    id: 'support_networks',
    section: '§5.3',
    title: 'Support networks, caregiver support and specialised services',
    description: 'Community charity work builds households\' ties (half a tie a month helped), which bring outreach and crowdfunding; care services give caregivers respite, so a care need they support recedes 5% a month faster; organisations get up to 20% cheaper at the service they do most (一机构一品牌). Assumed strengths; charities pay an hour of a worker a household-month for the networks, two for a caregiver, and 20,000 yuan an organisation-year of training.',
    changes: { charities: { supportNetworks: { tiesPerHelpedMonth: 0.5 }, caregiverSupport: { extraDecay: 0.05 }, specialisation: { gain: 0.2 } } },
  },
  {
    id: 'monitoring',
    section: '§5.2',
    title: 'Monitoring and third-party evaluation',
    description: 'Government monitors and has third parties evaluate 80% of charity organisations, at 20,000 yuan per organisation-year, which halves the risk of a scandal of those it covers. It lowers only the scandals that arise in the model (charities.scandals.ratePerYear, 0 by default: set it to see the effect).',
    changes: { government: { monitoring: { coverage: 0.8 } } },
  },
  {
    id: 'volunteers',
    section: '§5.3',
    title: 'Volunteers as service capacity',
    description: 'Twice the published volunteer hours (6.5 a household a year), a third of them given as care and psychosocial service in kind (visits, respite, company): more outreach and more service at no cash, for 5 yuan of coordination a volunteer hour.',
    changes: { charities: { volunteers: { hoursPerHouseholdYear: 6.54, serviceShare: 1 / 3 } } },
  },
  {
    id: 'regular_giving',
    section: '§4.3, §5.3',
    title: 'Regular giving in place of emotional appeals',
    description: 'Forty per cent of what a disaster appeal would raise comes as monthly giving over the following year, which neither tires donors nor is tired by them: less in the first weeks after a disaster, more over the next one, for 10% of the gifts in donor care. Acts only where disasters strike and appeals tire donors (charities.appeals.fatiguePerAppeal).',
    changes: { charities: { appeals: { regularShare: 0.4 } } },
  },
];

/** The paths by id. */
export const PATH_BY_ID: ReadonlyMap<string, PolicyPath> = new Map(PATHS.map((p) => [p.id, p]));

/** The raw scenario with the path's changes merged in (a setting the scenario has is replaced). */
export const withPath = (raw: Record<string, unknown>, path: PolicyPath): Record<string, unknown> => mergeDeep(raw, path.changes as Record<string, unknown>);

export interface PathEffect extends CostEffect {
  readonly id: string;
  readonly section: string;
}

/** A path's effects, overall and by group, from its runs paired seed by seed with the base's. */
export function pathEffects(path: PolicyPath, base: readonly RunSummary[], changed: readonly RunSummary[]): PathEffect[] {
  return costEffects(`path ${path.id}`, base, changed).map((e) => ({ id: path.id, section: path.section, ...e }));
}

/** The path taken on the raw scenario. */
export const pathChange = (raw: Record<string, unknown>, path: PolicyPath): Change =>
  ({ key: path.id, raw: withPath(raw, path), effects: (a, b) => pathEffects(path, a, b) });

/** The file of a path's ready scenario in scenarios/ (written by `npm run docs`). */
export const pathScenarioFile = (path: PolicyPath): string => `path_${path.id}.json`;

/** The path's ready scenario, scenarios/path_<id>.json: the baseline with its changes. */
export function readyPathScenario(path: PolicyPath): Record<string, unknown> {
  return {
    extends: 'baseline.json',
    name: `${path.section} ${path.title}`,
    description: `${path.description} How many fewer households fall through, and for how much? \`gapsim levers --paths\` ranks it with the paper's other paths; docs/validation.md tests its claim.`,
    ...path.changes,
  };
}
