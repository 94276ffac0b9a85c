/**
 * The seven stylised facts of sources.md §9, as the validation defines them
 * (sim/validation/stylisedFacts.ts), on a few seeds: each claim's mean over the seeds must
 * clear the claim's margin (a guard against the noise of few seeds), or stay inside its bound.
 * Scenarios compared on a seed are paired (common random numbers), so each comparison is of
 * the same households under different arrangements. Nothing here or in the engine
 * special-cases a pattern: patterns are presets. The report judges the same claims over 20
 * seeds by their 95% intervals (docs/validation.md, npm run validation), including those too
 * small an effect for 3 seeds (manySeedsOnly).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mean } from '../../../sim/stats/descriptive.ts';
import { clearsFewSeedTest, evaluate, inProcessRunner, type Samples } from '../../../sim/validation/experiment.ts';
import { FACTS, factDesigns } from '../../../sim/validation/stylisedFacts.ts';

const SEEDS = [1, 2, 3];
const settings = { households: 6000, months: 48, warmupMonths: 36 };
const designs = factDesigns(settings, { ...settings, months: 120 });

describe('stylised facts (sources.md §9)', () => {
  let samples: Samples;
  // Every fact at once, so that the runs facts share are run once.
  beforeAll(async () => {
    samples = await evaluate(designs, SEEDS, inProcessRunner);
  }, 1_200_000);

  FACTS.forEach((fact, i) => {
    it(`${fact.number}. ${fact.statement}`, () => {
      const design = designs[i]!;
      const claims = design.measures.filter((m) => m.claim && !m.manySeedsOnly);
      expect(claims.length).toBeGreaterThan(0);
      for (const claim of claims) {
        const values = samples.get(design.id)!.get(claim.id)!;
        expect(values.every((v) => v !== null), `${claim.id}: a seed gave no value`).toBe(true);
        const average = mean(values as number[]);
        expect(clearsFewSeedTest(claim, average), `${claim.label}: mean ${average} over ${SEEDS.length} seeds; margin ${claim.margin ?? 0}${claim.within === undefined ? '' : `, within ±${claim.within}`}`).toBe(true);
      }
    });
  });
});
