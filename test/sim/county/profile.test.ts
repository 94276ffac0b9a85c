import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkProfile, loadProfile } from '../../../sim/county/profile.ts';
import { countyBasis, countyScenario, meanHouseholdSize } from '../../../sim/county/build.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';
import { withPattern } from '../../../sim/scenario/load.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';
import { PARAMETERS } from '../../../sim/scenario/parameters.ts';

const GOOD = {
  name: 'Test county', population: 200000, urbanShare: 0.5, dibaoLineUrban: 800, dibaoLineRural: 600,
  incomeUrban: 40000, incomeRural: 18000, recipientsUrban: 800, recipientsRural: 8000,
};

const messageOf = (raw: unknown, path: string) => checkProfile(raw).errors.find((e) => e.path === path)?.message;

describe('county profile', () => {
  it('accepts a complete profile, without warnings', () => {
    const check = checkProfile(GOOD);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(check.profile?.recipientsRural).toBe(8000);
  });

  it('refuses recipients above the population, naming the field, the value and the expectation', () => {
    expect(messageOf({ ...GOOD, recipientsRural: 100001 }, 'recipientsRural')).toMatch(/is 100001, above the rural population \(100000.*expected at most the rural residents/);
    expect(messageOf({ ...GOOD, recipientsUrban: 150000 }, 'recipientsUrban')).toMatch(/above the urban population/);
    // With the urban share itself wrong, recipients above the whole population are still refused.
    expect(messageOf({ ...GOOD, urbanShare: 1.4, recipientsUrban: 900000 }, 'recipientsUrban')).toMatch(/is 900000, which with recipientsRural \d+ is above the population/);
    expect(messageOf({ ...GOOD, urbanShare: 1.4 }, 'urbanShare')).toMatch(/a percentage\? 1\.4% is 0\.014$/);
  });

  it('refuses a share above 1 (hinting at a percentage) and a negative line', () => {
    expect(messageOf({ ...GOOD, urbanShare: 47 }, 'urbanShare')).toMatch(/is 47, a share above 1; expected a share from 0 to 1.*47% is 0.47/);
    expect(messageOf({ ...GOOD, elderlyShare: 1.2 }, 'elderlyShare')).toMatch(/a share above 1/);
    expect(messageOf({ ...GOOD, dibaoLineRural: -600 }, 'dibaoLineRural')).toMatch(/is -600, a negative amount; expected a number of yuan > 0 \(yuan\/person\/month\)/);
  });

  it('allows an urban line below the rural one, with a warning', () => {
    const check = checkProfile({ ...GOOD, dibaoLineUrban: 500 });
    expect(check.errors).toEqual([]);
    expect(check.profile).toBeDefined();
    expect(check.warnings.map((w) => w.path)).toEqual(['dibaoLineUrban']);
    expect(check.warnings[0]!.message).toMatch(/is 500, below the rural line \(600\); allowed/);
  });

  it('names unknown and missing fields, every problem at once', () => {
    const { recipientsUrban: _, ...missing } = GOOD;
    const check = checkProfile({ ...missing, urbanshare: 0.5, charities: 2.5 });
    expect(check.profile).toBeUndefined();
    expect(check.errors.map((e) => e.path).sort()).toEqual(['charities', 'recipientsUrban', 'urbanshare']);
    expect(messageOf({ ...GOOD, urbanshare: 0.5 }, 'urbanshare')).toMatch(/did you mean "urbanShare"/);
    expect(() => loadProfile('{"name": ', 'p.json')).toThrow(ScenarioError);
    expect(() => loadProfile(JSON.stringify({ ...GOOD, population: -1 }), 'p.json')).toThrow(/p.json: population: is -1, a negative count/);
  });
});

describe('county scenario', () => {
  it('sets what is given, and its households split so that residents are urban at the urbanisation rate', () => {
    const basis = countyBasis({ ...GOOD, urbanShare: 0.3 });
    const raw = countyScenario({ ...GOOD, urbanShare: 0.3 }, basis);
    const scenario = validateScenario(withPattern(raw), 'county');
    expect(scenario.government.dibao.lineUrban).toBe(800);
    expect(scenario.needs.minimumLivingCostRural).toBe(600);
    expect(scenario.population.medianIncomeUrban).toBe(Math.round(0.85 * 40000 / 12));
    const r = scenario.population.ruralShare;
    const urbanPersons = (1 - r) * basis.meanSize.urban, ruralPersons = r * basis.meanSize.rural;
    expect(urbanPersons / (urbanPersons + ruralPersons)).toBeCloseTo(0.3, 3);
    // Ageing and migrants change only when given.
    expect(scenario.population.elderlyShareRural).toBe(PARAMETERS.population.elderlyShareRural.default);
    const older = countyBasis({ ...GOOD, elderlyShare: 0.3, migrantShare: 0.1, charities: 30 });
    expect(older.population.elderlyShareRural).toBeGreaterThan(PARAMETERS.population.elderlyShareRural.default);
    expect(older.charities!.community).toBeCloseTo(2 * older.charities!.foundation, 2);
  });

  it('computes the mean household size the population draws', () => {
    const p = Object.fromEntries(Object.entries(PARAMETERS.population).map(([k, v]) => [k, v.default])) as never;
    // Younger rural households average 3.4 persons, older ones 1.8: the mean lies between.
    const rural = meanHouseholdSize(p, true);
    expect(rural).toBeGreaterThan(1.8);
    expect(rural).toBeLessThan(3.4);
  });

  it('ships example profiles that load and build', () => {
    for (const file of readdirSync('counties').filter((f) => f.endsWith('.json'))) {
      const { profile } = loadProfile(readFileSync(`counties/${file}`, 'utf8'), file);
      expect(() => validateScenario(withPattern(countyScenario(profile, countyBasis(profile))), file)).not.toThrow();
    }
  });
});
