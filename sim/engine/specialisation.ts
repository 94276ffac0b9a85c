/**
 * Specialisation (paper §5.3: "打造特色服务产品矩阵，形成'一机构一品牌'…的专业化服务能力").
 * An organisation gets better at the service it does most: in its brand domain — the
 * service domain (care, psychosocial, employment; cash is not a skill) in which it has
 * served most cases — a case-month costs it less, by up to `charities.specialisation.gain`:
 *
 *   price = 1 − gain × focus × (1 − 0.5 ^ (brand cases ÷ casesToHalfGain))
 *
 * where focus is the brand's share of its service cases. So the saving needs both focus (an
 * organisation spread over every domain has no brand) and experience (a new one has not
 * learnt yet). This is about what help costs; collaboration.serviceLearning, which lowers
 * the visibility bias with all cases served, is about what kind of help is given.
 * At the default gain 0 the price is 1.
 */
import { CASH_DOMAINS, type Organisation } from './charities.ts';
import { DOMAIN_COUNT, bit } from './domains.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { power } from '../common/exactMath.ts';

/** The service domain an organisation has served most, or −1 before its first service case. */
export function brandDomain(organisation: Organisation): number {
  let brand = -1;
  let best = 0;
  for (let d = 0; d < DOMAIN_COUNT; d++) {
    if ((CASH_DOMAINS & bit(d)) !== 0) continue;
    if (organisation.domainCases[d]! > best) {
      best = organisation.domainCases[d]!;
      brand = d;
    }
  }
  return brand;
}

/** The share of a case-month's cost an organisation pays for service in domain d (1: no saving). */
export function specialisedPrice(scenario: Scenario, organisation: Organisation, d: number): number {
  const s = scenario.charities.specialisation;
  if (s.gain <= 0 || (CASH_DOMAINS & bit(d)) !== 0 || brandDomain(organisation) !== d) return 1;
  let services = 0;
  for (let e = 0; e < DOMAIN_COUNT; e++) if ((CASH_DOMAINS & bit(e)) === 0) services += organisation.domainCases[e]!;
  const brandCases = organisation.domainCases[d]!;
  const focus = brandCases / services;
  const experience = 1 - power(0.5, brandCases / s.casesToHalfGain);
  return 1 - s.gain * focus * experience;
}

/** Count a case an organisation served in domain d. */
export function recordCase(organisation: Organisation, d: number): void {
  organisation.domainCases[d] = organisation.domainCases[d]! + 1;
}
