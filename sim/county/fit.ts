/**
 * Fitting a county scenario to the county's dibao caseload. What the profile gives is set
 * (build.ts); three parameters it does not give are fitted so that the simulated dibao
 * coverage (persons on dibao ÷ residents, urban and rural) is the county's:
 * population.incomeSpreadUrban and population.incomeSpreadRural (how many people live
 * below the lines for the same mean income) and application.awareness (the take-up
 * driver: who knows they could apply). Each stays within its plausible range
 * (sim/scenario/parameters.ts), and a light pull toward its default settles what two
 * targets leave free.
 *
 * The search is the calibration's (sim/calibration/fit.ts: the defaults and a Latin
 * hypercube, then Nelder–Mead, on common random numbers) on small runs. A small county's
 * caseload is noisy and still settling at the search's size, so the values found are then
 * checked on the scenario as written (its own size, more months); where the check misses
 * by more than CORRECT_ABOVE, the search's targets are shifted by the check's ratio and
 * Nelder–Mead runs once more from where it stopped, and the check is repeated.
 *
 * Running the model is passed in (the CLI's worker threads, the page's worker), so this is
 * the same everywhere and deterministic. Pure.
 */
import type { Calibration, FreeParameter } from '../calibration/calibrationFile.ts';
import { valuesAt, pointOf } from '../calibration/candidateRuns.ts';
import { fitCalibration, roundWithin, type Candidate, type Stage } from '../calibration/fit.ts';
import { weightedLoss } from '../calibration/loss.ts';
import { meanOverSeeds, valuesOnSeed } from '../calibration/modelMeans.ts';
import { nelderMead } from '../calibration/nelderMead.ts';
import type { RunView } from '../calibration/quantities.ts';
import type { Target } from '../calibration/targets.ts';
import type { RunRequest } from '../experiment/runOne.ts';
import type { Issue } from '../scenario/errors.ts';
import { withPattern } from '../scenario/load.ts';
import { PARAMETER_BY_PATH, PARAMETERS } from '../scenario/parameters.ts';
import { validateScenario } from '../scenario/validate.ts';
import { COUNTY_ASSUMPTIONS, COUNTY_WARMUP_MONTHS, countyBasis, countyScenario, type CountyBasis } from './build.ts';
import type { CountyProfile } from './profile.ts';

/** A fitted county reproduces its caseload when each group is within this of the published figure (relative). */
export const WITHIN = 0.1;
/** A check that misses by more than this starts the correction round. */
export const CORRECT_ABOVE = 0.04;

export const FREE_PATHS = ['population.incomeSpreadUrban', 'population.incomeSpreadRural', 'application.awareness'] as const;

/** Weight of the pull toward the defaults, per (distance ÷ range)²: a full range costs what a 3.5% miss does. */
const PULL = 0.5;
/** Tolerance of a target, relative (on the log): a loss term of 1 is a miss of about 5%. */
const TOLERANCE = 0.05;

export interface FitSettings {
  /** The search's runs. */
  readonly search: { readonly households: number; readonly months: number; readonly seeds: readonly number[] };
  /** Latin hypercube points and Nelder–Mead evaluations of the first search; evaluations of the correction. */
  readonly points: number;
  readonly maxEvaluations: number;
  readonly correctionEvaluations: number;
  /** The check of the values found: the scenario as written, on these seeds, this long. */
  readonly check: { readonly households: number; readonly months: number; readonly seeds: readonly number[] };
}

/** About a minute on one core for the CLI; the page and the tests use the same. */
export const DEFAULT_FIT: FitSettings = {
  search: { households: 4000, months: 12, seeds: [1, 2, 3] },
  points: 8,
  maxEvaluations: 40,
  correctionEvaluations: 12,
  check: { households: PARAMETERS.households.default, months: 24, seeds: [1, 2, 3] },
};

/** Most Nelder–Mead evaluations a caller may ask of the search (`gapsim county --evaluations`, the page's form). */
export const MAX_EVALUATIONS = 1000;

/** The search's evaluations as typed, read: the number, or what is wrong with it (the CLI and the page say the same). */
export function readEvaluations(text: string): { readonly value: number } | { readonly problem: string } {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > MAX_EVALUATIONS) return { problem: `${JSON.stringify(text)} is not valid; expected a whole number from 0 to ${MAX_EVALUATIONS}` };
  return { value };
}

/** Run the requests (in any order of threads) and give their results in the requests' order. */
export type RunMany = (requests: readonly RunRequest[]) => Promise<readonly RunView[]>;
/** What the fit is doing: a stage's name, runs done and runs in the stage. */
export type FitProgress = (stage: string, done: number, total: number) => void;

export type Region = 'urban' | 'rural';

export interface TargetResult {
  readonly group: Region;
  /** Published dibao recipients, persons. */
  readonly target: number;
  /** The model's dibao coverage × the county's residents of the group, persons. */
  readonly model: number;
  readonly targetCoverage: number;
  readonly modelCoverage: number;
  /** model ÷ target − 1. */
  readonly difference: number;
  readonly within: boolean;
}

