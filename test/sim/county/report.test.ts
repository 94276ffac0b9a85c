/**
 * The fit report, shared by `gapsim county` and the page's county form: its parts as data
 * and the CLI's text, on a hand-made fit (the real fit is fit.test.ts's).
 */
import { describe, expect, it } from 'vitest';
import { COUNTY_ASSUMPTIONS, countyBasis } from '../../../sim/county/build.ts';
import type { CountyFit } from '../../../sim/county/fit.ts';
import { checkProfile } from '../../../sim/county/profile.ts';
import { countyReport, countyReportParts } from '../../../sim/county/report.ts';

const profile = checkProfile({
  name: 'Test county', population: 200000, urbanShare: 0.5, dibaoLineUrban: 800, dibaoLineRural: 600,
  incomeUrban: 40000, incomeRural: 18000, recipientsUrban: 800, recipientsRural: 8000,
}).profile!;
const basis = countyBasis(profile);

const fit = (urbanModel: number): CountyFit => ({
  profile, basis, scenario: { name: 'County: Test county' }, runs: 12, assumptions: COUNTY_ASSUMPTIONS, warnings: [],
  values: [{ path: 'population.incomeSpreadUrban', value: 0.9, low: 0.3, high: 0.9, atBound: true }],
  targets: [
    { group: 'urban', target: 800, model: urbanModel, targetCoverage: 0.008, modelCoverage: urbanModel / 100000, difference: urbanModel / 800 - 1, within: Math.abs(urbanModel / 800 - 1) <= 0.1 },
    { group: 'rural', target: 8000, model: 8440.4, targetCoverage: 0.08, modelCoverage: 0.0844, difference: 0.0555, within: true },
  ],
  ok: urbanModel > 720, reasons: urbanModel > 720 ? [] : ['urban: the model has too few'],
});

describe('county fit report', () => {
  it('gives each target with its difference in words, the fitted values, what was set and assumed', () => {
    const parts = countyReportParts(fit(760.2));
    expect(parts.targets).toEqual([
      { group: 'urban', county: 800, model: 760, difference: 760.2 / 800 - 1, differenceText: '−5.0%', within: true },
      { group: 'rural', county: 8000, model: 8440, difference: 0.0555, differenceText: '+5.5%', within: true },
    ]);
    expect(parts.residents.total).toBe(200000);
    expect(parts.given).toContain('government.dibao.lineUrban = needs.minimumLivingCostUrban = 800');
    expect(parts.assumptions).toBe(COUNTY_ASSUMPTIONS);
    expect(parts.ok).toBe(true);
  });

  it('writes the CLI\'s table, and why a target is missed', () => {
    const text = countyReport(fit(600), 'out/test.json');
    expect(text).toMatch(/^County: Test county\n/);
    expect(text).toMatch(/urban\s+800\s+600\s+−25\.0%\s+NO/);
    expect(text).toMatch(/rural\s+8,000\s+8,440\s+\+5\.5%\s+yes/);
    expect(text).toContain('Why not closer:\n  urban: the model has too few');
    expect(text).toContain('  population.incomeSpreadUrban = 0.9 (range 0.3–0.9, at its bound)');
    expect(text).toMatch(/Run it: gapsim run out\/test\.json\n$/);
  });
});
