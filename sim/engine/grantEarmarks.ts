/**
 * Purchased services earmarked by domain and by kind of organisation, and evaluation that
 * pays for outcomes (paper §5.2: "通过政府购买服务项目倾斜、慈善组织评估加分等政策工具，
 * 引导慈善资源向服务类救助、基层救助力量等方面流动", with 需求满足率 among the evaluation
 * indicators; §5.3: evaluation that looks beyond 直接交付物产出 to what changed for the
 * people helped).
 *
 * - Kinds: grants go only to organisations of the earmarked kinds, shared among them.
 * - Domains: when grants are earmarked to some domains, an organisation keeps its grant
 *   money apart from its own donations (`grantFunds`) and spends it only on help in those
 *   domains; help in an earmarked domain is paid from grant money first, so that the
 *   unrestricted donations are kept for the rest. With every domain earmarked (the
 *   default) there is no restriction and grants join the donations, as before.
 * - Evaluation: under "outputs" (the default) grants are shared by size, whatever the
 *   help met. Under "outcomes" each organisation's share of next month's grants is its
 *   size × the share of its recent spending that met a need of the right kind (matched
 *   spending: a visible package that does not fit the need earns nothing); and the part of
 *   its income so paid buys no visible packages — its visibility bias falls by that share
 *   (charities.ts effectiveBias). Donor money still follows visibility (paper §4.3: capital
 *   logic). A third-party evaluator costs `evaluationCostShare` of the grants, paid by
 *   government.
 */
import { ALL_DOMAINS, DOMAINS, bit } from './domains.ts';
import type { Organisation } from './charities.ts';
import type { Scenario } from '../scenario/parameters.ts';
import type { World } from './world.ts';

/** Half of an organisation's record of spending is forgotten each month: evaluation looks at the last few months. */
const EVALUATION_MEMORY = 0.5;

/** The domains grant money may pay for, as a mask: every domain when grants are not earmarked. */
export function grantDomains(scenario: Scenario): number {
  const domains = scenario.charities.grants.earmarkDomains;
  let mask = DOMAIN_MASKS.get(domains);
  if (mask === undefined) {
    mask = 0;
    for (const domain of domains) mask |= bit(DOMAINS.indexOf(domain));
    DOMAIN_MASKS.set(domains, mask);
  }
  return mask;
}

/** Each scenario's earmark as a mask, worked out once: charity help asks for it with every case it serves. */
const DOMAIN_MASKS = new WeakMap<readonly string[], number>();

/** Are grants restricted to some domains, and so kept apart from donations? */
export const grantsRestricted = (scenario: Scenario): boolean => grantDomains(scenario) !== ALL_DOMAINS;

/** Does an organisation of this kind receive grants? */
export const receivesGrants = (scenario: Scenario, organisation: Organisation): boolean =>
  scenario.charities.grants.earmarkKinds.includes(organisation.kind);

/**
 * The weights grants are shared by, one per organisation (community charities, then
 * foundations): its size if it receives grants, times, under outcome evaluation, the share
 * of its recent spending that met a need. An organisation with no spending yet to judge is
 * weighed at the mean share of those judged (1 if none), so that doing nothing earns
 * neither more nor less than average.
 */
export function grantWeights(scenario: Scenario, organisations: readonly Organisation[]): number[] {
  const outcomes = scenario.charities.grants.evaluation === 'outcomes';
  let judged = 0, shares = 0;
  if (outcomes) {
    for (const o of organisations) {
      if (o.spent > 0 && receivesGrants(scenario, o)) {
        judged++;
        shares += o.matched / o.spent;
      }
    }
  }
  const meanShare = judged > 0 ? shares / judged : 1;
  return organisations.map((o) => {
    if (!receivesGrants(scenario, o)) return 0;
    if (!outcomes) return o.size;
    return o.size * (o.spent > 0 ? o.matched / o.spent : meanShare);
  });
}

/**
 * Put this month's donations and grant in the organisation's hands — the grant apart when
 * it is earmarked to some domains — note what share of its income was paid for outcomes,
 * and start the next evaluation month.
 */
export function receiveMoney(scenario: Scenario, organisation: Organisation, donations: number, grant: number): void {
  if (grantsRestricted(scenario)) {
    organisation.funds += donations;
    organisation.grantFunds += grant;
  } else {
    organisation.funds += donations + grant;
  }
  const income = grant + donations;
  organisation.outcomeShare = scenario.charities.grants.evaluation === 'outcomes' && income > 0 ? grant / income : 0;
  organisation.spent *= EVALUATION_MEMORY;
  organisation.matched *= EVALUATION_MEMORY;
}

/** This month's grants paid for outcomes, which a third party evaluates (priced in administration.ts). */
export function countEvaluatedGrants(world: World, grants: number): void {
  if (world.scenario.charities.grants.evaluation === 'outcomes') world.workload.evaluatedGrants += grants;
}

/** Money an organisation can spend on help in domain d: its donations, and its grant money if d is earmarked. */
export const moneyFor = (organisation: Organisation, d: number, grantMask: number): number =>
  organisation.funds + ((grantMask & bit(d)) !== 0 ? organisation.grantFunds : 0);

/**
 * Pay `amount` for help in domain d: from grant money first where d is earmarked, the rest
 * from donations (which may go below nothing: committed from next month's income). The
 * yuan paid and the yuan that met a need go on its evaluation record.
 */
export function payFor(organisation: Organisation, d: number, grantMask: number, amount: number, matched: number): void {
  const fromGrant = (grantMask & bit(d)) !== 0 ? Math.min(Math.max(0, organisation.grantFunds), amount) : 0;
  organisation.grantFunds -= fromGrant;
  organisation.funds -= amount - fromGrant;
  organisation.spent += amount;
  organisation.matched += Math.min(amount, matched);
}
