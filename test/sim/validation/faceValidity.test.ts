/**
 * Quick face validity: every lever check of sim/validation/levers.ts, over 10 paired seeds at a
 * small size, must move each of its metrics the expected way with the whole 95% interval
 * on the expected side (and keep each "unchanged" condition inside its bound). The full
 * report (npm run validation) checks the same levers over more seeds at a larger size.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, inProcessRunner, seedsUpTo, type Samples } from '../../../sim/validation/experiment.ts';
import { LEVER_CHECKS, leverDesigns } from '../../../sim/validation/levers.ts';
import { measureResults } from '../../../sim/validation/validation.ts';

const SETTINGS = { households: 4000, months: 48, warmupMonths: 24 };
const SEEDS = seedsUpTo(10);

describe('face validity (quick)', () => {
  const designs = leverDesigns(SETTINGS);
  let samples: Samples;
  beforeAll(async () => {
    samples = await evaluate(designs, SEEDS, inProcessRunner);
  }, 120_000);

  LEVER_CHECKS.forEach((lever, i) => {
    it(`${lever.id}: ${lever.claim}`, () => {
      for (const r of measureResults(designs[i]!, samples).filter((m) => m.measure.claim)) {
        const s = r.summary;
        expect(r.verdict, `${r.measure.label}: mean ${s.mean}, 95% interval [${s.low}, ${s.high}] over ${s.n} seeds`).toBe('holds');
      }
    });
  });
});