export interface CountyFit {
  readonly profile: CountyProfile;
  readonly basis: CountyBasis;
  /** The scenario file's content, fitted values set. */
  readonly scenario: Record<string, unknown>;
  /** Fitted values, by path, with their ranges. */
  readonly values: ReadonlyArray<{ readonly path: string; readonly value: number; readonly low: number; readonly high: number; readonly atBound: boolean }>;
  readonly targets: readonly TargetResult[];
  /** Every target within WITHIN. */
  readonly ok: boolean;
  /** Why a target is missed (empty when ok). */
  readonly reasons: readonly string[];
  readonly runs: number;
  readonly assumptions: readonly string[];
  readonly warnings: readonly Issue[];
}

const freeParameters = (): FreeParameter[] => FREE_PATHS.map((path) => {
  const param = PARAMETER_BY_PATH.get(path)!;
  const [low, high] = param.plausible!;
  return { path, param, low, high, targets: ['urban', 'rural'] };
});

function targetsOf(coverage: { readonly urban: number | null; readonly rural: number | null }): Target[] {
  return (['urban', 'rural'] as const).flatMap((group): Target[] => {
    const value = coverage[group];
    if (value === null) return [];
    return [{
      id: group, description: `dibao coverage, ${group}`, value, unit: 'share of persons', year: '', source: 'county profile',
      quantity: `dibao_coverage_${group}`, scenarios: ['county'], tolerance: Math.max(TOLERANCE * value, 1e-5),
      toleranceReason: 'a loss term of 1 is a 5% miss', weight: 1, role: 'calibrate',
    }];
  });
}

/** The scenario with these free values, validated at the given run size and seed. */
function request(profile: CountyProfile, basis: CountyBasis, free: Record<string, number>, size: { households: number; months: number }, seed: number): RunRequest {
  const raw = { ...countyScenario(profile, basis, free), seed, households: size.households, months: size.months, warmupMonths: COUNTY_WARMUP_MONTHS };
  return { scenario: validateScenario(withPattern(raw), 'county scenario'), seriesMetrics: [] };
}

const byPath = (values: readonly number[]): Record<string, number> => Object.fromEntries(FREE_PATHS.map((path, i) => [path, values[i]!]));

