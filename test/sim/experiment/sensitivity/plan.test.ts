/**
 * The `sensitivity` key of experiment files: validated with the field and the value named,
 * planned as the sample's rows on every seed (equal rows run once), and analysed from the
 * runs' summaries as the mean over seeds of each row, a failed run named, never left out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planExperiment, runId } from '../../../../sim/experiment/design.ts';
import { parseExperiment } from '../../../../sim/experiment/experimentFile.ts';
import { analysisFiles, failedCsv, rowOutputs, type RunLine } from '../../../../sim/experiment/sensitivity/analysis.ts';
import { planText, sensitivitySample } from '../../../../sim/experiment/sensitivity/plan.ts';
import { parseProblemText, parseSampleText } from '../../../../sim/experiment/sensitivity/salib.ts';
import { composeScenario } from '../../../../sim/scenario/compose.ts';
import { ScenarioError } from '../../../../sim/scenario/errors.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const base = () => composeScenario(`${root}scenarios/baseline.json`, (path) => readFileSync(path, 'utf8'));
const problems = (raw: Record<string, unknown>): string => {
  try {
    parseExperiment({ scenario: 'x.json', ...raw });
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  throw new Error('expected a ScenarioError');
};
const morris = (factors: Record<string, unknown>, more: Record<string, unknown> = {}) => ({ sensitivity: { method: 'morris', trajectories: 4, factors, ...more } });

describe('the sensitivity key', () => {
  it('reads the example experiment: six policy knobs, 10 trajectories, 2 seeds', () => {
    const file = `${root}experiments/sensitivity_morris.json`;
    const experiment = parseExperiment(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(experiment.sensitivity).toMatchObject({ method: 'morris', trajectories: 10, levels: 4, seed: 1 });
    expect(experiment.sensitivity!.factors).toHaveLength(6);
    expect(experiment.seeds).toEqual([1, 2]);
  });

  it('names the field, the value and what was expected', () => {
    expect(problems(morris({ 'trust.baseline': [0.8, 0.2] }))).toContain('sensitivity.factors.trust.baseline: [0.8, 0.2] is an empty range; expected [low, high] with low < high');
    expect(problems(morris({ 'trust.baseline': [0.5, 0.5] }))).toContain('[0.5, 0.5] is an empty range');
    expect(problems(morris({ 'trust.baselin': [0.2, 0.8] }))).toContain('sensitivity.factors.trust.baselin: is not a scenario parameter (did you mean "trust.baseline"?)');
    expect(problems(morris({ 'trust.baseline': [0.2, 1.5] }))).toContain("sensitivity.factors.trust.baseline: [0.2, 1.5] goes beyond the parameter's allowed range [0, 1]");
    expect(problems(morris({ 'trust.baseline': 0.5 }))).toContain('sensitivity.factors.trust.baseline: is 0.5; expected [low, high]');
    expect(problems(morris({ pattern: [0, 1] }))).toContain('sensitivity.factors.pattern: is a choice parameter');
    expect(problems(morris({ seed: [1, 9] }))).toContain('sensitivity.factors.seed: is the run seed');
    expect(problems(morris({}))).toContain('sensitivity.factors: is {}; expected an object of parameter paths');
    expect(problems(morris({ 'government.recheckMonths': [6, 7] }))).toContain('sensitivity.factors.government.recheckMonths: [6, 7] with 4 levels puts the Morris grid 0.333 apart; expected at least 1 apart');
    expect(problems(morris({ 'trust.baseline': [0.4, 0.8] }, { trajectories: 1 }))).toContain('sensitivity.trajectories: is 1; expected r, the number of Morris trajectories');
    expect(problems(morris({ 'trust.baseline': [0.4, 0.8] }, { levels: 5 }))).toContain('sensitivity.levels: is 5; expected p, the Morris grid levels (4 is usual), an even whole number');
    expect(problems(morris({ 'trust.baseline': [0.4, 0.8] }, { baseRows: 64 }))).toContain('sensitivity.baseRows: is a Sobol setting');
    expect(problems(morris({ 'trust.baseline': [0.4, 0.8] }, { trajectorie: 4 }))).toContain('sensitivity.trajectorie: is not a key of a morris sensitivity design (did you mean "trajectories"?)');
    expect(problems({ sensitivity: { method: 'sobol', factors: { 'trust.baseline': [0.4, 0.8] } } })).toContain('sensitivity.baseRows: is missing; expected N');
    expect(problems({ sensitivity: { method: 'fast', factors: {} } })).toContain('sensitivity.method: is "fast"; expected "morris" (elementary effects) or "sobol"');
    expect(problems({ ...morris({ 'trust.baseline': [0.4, 0.8] }), factors: { pattern: { values: ['deep_integration'] } } })).toContain('sensitivity: is given with factors; expected one design');
    expect(problems({ ...morris({ 'trust.baseline': [0.4, 0.8] }), set: { 'trust.baseline': 0.5 } })).toContain('set.trust.baseline: is also a sensitivity factor');
    expect(problems({ sensitivity: { method: 'sobol', baseRows: 400_000, factors: { 'trust.baseline': [0.4, 0.8] } }, replicates: 2 })).toContain('plan 2400000 runs; expected at most 1000000');
  });

  it('leaves experiments without it as they were (their digest does not change)', () => {
    expect(Object.hasOwn(parseExperiment({ scenario: 'x.json' }), 'sensitivity')).toBe(false);
  });
});

describe('a sensitivity plan', () => {
  const experiment = parseExperiment({
    scenario: 'x.json', seeds: [3, 4],
    ...morris({ 'trust.baseline': [0.4, 0.8], 'government.recheckMonths': [6, 12] }, { trajectories: 6 }),
  });
  const design = planExperiment(experiment, base());
  const sample = design.sample!;

  it('runs the sample rows in order, each on every seed, equal rows once, whole numbers rounded', () => {
    expect(sample.rows).toHaveLength(18);
    expect(sample.rows).toEqual(sensitivitySample(experiment.sensitivity!).rows); // the same file gives the same sample
    // A 4-level grid of 2 factors has 16 points: six trajectories of 3 must cross.
    expect(design.points.length).toBeLessThan(18);
    expect(new Set(sample.pointOfRow)).toEqual(new Set(design.points.map((_, i) => i)));
    sample.rows.forEach((row, r) => {
      const point = design.points[sample.pointOfRow[r]!]!;
      expect(point.factors).toEqual({ 'trust.baseline': row[0], 'government.recheckMonths': Math.round(row[1]!) });
      expect(point.scenario.trust.baseline).toBe(row[0]);
      expect(point.scenario.government.recheckMonths).toBe(Math.round(row[1]!));
    });
    // First occurrences in the sample's order.
    const firsts = sample.pointOfRow.filter((p, r) => sample.pointOfRow.indexOf(p) === r);
    expect(firsts).toEqual(design.points.map((_, i) => i));
    expect(design.runs.map((r) => [r.point, r.seed])).toEqual(design.points.flatMap((_, p) => [[p, 3], [p, 4]]));
    expect(design.runs[0]!.id).toBe(runId(design.points[0]!.digest, 3));
    expect(planText(experiment.sensitivity!, 2, design.points.length)).toBe(`Morris: 6 trajectories × (2 factors + 1) = 18 sample rows (${design.points.length} distinct: ${18 - design.points.length} repeat an earlier row and run once) × 2 seeds = ${design.runs.length} runs`);
  });

  it('analyses the mean over seeds of each row, and names the rows of a failed run', () => {
    const value = (point: number, seed: number) => 0.1 * point + seed; // mean over seeds 3 and 4: 0.1 × point + 3.5
    const runs: RunLine[] = design.runs.map((run) => ({ id: run.id, ok: true, summary: { fell_through_rate: value(run.point, run.seed), gov_spending: run.seed === 4 && run.point === 1 ? null : 1 } }));
    const { outputs, failed } = rowOutputs(experiment, design, runs);
    expect(failed).toEqual([]);
    expect(outputs.get('fell_through_rate')).toEqual(sample.pointOfRow.map((p) => (value(p, 3) + value(p, 4)) / 2));
    const g = outputs.get('gov_spending')!;
    expect(g.filter((x) => x === null)).toHaveLength(sample.pointOfRow.filter((p) => p === 1).length);

    const analysed = analysisFiles(experiment.sensitivity!, sample, new Map([['fell_through_rate', outputs.get('fell_through_rate')!], ['gov_spending', g]]));
    expect([...analysed.files.keys()]).toEqual(['problem.txt', 'sample.txt', 'Y_fell_through_rate.txt', 'morris.csv']);
    expect(analysed.notAnalysed).toEqual([{ metric: 'gov_spending', reason: expect.stringMatching(/^sample rows? [\d, and]+ ha(s|ve) no value on some seed/) }]);
    expect(parseProblemText(analysed.files.get('problem.txt')!)).toEqual([{ name: 'trust.baseline', low: 0.4, high: 0.8 }, { name: 'government.recheckMonths', low: 6, high: 12 }]);
    expect(parseSampleText(analysed.files.get('sample.txt')!, 2)).toEqual(sample.rows);
    expect(analysed.files.get('morris.csv')!.split('\n')[0]).toBe('metric,names,mu,mu_star,sigma,mu_star_conf');

    const broken = runs.map((run, i) => (i === 3 ? { id: run.id, ok: false, error: 'RangeError: out of memory' } : run));
    const withFailure = rowOutputs(experiment, design, broken);
    const point = design.runs[3]!.point;
    const rows = sample.pointOfRow.flatMap((p, r) => (p === point ? [r] : []));
    expect(withFailure.failed).toEqual([{ rows, seed: 4, id: design.runs[3]!.id, error: 'RangeError: out of memory' }]);
    expect(failedCsv(withFailure.failed)).toBe(`row,seed,run_id,error\n${rows.map((r) => `${r + 1},4,${design.runs[3]!.id},RangeError: out of memory\n`).join('')}`);
    expect(() => rowOutputs(experiment, design, runs.slice(1))).toThrow(`runs: ${runs.length - 1} runs; expected the ${runs.length} of the plan`);
  });

  it('plans a Saltelli sample of N(k + 2) rows for Sobol', () => {
    const sobol = parseExperiment({ scenario: 'x.json', sensitivity: { method: 'sobol', baseRows: 4, seed: 7, factors: { 'trust.baseline': [0.4, 0.8], 'charities.visibilityBias': [0.1, 0.6] } } });
    const d = planExperiment(sobol, base());
    expect(d.sample!.rows).toHaveLength(16);
    expect(d.points).toHaveLength(16);
    expect(d.runs).toHaveLength(16);
    expect(planText(sobol.sensitivity!, 1, 16)).toBe('Sobol: 4 base rows × (2 factors + 2) = 16 sample rows × 1 seed = 16 runs');
  });
});
