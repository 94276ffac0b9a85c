import { describe, expect, it } from 'vitest';
import { loadCalibration } from '../../../sim/calibration/calibrationFile.ts';
import type { Role, Target } from '../../../sim/calibration/targets.ts';
import { PARAMETER_BY_PATH } from '../../../sim/scenario/parameters.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';

const target = (id: string, role: Role): Target => ({
  id, role, value: 0.1, tolerance: 0.01, weight: 1, description: id, unit: 'share', year: '2023', source: 'test', quantity: id, scenarios: ['baseline'], toleranceReason: 'test',
});
const TARGETS = [target('dibao_coverage_all', 'calibrate'), target('dibao_coverage_rural', 'calibrate'), target('low_income_share', 'corroborate')];

/** A range well inside what the parameter accepts (its plausible range if it has one). */
function inside(path: string): [number, number] {
  const p = PARAMETER_BY_PATH.get(path)!;
  const [low, high] = p.plausible ?? [p.min!, p.max!];
  return [low + (high - low) / 4, high - (high - low) / 4];
}

const good = () => ({
  parameters: { 'population.medianIncomeRural': { range: inside('population.medianIncomeRural'), targets: ['dibao_coverage_rural'] } },
  seeds: [1, 2, 3, 4, 5, 6, 7, 8],
  households: 2000,
  months: 24,
  latinHypercube: { points: 10, seed: 1 },
  nelderMead: { maxEvaluations: 20 },
});

/** The messages of the loader's error for a file built from `good()` changed by `change`. */
function problems(change: (file: Record<string, any>) => void): string[] {
  const file: Record<string, any> = good();
  change(file);
  try {
    loadCalibration(JSON.stringify(file), 'cal.json', TARGETS);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).message.split('\n');
  }
  throw new Error('no error');
}

describe('loadCalibration', () => {
  it('reads a good file, with every target of role calibrate by default', () => {
    const calibration = loadCalibration(JSON.stringify(good()), 'cal.json', TARGETS);
    expect(calibration.parameters).toMatchObject([{ path: 'population.medianIncomeRural', low: inside('population.medianIncomeRural')[0], targets: ['dibao_coverage_rural'] }]);
    expect(calibration.targets.map((t) => t.id)).toEqual(['dibao_coverage_all', 'dibao_coverage_rural']);
    expect(calibration).toMatchObject({ seeds: [1, 2, 3, 4, 5, 6, 7, 8], households: 2000, months: 24, latinHypercube: { points: 10, seed: 1 }, nelderMead: { maxEvaluations: 20 } });
    expect(calibration.warmupMonths).toBeUndefined();
  });

  it('names a parameter that does not exist, and suggests the nearest', () => {
    expect(problems((f) => { f.parameters = { 'population.medianIncomeRurl': { range: [1, 2] } }; })).toEqual([
      'cal.json: parameters.population.medianIncomeRurl: "population.medianIncomeRurl" is not a scenario parameter (did you mean "population.medianIncomeRural"?); expected a dotted path from docs/parameters.md',
    ]);
  });

  it('refuses empty, inverted and out-of-bounds ranges, naming the value and what was expected', () => {
    const [low, high] = inside('population.medianIncomeRural');
    const p = 'population.medianIncomeRural';
    expect(problems((f) => { f.parameters[p].range = [low, low]; })[0]).toMatch(/parameters\.population\.medianIncomeRural\.range: is \[\d+(\.\d+)?,\d+(\.\d+)?\], an empty range; expected \[low, high\] with low < high/);
    expect(problems((f) => { f.parameters[p].range = [high, low]; })[0]).toMatch(/\.range: is .*, an inverted range; expected \[low, high\] with low < high/);
    expect(problems((f) => { f.parameters[p].range = [-5, high]; })[0]).toMatch(/\.range: is \[-5,.*\], outside the parameter's allowed values; expected a range within 1 to 1000000/);
    expect(problems((f) => { f.parameters[p].range = [low]; })[0]).toMatch(/\.range: is \[.*\]; expected \[low, high\], two numbers/);
    expect(problems((f) => { f.parameters = { 'government.dibao.eligibility': { range: [0, 1] } }; })[0]).toMatch(/is a parameter of kind "rule"; expected one with continuous values/);
  });

  it('keeps a range within the plausible values the parameter declares', () => {
    const plausible = PARAMETER_BY_PATH.get('population.medianIncomeRural')!.plausible;
    if (!plausible) return; // nothing declared to stay within
    expect(problems((f) => { f.parameters['population.medianIncomeRural'].range = [plausible[0], plausible[1] * 2]; })[0]).toMatch(/outside the parameter's plausible range; expected a range within/);
  });

  it('names an unknown target, and refuses a held-out one', () => {
    expect(problems((f) => { f.targets = ['dibao_coverage_al']; })[0]).toBe(
      'cal.json: targets[0]: is "dibao_coverage_al", not a target of calibration/targets.json (did you mean "dibao_coverage_all"?); expected one of dibao_coverage_all, dibao_coverage_rural',
    );
    expect(problems((f) => { f.targets = ['low_income_share']; })[0]).toMatch(/targets\[0\]: is "low_income_share", a held-out target \(role "corroborate"\); expected a target of role "calibrate"/);
    expect(problems((f) => { f.parameters['population.medianIncomeRural'].targets = ['dibao_coverage_urban']; })[0]).toMatch(/parameters\.population\.medianIncomeRural\.targets\[0\]: is "dibao_coverage_urban", not one of the calibration's targets/);
  });

  it('wants at least 8 different seeds', () => {
    expect(problems((f) => { f.seeds = [1, 2, 3]; })).toEqual(['cal.json: seeds: is [1,2,3], 3 seeds; expected at least 8, so that one county\'s luck averages out']);
    expect(problems((f) => { f.seeds = [1, 1, 2, 3, 4, 5, 6, 7]; })[0]).toMatch(/seeds: .* with a seed given twice/);
    expect(problems((f) => { f.seeds = 8; })[0]).toMatch(/seeds: is 8; expected a list of at least 8 whole numbers/);
  });

  it('reports every problem at once, with unknown keys, sizes and search settings', () => {
    const messages = problems((f) => {
      f.housholds = 10;
      f.months = 0;
      f.latinHypercube = { points: 0, seed: 1 };
      delete f.nelderMead;
    });
    expect(messages).toEqual([
      'cal.json: housholds: is not a known key (did you mean "households"?); expected one of: about, parameters, targets, seeds, households, months, warmupMonths, latinHypercube, nelderMead',
      'cal.json: months: is 0; expected a whole number from 1 to 1200',
      'cal.json: latinHypercube.points: is 0; expected a whole number from 1 to 10000',
      'cal.json: nelderMead: is undefined; expected an object (see calibration/calibration.json)',
    ]);
  });

  it('refuses text that is not JSON', () => {
    expect(() => loadCalibration('{ "parameters": ', 'cal.json', TARGETS)).toThrow(/cal\.json: is not valid JSON/);
  });
});
