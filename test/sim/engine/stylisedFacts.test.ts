/**
 * The seven stylised facts of sources.md §9, each as a direction that must hold on average
 * over several seeds, with a margin. Scenarios compared on a seed are paired (common
 * random numbers), so each comparison is of the same households under different
 * arrangements. Nothing here or in the engine special-cases a pattern: patterns are presets.
 */
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../sim/engine/simulation.ts';
import { runScenario } from '../../../sim/engine/simulation.ts';
import { mergeDeep } from '../../../sim/scenario/compose.ts';
import { withPattern } from '../../../sim/scenario/load.ts';
import { PATTERNS, type Pattern } from '../../../sim/scenario/patterns.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';
import { charityHelpLost, trustRecoveryMonths } from '../../../sim/validation/stylisedFacts.ts';
import { series, summary } from '../helpers.ts';

const SEEDS = [1, 2, 3];
const base = { households: 6000, months: 48, warmupMonths: 36 };

function simulate(overrides: Record<string, unknown>): RunResult {
  return runScenario(validateScenario(withPattern(mergeDeep(base, overrides))));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;

/** Mean over seeds of f(seed). */
const overSeeds = (f: (seed: number) => number): number => mean(SEEDS.map(f));

/**
 * Charity help lost to an event, from its month on: the paired difference in needs
 * served by charities, as months of the pre-event level (area between the curves).
 */
function helpLost(pattern: Pattern, event: Record<string, unknown>, from = 12): number {
  return overSeeds((seed) => {
    const without = series(simulate({ seed, pattern }), 'served_charity');
    const withEvent = series(simulate({ seed, pattern, events: [event] }), 'served_charity');
    return charityHelpLost(without, withEvent, from) ?? NaN;
  });
}

describe('stylised facts (sources.md §9)', () => {
  it('1. administrative incorporation leaves more needs unseen than social innovation, above all psychosocial and care needs and migrants\' needs', () => {
    const runs = (pattern: Pattern) => SEEDS.map((seed) => simulate({ seed, pattern }));
    const admin = runs('administrative_incorporation');
    const social = runs('social_innovation');
    const gap = (metric: string, group = 'all') => mean(admin.map((r) => summary(r, metric, group))) - mean(social.map((r) => summary(r, metric, group)));
    expect(gap('unmet_unseen')).toBeGreaterThan(0.3 * mean(admin.map((r) => summary(r, 'unmet_unseen'))));
    // Concentrated: psychosocial and care make up most of the difference.
    expect(gap('unseen_psychosocial') + gap('unseen_care')).toBeGreaterThan(0.5 * gap('unmet_unseen'));
    expect(gap('unseen_psychosocial')).toBeGreaterThan(gap('unseen_medical') + gap('unseen_education') + gap('unseen_subsistence'));
    // Migrants: a larger share of their needs unseen under administrative incorporation.
    const migrantShare = (rs: RunResult[]) => mean(rs.map((r) => summary(r, 'unmet_unseen', 'migrant') / summary(r, 'needs', 'migrant')));
    expect(migrantShare(admin)).toBeGreaterThan(migrantShare(social) + 0.1);
  });

  // "For longest" (help lost from 18 months after the shock on) is a smaller effect than three
  // seeds can decide; it is judged over 20 seeds in docs/validation.md (npm run validation).
  it('2. a trust shock cuts charity help most under social innovation', () => {
    const shock = { month: 13, type: 'trust_shock', magnitude: 0.2 };
    const lost = Object.fromEntries(PATTERNS.map((p) => [p, helpLost(p, shock)]));
    for (const p of PATTERNS.filter((p) => p !== 'social_innovation')) {
      expect(lost.social_innovation, p).toBeGreaterThan(1.5 * lost[p]! + 0.5);
    }
  });

  it('3. a grant cut cuts charity help deeper under policy-driven participation than under the other patterns', () => {
    const cut = { month: 13, type: 'grant_cut', share: 0.8 };
    const lost = Object.fromEntries(PATTERNS.map((p) => [p, helpLost(p, cut)]));
    for (const p of PATTERNS.filter((p) => p !== 'policy_driven')) expect(lost.policy_driven, p).toBeGreaterThan(1.2 * lost[p]! + 0.5);
  });

  it('4. deep integration has the least duplication and the quickest help; a wider digital divide erodes its advantage and leaves rural and elderly needs a larger share of the unseen', () => {
    const wide = { population: { digitalRural: 0.15, digitalElderlyFactor: 0.15 } };
    const runs = (pattern: Pattern, extra = {}) => SEEDS.map((seed) => simulate({ seed, pattern, ...extra }));
    const avg = (rs: RunResult[], metric: string, group = 'all') => mean(rs.map((r) => summary(r, metric, group)));
    const deep = runs('deep_integration');
    const others = PATTERNS.filter((p) => p !== 'deep_integration').map((p) => runs(p));
    for (const other of others) {
      // Joint assessment removes most duplication: below half of the other pattern's rate.
      expect(avg(deep, 'duplication_rate')).toBeLessThan(avg(other, 'duplication_rate') / 2);
      expect(avg(deep, 'months_to_help')).toBeLessThan(avg(other, 'months_to_help') - 0.3);
    }
    const admin = others[0]!;
    const deepWide = runs('deep_integration', wide);
    const adminWide = runs('administrative_incorporation', wide);
    // Advantage: the share of administrative incorporation's unseen needs that deep integration brings to light.
    const advantage = (d: RunResult[], a: RunResult[]) => 1 - avg(d, 'unmet_unseen') / avg(a, 'unmet_unseen');
    expect(advantage(deepWide, adminWide)).toBeLessThan(advantage(deep, admin));
    const share = (rs: RunResult[], group: string) => avg(rs, 'unmet_unseen', group) / avg(rs, 'unmet_unseen');
    expect(share(deepWide, 'rural')).toBeGreaterThan(share(deep, 'rural') + 0.01);
    expect(share(deepWide, 'elderly')).toBeGreaterThan(share(deep, 'elderly') + 0.005);
  });

  it('5. a shock that pushes trust below the Tacitus threshold takes far longer to recover from than one that stops above it', () => {
    const recovery = (magnitude: number) => overSeeds((seed) => {
      const trust = series(simulate({ seed, months: 120, events: [{ month: 13, type: 'trust_shock', magnitude }] }), 'public_trust');
      return trustRecoveryMonths(trust);
    });
    const above = recovery(0.15); // 0.60 → 0.45, above the 0.35 threshold
    const below = recovery(0.35); // 0.60 → 0.25, below it
    expect(below).toBeGreaterThan(3 * above);
  });

  it('6. at equal spending, more visibility bias means a lower need satisfaction rate', () => {
    const at = (visibilityBias: number) => SEEDS.map((seed) => simulate({ seed, charities: { visibilityBias } }));
    const need = at(0);
    const capital = at(0.6);
    const spent = (rs: RunResult[]) => mean(rs.map((r) => summary(r, 'organisation_spending')));
    expect(Math.abs(spent(capital) / spent(need) - 1)).toBeLessThan(0.1);
    const satisfaction = (rs: RunResult[]) => mean(rs.map((r) => summary(r, 'need_satisfaction_rate')));
    expect(satisfaction(capital)).toBeLessThan(satisfaction(need) - 0.003);
    expect(mean(capital.map((r) => summary(r, 'unmet_mismatch')))).toBeGreaterThan(mean(need.map((r) => summary(r, 'unmet_mismatch'))));
  });

  it('7. after a mid-year disaster, charities respond at once while government help lags until budgets and approvals catch up', () => {
    const disaster = { month: 19, type: 'disaster', share: 0.15, severity: 0.8 }; // July of year 2
    for (const pattern of PATTERNS) {
      const extra = (metric: string) => {
        const months = new Array(12).fill(0) as number[];
        for (const seed of SEEDS) {
          const without = series(simulate({ seed, pattern }), metric);
          const withDisaster = series(simulate({ seed, pattern, events: [disaster] }), metric);
          for (let i = 0; i < 12; i++) months[i]! += (withDisaster[18 + i]! - without[18 + i]!) / SEEDS.length;
        }
        return months;
      };
      const early = (xs: number[]) => sum(xs.slice(0, 3)) / sum(xs);
      const charity = extra('served_charity');
      const government = extra('served_gov');
      expect(sum(charity), pattern).toBeGreaterThan(0);
      expect(sum(government), pattern).toBeGreaterThan(0);
      expect(early(charity), pattern).toBeGreaterThan(early(government) + 0.3);
      // Government's help goes on after the first months, as approvals come through and a year's income falls below the line.
      expect(sum(government.slice(3)), pattern).toBeGreaterThan(0.3 * sum(government));
    }
  });
});
