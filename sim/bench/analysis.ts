/**
 * `npm run bench -- --analysis`: the "what if" tools at scale, on the worker-thread pool.
 *  - the four interaction patterns on 100 seeds of 10,000 households × 120 months (36 more of
 *    warm-up), each household's fate kept: runs per second and total time, then the paired
 *    comparisons of each pattern against administrative incorporation (every metric and
 *    group) and who changes fate, timed apart from the runs;
 *  - a Morris screening of 10 parameters with 10 trajectories (110 runs) and its analysis.
 * The analysis should cost at most 5% of the engine's time.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { createPool } from '../batch/pool.ts';
import { compareRuns } from '../experiment/compareRuns.ts';
import { morrisAnalyse, morrisSample } from '../experiment/sensitivity/morris.ts';
import { transitions, transitionsByReason } from '../experiment/transitions.ts';
import type { RunRecord } from '../experiment/runOne.ts';
import { metricValue } from '../engine/metricValue.ts';
import { composeScenario } from '../scenario/compose.ts';
import { setPath } from '../common/plainData.ts';
import { withPattern } from '../scenario/load.ts';
import { PATTERNS } from '../scenario/patterns.ts';
import { validateScenario } from '../scenario/validate.ts';
import { readFileBounded } from '../files/readFileBounded.ts';

const at = process.argv.indexOf('--seeds');
const SEEDS = at >= 0 ? Number(process.argv[at + 1]) : 100;
const households = 10_000;
const months = 120;
const base = { ...composeScenario(fileURLToPath(new URL('../../scenarios/baseline.json', import.meta.url)), readFileBounded), households, months };
const workers = availableParallelism();
const pool = createPool({ workers });
const seconds = (t0: number) => (performance.now() - t0) / 1000;

console.log(`analysis benchmark — Node ${process.version}, ${workers} worker threads`);
try {
  // The four patterns on the same seeds, fates kept.
  const scenarios = PATTERNS.map((pattern) => validateScenario(withPattern({ ...base, pattern })));
  const requests = scenarios.flatMap((scenario) => Array.from({ length: SEEDS }, (_, i) => ({ scenario: { ...scenario, seed: i + 1 }, seriesMetrics: [], fates: true })));
  let t0 = performance.now();
  const outcomes = await pool.runMany(requests);
  const runSeconds = seconds(t0);
  const records = outcomes.map((o) => {
    if (!o.ok) throw new Error(`run ${o.index} failed: ${o.error.message}`);
    return o.record;
  });
  const byPattern = PATTERNS.map((_, p) => records.slice(p * SEEDS, (p + 1) * SEEDS));
  t0 = performance.now();
  for (const other of byPattern.slice(1)) {
    compareRuns(byPattern[0]!, other);
    const pairs = other.map((b: RunRecord, i) => ({ a: byPattern[0]![i]!.households!.fates, b: b.households!.fates, cells: b.households!.cells }));
    transitions(pairs);
    transitionsByReason(pairs);
  }
  const analysisSeconds = seconds(t0);
  console.log(`four patterns × ${SEEDS} seeds of ${households.toLocaleString('en-US')} households × ${months} months: ${requests.length} runs in ${runSeconds.toFixed(1)} s → ${(requests.length / runSeconds).toFixed(2)} runs/s`);
  console.log(`  paired comparisons of 3 patterns against the baseline (every metric and group) and who changes fate: ${(analysisSeconds * 1000).toFixed(0)} ms = ${((100 * analysisSeconds) / runSeconds).toFixed(2)}% of the runs' time`);

  // Morris: 10 parameters, 10 trajectories.
  const factors = [
    ['government.dibao.lineRural', 440, 740], ['government.dibao.lineUrban', 595, 995], ['government.services.budgetPerHousehold', 10, 80],
    ['government.employment.budgetPerHousehold', 5, 60], ['government.temporary.budgetPerHousehold', 15, 60], ['government.caseworkersPer10k', 2, 15],
    ['government.dataSharing.health', 0.3, 1], ['trust.baseline', 0.3, 0.8], ['charities.visibilityBias', 0, 0.6], ['charities.grantsPerHousehold', 0, 75],
  ].map(([name, low, high]) => ({ name: name as string, low: low as number, high: high as number }));
  const design = morrisSample(factors, { trajectories: 10 }, seedrandom.alea('gapsim:bench:morris'));
  const morrisRequests = design.rows.map((row) => {
    let raw: Record<string, unknown> = { ...base, seed: 1 };
    row.forEach((value, k) => { raw = setPath(raw, factors[k]!.name, value); });
    return { scenario: validateScenario(withPattern(raw)), seriesMetrics: [] };
  });
  t0 = performance.now();
  const morrisOutcomes = await pool.runMany(morrisRequests);
  const morrisSeconds = seconds(t0);
  t0 = performance.now();
  morrisAnalyse(design, morrisOutcomes.map((o) => (o.ok ? metricValue(o.record, 'fell_through_rate') : null)), { random: seedrandom.alea('gapsim:bench:bootstrap') });
  const morrisAnalysis = seconds(t0);
  console.log(`Morris screening, 10 parameters × 10 trajectories: ${morrisRequests.length} runs in ${morrisSeconds.toFixed(1)} s → ${(morrisRequests.length / morrisSeconds).toFixed(2)} runs/s`);
  console.log(`  elementary effects with 1,000 bootstrap resamples: ${(morrisAnalysis * 1000).toFixed(0)} ms = ${((100 * morrisAnalysis) / morrisSeconds).toFixed(2)}% of the runs' time`);
} finally {
  await pool.close();
}
