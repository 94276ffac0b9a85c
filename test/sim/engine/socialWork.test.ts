/** Community social workers (socialWork.ts): home visits find care and psychosocial needs; casework serves them. */
import { describe, expect, it } from 'vitest';
import { HELPER } from '../../../sim/engine/relief.ts';
import { DOMAIN_COUNT, PSYCHOSOCIAL } from '../../../sim/engine/domains.ts';
import { createSimulation } from '../../../sim/engine/simulation.ts';
import { meanOverSeeds, run, small, summary } from '../helpers.ts';

/** Government's other routes to knowing a need are shut: nobody applies, nothing is matched. */
const blind = { application: { awareness: 0 }, government: { matchingRate: 0 } };
const withSocialWorkers = (per10k: number, more: Record<string, unknown> = {}) => ({ ...blind, government: { ...blind.government, socialWorkers: { per10k, ...more } } });

describe('community social workers', () => {
  it('find psychosocial needs no database holds, more with more social workers', () => {
    const none = meanOverSeeds(2, 'unseen_psychosocial', withSocialWorkers(0));
    const few = meanOverSeeds(2, 'unseen_psychosocial', withSocialWorkers(2));
    const many = meanOverSeeds(2, 'unseen_psychosocial', withSocialWorkers(8));
    expect(few).toBeLessThan(none);
    expect(many).toBeLessThan(few);
  });

  it('serve psychosocial needs themselves, up to their caseload, paid by their wage and not from a service budget', () => {
    const served = (casesPerMonth: number) => {
      const sim = createSimulation(small({ ...withSocialWorkers(4, { casesPerMonth, visitsPerMonth: 300 }), months: 12 }));
      let cases = 0;
      sim.advance(12, (step) => {
        const { hh } = step.world;
        for (let h = 0; h < hh.n; h++) if (hh.helpers[h * DOMAIN_COUNT + PSYCHOSOCIAL]! & (1 << HELPER.social_work)) cases++;
      });
      return { cases, result: sim.result() };
    };
    const none = served(0), some = served(5), more = served(20);
    expect(none.cases).toBe(0);
    expect(some.cases).toBeGreaterThan(0);
    expect(more.cases).toBeGreaterThan(some.cases);
    // 3,000 households × 4 per 10,000 = 1.2 social workers × 5 cases: at most 6 a month.
    expect(some.cases).toBeLessThanOrEqual(12 * 6);
    // Their wage pays for the cases: the same running cost however many they take on.
    expect(summary(more.result, 'gov_administration')).toBeCloseTo(summary(none.result, 'gov_administration'), 6);
    expect(summary(more.result, 'gov_administration')).toBeGreaterThan(summary(run({ ...blind, months: 12 }), 'gov_administration'));
  });
});