export async function fitCounty(profile: CountyProfile, warnings: readonly Issue[], run: RunMany, settings: FitSettings = DEFAULT_FIT, progress: FitProgress = () => {}): Promise<CountyFit> {
  const basis = countyBasis(profile);
  const parameters = freeParameters();
  const published = targetsOf(basis.coverage);
  if (published.length === 0) throw new Error('a county profile always has residents in one region at least');
  let runs = 0;

  /** Score candidates on the search's runs against `targets`, the pull toward the defaults added. */
  const scorer = (targets: readonly Target[], stageName: (stage: Stage | 'correction') => string) =>
    async (valueSets: number[][], stage: Stage | 'correction'): Promise<Candidate[]> => {
      const { seeds } = settings.search;
      const requests = valueSets.flatMap((values) => seeds.map((seed) => request(profile, basis, byPath(values), settings.search, seed)));
      progress(stageName(stage), 0, requests.length);
      const views = await run(requests);
      runs += requests.length;
      progress(stageName(stage), requests.length, requests.length);
      return valueSets.map((values, c) => {
        const perSeed = seeds.map((_, s) => valuesOnSeed(targets, () => views[c * seeds.length + s]!));
        // On the log of model ÷ target: a region whose caseload is a tenth of the other's weighs as much.
        const { fits } = weightedLoss(targets, meanOverSeeds(targets, perSeed));
        const loss = fits.reduce((sum, f) => sum + (f.model !== null && f.model > 0 && f.value > 0 ? (Math.log(f.model / f.value) / TOLERANCE) ** 2 : f.model === f.value ? 0 : 1e6), 0);
        const pull = parameters.reduce((sum, p, i) => sum + PULL * ((values[i]! - clampDefault(p)) / (p.high - p.low)) ** 2, 0);
        return { values, loss: loss + pull, fits };
      });
    };
  const names = (stage: Stage | 'correction') => (stage === 'correction' ? 'correction (Nelder–Mead)' : stage === 'latinHypercube' ? 'search: defaults and Latin hypercube' : stage === 'nelderMead' ? 'search: Nelder–Mead' : 'search: check of the rounded values');

  const calibration: Calibration = {
    parameters, targets: published, seeds: settings.search.seeds, households: settings.search.households, months: settings.search.months,
    warmupMonths: COUNTY_WARMUP_MONTHS, latinHypercube: { points: settings.points, seed: 1 }, nelderMead: { maxEvaluations: settings.maxEvaluations },
  };
  const found = await fitCalibration(calibration, scorer(published, names));
  let best = found.best;
  let checked = await check(best.values);

  // The check runs the scenario as written; if it misses, aim the search at the target
  // shifted by the check's ratio to the search's value and search again from where it stopped.
  if (settings.correctionEvaluations > 0 && checked.some((t) => Math.abs(t.difference) > CORRECT_ABOVE)) {
    const shifted = published.map((t) => {
      const searchValue = best.fits.find((f) => f.id === t.id)?.model ?? null;
      const checkValue = checked.find((c) => c.group === t.id)!.modelCoverage;
      const ratio = searchValue !== null && searchValue > 0 && checkValue > 0 ? searchValue / checkValue : 1;
      return { ...t, value: t.value * ratio, tolerance: t.tolerance * ratio };
    });
    const score = scorer(shifted, names);
    let corrected = best;
    await nelderMead(async (points) => {
      const scored = await score(points.map((point) => valuesAt(calibration, point)), 'correction');
      for (const c of scored) if (c.loss < corrected.loss) corrected = c;
      return scored.map((c) => c.loss);
    }, pointOf(calibration, best.values), { maxEvaluations: settings.correctionEvaluations, step: 0.05 });
    if (corrected !== best) {
      const rounded = corrected.values.map((v, i) => roundWithin(v, parameters[i]!.low, parameters[i]!.high));
      const recheck = await check(rounded);
      // Keep whichever the check finds closer: the correction is aimed through noise too.
      if (worstMiss(recheck) < worstMiss(checked)) {
        best = { ...corrected, values: rounded };
        checked = recheck;
      }
    }
  }

  const values = parameters.map((p, i) => {
    const value = best.values[i]!;
    return { path: p.path, value, low: p.low, high: p.high, atBound: value <= p.low + 1e-3 * (p.high - p.low) || value >= p.high - 1e-3 * (p.high - p.low) };
  });
  const ok = checked.every((t) => t.within);
  const reasons = ok ? [] : missReasons(checked, values);
  const note = ok ? '' : `The fit did not reach its dibao caseload within ${WITHIN * 100}%: ${checked.map((t) => `${t.group} ${signedPercent(t.difference)}`).join(', ')}.`;
  return {
    profile, basis, scenario: countyScenario(profile, basis, byPath(best.values), note), values, targets: checked, ok, reasons, runs,
    assumptions: COUNTY_ASSUMPTIONS, warnings,
  };

  async function check(free: readonly number[]): Promise<TargetResult[]> {
    const { seeds } = settings.check;
    const requests = seeds.map((seed) => request(profile, basis, byPath([...free]), settings.check, seed));
    progress('check: the scenario as written', 0, requests.length);
    const views = await run(requests);
    runs += requests.length;
    progress('check: the scenario as written', requests.length, requests.length);
    const means = meanOverSeeds(published, views.map((view) => valuesOnSeed(published, () => view)));
    return published.map((t) => {
      const group = t.id as Region;
      const modelCoverage = means.get(t.id) ?? 0;
      const residents = basis.residents[group];
      const target = group === 'urban' ? profile.recipientsUrban : profile.recipientsRural;
      const difference = t.value > 0 ? modelCoverage / t.value - 1 : modelCoverage > 0 ? Infinity : 0;
      return { group, target, model: modelCoverage * residents, targetCoverage: t.value, modelCoverage, difference, within: Math.abs(difference) <= WITHIN };
    });
  }
}

const clampDefault = (p: FreeParameter): number => Math.min(p.high, Math.max(p.low, p.param.default as number));
const worstMiss = (targets: readonly TargetResult[]): number => Math.max(...targets.map((t) => Math.abs(t.difference)));
export const signedPercent = (x: number): string => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%` : 'above a target of 0');

/** Why a target is missed, in words: the free parameters at the bound that would have to go further. */
function missReasons(targets: readonly TargetResult[], values: CountyFit['values']): string[] {
  const at = (path: string) => values.find((v) => v.path === path)!;
  return targets.filter((t) => !t.within).map((t) => {
    const spread = at(t.group === 'urban' ? 'population.incomeSpreadUrban' : 'population.incomeSpreadRural');
    const awareness = at('application.awareness');
    const what = `${t.group}: the model has ${pct(t.modelCoverage)} of ${t.group} residents on dibao, the county ${pct(t.targetCoverage)}`;
    if (t.difference < 0 && spread.value >= spread.high - 1e-9 && awareness.value >= awareness.high - 1e-9) {
      return `${what} — a caseload above what the lines allow given the incomes: even at the widest plausible income spread (${spread.high}) and awareness ${awareness.high}, too few ${t.group} residents have incomes below the line (check the line and the income; or the county counts as recipients people the means test would not, e.g. whole families of one eligible member)`;
    }
    if (t.difference > 0 && spread.value <= spread.low + 1e-9 && awareness.value <= awareness.low + 1e-9) {
      return `${what} — a caseload below what the lines imply given the incomes: even at the narrowest plausible income spread (${spread.low}) and awareness ${awareness.low}, more ${t.group} residents qualify and apply than the county reports (a quota or strict asset tests? try government.dibao.funding = "budget")`;
    }
    return `${what} — the search did not settle within its runs (a small caseload is noisy: a few dozen households in the simulated county); try more evaluations (--evaluations) or the other region's figures`;
  });
}

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
