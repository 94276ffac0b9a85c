/**
 * The whole validation: published targets, stylised facts, face-validity levers and size
 * invariance, evaluated through an injected runner into one result the report and figures
 * are built from. Settings (seeds, sizes, horizons) are declared here once. Pure (no Node,
 * no DOM): ready scenarios come through an injected loader.
 */
import type { Target } from '../calibration/targets.ts';
import type { Scenario } from '../scenario/parameters.ts';
import { countRuns, evaluate, seedsUpTo, type Design, type Measure, type Runner, type Samples, type Settings } from './experiment.ts';
import { headlineDesign } from './headline.ts';
import { LEVER_CHECKS, leverDesigns, type LeverCheck } from './levers.ts';
import { PATH_CHECKS } from './paths.ts';
import { compareSizes, sizeDesign, type SizeComparison, type SizeSetting } from './sizeInvariance.ts';
import { summarise, type Summary } from './summary.ts';
import { verdict, withinVerdict, worstVerdict, type Verdict } from './verdict.ts';
import { FACTS, factDesigns, type StylisedFact } from './stylisedFacts.ts';
import { fitTarget, targetDesigns, TARGET_MEASURE, type TargetFit } from './targetFit.ts';

export interface ValidationSettings {
  /** Seeds 1..n for targets, facts and levers. */
  readonly seeds: number;
  /** Households of the target runs (the ready scenarios' months and warm-up are kept); null keeps the scenario's own. */
  readonly targetHouseholds: number | null;
  readonly facts: Settings;
  /** Fact 5 (trust recovery) needs a long horizon. */
  readonly factsLong: Settings;
  readonly levers: Settings;
  /** Months and warm-up of the size-invariance runs; the sizes in increasing order, the last the reference. */
  readonly size: { readonly months: number; readonly warmupMonths: number; readonly sizes: readonly SizeSetting[] };
  /** Seeds sent to the runner at once. */
  readonly seedsPerBatch: number;
}

export const VALIDATION_SETTINGS: ValidationSettings = {
  seeds: 20,
  targetHouseholds: 10_000,
  facts: { households: 5000, months: 48, warmupMonths: 36 },
  factsLong: { households: 5000, months: 120, warmupMonths: 36 },
  levers: { households: 5000, months: 48, warmupMonths: 36 },
  size: {
    months: 60, warmupMonths: 36,
    // A run's noise falls with its households, so the small county gets the seeds it needs to be
    // judged as precisely as the middle one (2,000 × 100 = 20,000 × 10 household-runs). With 20
    // seeds, seeds 1–20 put its need satisfaction rate 2.5 of their standard errors above the
    // mean of seeds 1–100, which agrees with 200,000 households.
    sizes: [{ households: 2000, seeds: 100 }, { households: 20_000, seeds: 10 }, { households: 200_000, seeds: 5 }],
  },
  seedsPerBatch: 4,
};

/** A ready scenario (scenarios/NAME.json) with run settings that win over the file's. */
export type ReadyLoader = (name: string, overrides: { seed: number; households?: number }) => Scenario;

export interface MeasureResult {
  readonly measure: Measure;
  readonly summary: Summary;
  /** null for a value only shown (no expected sign). */
  readonly verdict: Verdict | null;
}

export interface FactResult { readonly fact: StylisedFact; readonly measures: readonly MeasureResult[]; readonly verdict: Verdict }
export interface LeverResult { readonly check: LeverCheck; readonly measures: readonly MeasureResult[]; readonly verdict: Verdict }

export interface SizeRow {
  readonly measure: Measure;
  /** One summary per size, in the order of the settings. */
  readonly perSize: readonly Summary[];
  /** Each size but the reference (the last) against the reference. */
  readonly comparisons: readonly SizeComparison[];
  readonly agrees: boolean;
}
export interface SizeResult { readonly sizes: readonly SizeSetting[]; readonly rows: readonly SizeRow[] }

export interface ValidationResults {
  readonly settings: ValidationSettings;
  readonly targets: readonly TargetFit[];
  /** The baseline county's headline, by domain and reason, and what stands behind it (headline.ts). */
  readonly headline: readonly MeasureResult[];
  readonly facts: readonly FactResult[];
  readonly levers: readonly LeverResult[];
  /** The paper's paths (§5), each its claim checked like a lever: path off (low) against on (high). */
  readonly paths: readonly LeverResult[];
  readonly sizes: SizeResult;
  readonly runs: number;
}

export interface ValidationParts {
  readonly targets: readonly Target[];
  readonly facts?: readonly StylisedFact[];
  readonly levers?: readonly LeverCheck[];
  readonly paths?: readonly LeverCheck[];
}

