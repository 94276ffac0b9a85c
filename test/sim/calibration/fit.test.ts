import { describe, expect, it } from 'vitest';
import type { Calibration } from '../../../sim/calibration/calibrationFile.ts';
import { fitCalibration, roundWithin, type Candidate, type Stage } from '../../../sim/calibration/fit.ts';
import { fittedFile, fittedText } from '../../../sim/calibration/fittedFile.ts';
import { PARAMETER_BY_PATH } from '../../../sim/scenario/parameters.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';

const free = (path: string, low: number, high: number) => ({ path, param: PARAMETER_BY_PATH.get(path)!, low, high, targets: ['t'] });
const calibration: Calibration = {
  parameters: [free('population.medianIncomeRural', 1000, 3000), free('population.incomeSpreadUrban', 0.2, 1.2)],
  targets: [],
  seeds: [1, 2, 3, 4, 5, 6, 7, 8],
  households: 100,
  months: 12,
  latinHypercube: { points: 12, seed: 1 },
  nelderMead: { maxEvaluations: 80 },
};

/** A stand-in for running the model: a smooth loss with its minimum at (1650, 0.61). */
function fakeScore(log: Array<[Stage, number]> = []) {
  return async (valueSets: number[][], stage: Stage): Promise<Candidate[]> => {
    log.push([stage, valueSets.length]);
    return valueSets.map((values) => {
      const [income, spread] = values as [number, number];
      const loss = ((income - 1650) / 100) ** 2 + ((spread - 0.61) / 0.05) ** 2;
      return { values, loss, fits: [{ id: 't', model: income, value: 1650, tolerance: 100, weight: 1, term: loss }] };
    });
  };
}

describe('fitCalibration', () => {
  it('scores the current defaults first, so the search never ends worse than the values in use', async () => {
    const first: number[][] = [];
    const current = calibration.parameters.map((p) => p.param.default as number);
    // A loss whose only low point is the current default: the hypercube cannot find it.
    const score = async (valueSets: number[][]): Promise<Candidate[]> => valueSets.map((values) => {
      if (first.length === 0) first.push([...values]);
      const loss = values[0] === current[0] && values[1] === current[1] ? 0 : 5;
      return { values, loss, fits: [] };
    });
    const fit = await fitCalibration(calibration, score);
    expect(first[0]).toEqual(current);
    expect(fit.searchLoss).toBe(0);
  });


  it('finds the minimum, stage by stage, within the evaluation budget, and scores the rounded values', async () => {
    const log: Array<[Stage, number]> = [];
    const fit = await fitCalibration(calibration, fakeScore(log));
    expect(fit.best.values[0]).toBeCloseTo(1650, -1);
    expect(fit.best.values[1]).toBeCloseTo(0.61, 2);
    expect(log[0]).toEqual(['latinHypercube', 13]); // the current defaults, then the 12 points
    expect(log.at(-1)).toEqual(['check', 1]);
    expect(log.filter(([s]) => s === 'nelderMead').reduce((n, [, k]) => n + k, 0)).toBe(fit.evaluations.nelderMead);
    expect(fit.evaluations.nelderMead).toBeLessThanOrEqual(80);
    expect(fit.best.values.map((v) => Number(v.toPrecision(4)))).toEqual(fit.best.values); // rounded
    expect(fit.best.loss).toBeLessThan(1e-3); // rounding to 4 significant figures may move the loss either way, but not far
  });

  it('is deterministic', async () => {
    expect((await fitCalibration(calibration, fakeScore())).best).toEqual((await fitCalibration(calibration, fakeScore())).best);
  });

  it('stops after the hypercube when no candidate gives a model value', async () => {
    const none = async (valueSets: number[][]): Promise<Candidate[]> => valueSets.map((values) => ({ values, loss: Infinity, fits: [{ id: 'crowdfunding_per_campaign', model: null, value: 1, tolerance: 1, weight: 1, term: Infinity }] }));
    await expect(fitCalibration(calibration, none, 'cal.json')).rejects.toThrow(ScenarioError);
    await expect(fitCalibration(calibration, none, 'cal.json')).rejects.toThrow(/cal\.json: households: target "crowdfunding_per_campaign" had no model value on any seed at any of the 12 Latin hypercube points/);
  });

  it('rounds to 4 significant figures within the range', () => {
    expect(roundWithin(1653.2817, 1000, 3000)).toBe(1653);
    expect(roundWithin(0.612345, 0, 1)).toBe(0.6123);
    expect(roundWithin(2999.96, 1000, 2999.96)).toBe(2999.96);
  });

  it('writes the fitted values, the targets, the loss and how they were found', async () => {
    const fit = await fitCalibration(calibration, fakeScore());
    const file = fittedFile({ calibration, fit, file: 'calibration/calibration.json', digest: 'sha256:abc', version: '9.9.9', runs: 123, wallSeconds: 45.67 });
    expect(file.parameters['population.medianIncomeRural']).toEqual({ value: fit.best.values[0], range: [1000, 3000], targets: ['t'] });
    expect(file).toMatchObject({ loss: fit.best.loss, runs: 123, wallSeconds: 45.7, seeds: calibration.seeds, calibrationDigest: 'sha256:abc', evaluations: fit.evaluations });
    expect(file.targets.t).toMatchObject({ value: 1650, tolerance: 100, weight: 1 });
    const text = fittedText(file);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(file)));
    expect(text).toContain('"seeds": [1, 2, 3, 4, 5, 6, 7, 8]');
  });
});
