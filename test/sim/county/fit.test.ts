/**
 * The fit, run for real: a shipped example reproduces its dibao caseload within 10% on the
 * scenario as written, and a county no plausible setting can match is reported with how
 * close it came and why. The search is shortened as `gapsim county --evaluations 10` does
 * (about 10 s on one core); test/e2e/county.test.ts fits the other example, counties/yaoan.json,
 * the same way in the page's worker.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_FIT, WITHIN, fitCounty, type RunMany } from '../../../sim/county/fit.ts';
import { loadProfile } from '../../../sim/county/profile.ts';
import { runOne } from '../../../sim/experiment/runOne.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';
import { withPattern } from '../../../sim/scenario/load.ts';

const inThread: RunMany = async (requests) => requests.map((r) => runOne(r));

describe('county fit', () => {
  it('reproduces the dibao caseload of counties/china_average.json within 10%, urban and rural', async () => {
    const { profile, warnings } = loadProfile(readFileSync('counties/china_average.json', 'utf8'), 'counties/china_average.json');
    const fit = await fitCounty(profile, warnings, inThread, { ...DEFAULT_FIT, maxEvaluations: 10 });
    for (const t of fit.targets) expect(Math.abs(t.model / t.target - 1), `${t.group}: model ${t.model} persons, county ${t.target}`).toBeLessThanOrEqual(WITHIN);
    expect(fit.ok).toBe(true);
    expect(fit.reasons).toEqual([]);
    // The scenario as written loads, and keeps the fitted values within their ranges.
    const scenario = validateScenario(withPattern(fit.scenario), 'county');
    for (const v of fit.values) expect(v.value).toBeGreaterThanOrEqual(v.low), expect(v.value).toBeLessThanOrEqual(v.high);
    expect(scenario.population.incomeSpreadUrban).toBe(fit.values[0]!.value);
  }, 180_000);

  it('says how close it came, and why, for a county no plausible setting can match', async () => {
    // Half of rural residents on dibao with rural incomes twelve times the line.
    const { profile, warnings } = loadProfile(JSON.stringify({
      name: 'Impossible', population: 100000, urbanShare: 0.5, dibaoLineUrban: 700, dibaoLineRural: 500,
      incomeUrban: 60000, incomeRural: 72000, recipientsUrban: 500, recipientsRural: 25000,
    }), 'impossible.json');
    const quick = { ...DEFAULT_FIT, search: { households: 2000, months: 6, seeds: [1] }, points: 2, maxEvaluations: 6, correctionEvaluations: 0, check: { households: 2000, months: 6, seeds: [1] } };
    const fit = await fitCounty(profile, warnings, inThread, quick);
    expect(fit.ok).toBe(false);
    const rural = fit.targets.find((t) => t.group === 'rural')!;
    expect(rural.within).toBe(false);
    expect(rural.difference).toBeLessThan(-WITHIN);
    expect(fit.reasons.join('\n')).toMatch(/rural: the model has .* of rural residents on dibao, the county 50.00%/);
    expect(String(fit.scenario.description)).toMatch(/did not reach its dibao caseload within 10%/);
  }, 60_000);
});