function designsOf(settings: ValidationSettings, parts: ValidationParts, load: ReadyLoader) {
  const loadReady = (name: string, seed: number) => load(name, settings.targetHouseholds === null ? { seed } : { seed, households: settings.targetHouseholds });
  return {
    targets: targetDesigns(parts.targets, loadReady),
    headline: headlineDesign((name, seed) => loadReady(name, seed)),
    facts: factDesigns(settings.facts, settings.factsLong, parts.facts ?? FACTS),
    levers: leverDesigns(settings.levers, parts.levers ?? LEVER_CHECKS),
    paths: leverDesigns(settings.levers, parts.paths ?? PATH_CHECKS, 'path'),
    sizes: settings.size.sizes.map((s) => sizeDesign({ households: s.households, months: settings.size.months, warmupMonths: settings.size.warmupMonths })),
  };
}

/** Runs the validation makes in all (for progress). */
export function countValidationRuns(settings: ValidationSettings, parts: ValidationParts, load: ReadyLoader): number {
  const d = designsOf(settings, parts, load);
  const seeds = seedsUpTo(settings.seeds);
  return countRuns([...d.targets, d.headline, ...d.facts, ...d.levers, ...d.paths], seeds)
    + d.sizes.reduce((n, design, i) => n + countRuns([design], seedsUpTo(settings.size.sizes[i]!.seeds)), 0);
}

export function measureVerdict(measure: Measure, summary: Summary): Verdict | null {
  if (measure.expect) return verdict(summary, measure.expect);
  if (measure.within !== undefined) return withinVerdict(summary, measure.within);
  return null;
}

export function measureResults(design: Design, samples: Samples): MeasureResult[] {
  const perMeasure = samples.get(design.id)!;
  return design.measures.map((measure) => {
    const summary = summarise(perMeasure.get(measure.id)!);
    return { measure, summary, verdict: measureVerdict(measure, summary) };
  });
}

const claimVerdict = (measures: readonly MeasureResult[]): Verdict =>
  worstVerdict(measures.filter((m) => m.measure.claim && m.verdict !== null).map((m) => m.verdict!));

export async function runValidation(settings: ValidationSettings, parts: ValidationParts, load: ReadyLoader, runner: Runner, onRunDone?: () => void): Promise<ValidationResults> {
  const d = designsOf(settings, parts, load);
  const seeds = seedsUpTo(settings.seeds);
  const options = { seedsPerBatch: settings.seedsPerBatch, ...(onRunDone ? { onRunDone } : {}) };
  // One pass over targets, facts, levers and paths, so shared runs are run once and batches are large.
  const samples = await evaluate([...d.targets, d.headline, ...d.facts, ...d.levers, ...d.paths], seeds, runner, options);

  const targets = parts.targets.map((target, i) => fitTarget(target, summarise(samples.get(d.targets[i]!.id)!.get(TARGET_MEASURE)!)));
  const facts = (parts.facts ?? FACTS).map((fact, i): FactResult => {
    const measures = measureResults(d.facts[i]!, samples);
    return { fact, measures, verdict: claimVerdict(measures) };
  });
  const checked = (checks: readonly LeverCheck[], designs: readonly Design[]) => checks.map((check, i): LeverResult => {
    const measures = measureResults(designs[i]!, samples);
    return { check, measures, verdict: claimVerdict(measures) };
  });
  const levers = checked(parts.levers ?? LEVER_CHECKS, d.levers);
  const paths = checked(parts.paths ?? PATH_CHECKS, d.paths);

  const sizeSamples: Samples[] = [];
  for (const [i, design] of d.sizes.entries()) {
    sizeSamples.push(await evaluate([design], seedsUpTo(settings.size.sizes[i]!.seeds), runner, options));
  }
  const perSize = d.sizes.map((design, i) => measureResults(design, sizeSamples[i]!));
  const last = settings.size.sizes.length - 1;
  const rows = d.sizes[0]!.measures.map((measure, m): SizeRow => {
    const summaries = perSize.map((results) => results[m]!.summary);
    const comparisons = settings.size.sizes.slice(0, last).map((s, i) => compareSizes(summaries[i]!, summaries[last]!, s.households));
    return { measure, perSize: summaries, comparisons, agrees: comparisons.every((c) => c.agrees) };
  });

  const headline = measureResults(d.headline, samples);
  return { settings, targets, headline, facts, levers, paths, sizes: { sizes: settings.size.sizes, rows }, runs: countValidationRuns(settings, parts, load) };
}
