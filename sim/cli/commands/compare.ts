/**
 * `gapsim compare <a.json> <b.json> [--seeds 1-100]`: the two scenarios on the same seeds
 * (common random numbers), on the worker-thread pool, and for every summary metric, overall
 * and by group, the paired difference B − A: mean, standard error, 95% interval and the
 * seeds needed for the interval to exclude zero (sim/experiment/compareRuns.ts). A table on
 * the terminal; tidy CSV or JSON with --format or --out. --until-significant stops as soon
 * as the chosen metrics' intervals exclude zero. Node only.
 */
import { createPool, type RunOutcome } from '../../batch/pool.ts';
import { formatDuration } from '../../batch/progress.ts';
import { AnalysisError } from '../../experiment/analysisError.ts';
import { checkPairable, compareRuns, comparisonCsv, isSignificant, type ComparisonRow, type RunSummary } from '../../experiment/compareRuns.ts';
import { changedHouseholds, transitions, transitionsByReason, type Estimate, type HouseholdPair } from '../../experiment/transitions.ts';
import { pairedStories, type PairedStory } from '../../experiment/pairedStories.ts';
import { STATUSES } from '../../engine/story.ts';
import { REASONS } from '../../engine/reasons.ts';
import type { MetricName } from '../../engine/metrics.ts';
import { isMetricName, metricOf, notAMetric } from '../../engine/metricValue.ts';
import { writeFileAtomic } from '../../files/writeAtomic.ts';
import { alignColumns } from '../../output/table.ts';
import { VERSION } from '../../version.ts';
import { progressLine } from '../../batch/progressLine.ts';
import type { ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { BadInputError, EXIT_OK, UsageError } from '../errors.ts';
import { formatFlag, groupFlag, outFlag, outputChoice, quietFlag, runSettingFlag, runSettings, seedsFlag, WORKERS_FLAG } from '../flags.ts';
import { loadForCli } from '../inputFiles.ts';
import type { Io } from '../io.ts';

const SEEDS = seedsFlag('1-100', '1-20');
const GROUP = groupFlag('the group the table shows (default all; CSV and JSON hold every group)');
const QUIET = quietFlag();

export const compareCommand: Command = {
  name: 'compare',
  summary: { synopsis: 'gapsim compare <a.json> <b.json>', purpose: 'B against A on the same seeds: differences with intervals' },
  flags: [
    SEEDS,
    { name: 'until-significant', help: 'stop once the --metric intervals exclude zero (seeds in blocks; --seeds is the most)' },
    { name: 'metric', value: 'NAME', repeat: true, help: 'what --until-significant waits for, and the table\'s first rows (default fell_through)' },
    GROUP,
    { name: 'stories', value: 'N', help: 'tell N households whose fate changed, month by month under A and B (default 2; 0 for none)' },
    runSettingFlag('households', 'households, for both scenarios'),
    runSettingFlag('months', 'months, for both scenarios'),
    formatFlag(),
    outFlag('FILE', 'write FILE.csv or FILE.json (every metric and group) instead of printing a table'),
    WORKERS_FLAG,
    QUIET,
  ],
  help: {
    details: `Runs A and B on each seed. On one seed both meet the same households and the same shocks,
so the difference B − A on that seed is the change's effect with most of the noise between
seeds cancelled. For every metric and group: the mean of A and of B, the mean difference
B − A, its standard error, its 95% interval (Student t, over the seeds), and the seeds after
which the interval excludes zero for good ("–" if it never does). The table marks with *
the rows whose interval excludes zero. Both scenarios must simulate the same county for the
same months (households, months, warmupMonths), or the runs do not pair.

CSV columns: metric,group,n,mean_a,mean_b,difference,se,low,high,seeds_needed
JSON: {meta: {a, b, seeds, households, months, version, failed}, rows: [...]}`,
  },
  run: compare,
};

/** Seeds run per block with --until-significant, per worker (a block is the pool's work between checks). */
const BLOCK_PER_WORKER = 2;

async function compare(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 2) throw new UsageError(`compare takes two scenario files; got ${args.positionals.length}: gapsim compare <a.json> <b.json>`);
  const [fileA, fileB] = args.positionals as [string, string];
  const { out, format } = outputChoice(args, ['.csv', '.json']);
  const seeds = SEEDS.read(args);
  const watched = (args.flags.get('metric') ?? ['fell_through']).map(checkMetric);
  const group = GROUP.read(args);
  const workers = WORKERS_FLAG.read(args);
  const quiet = QUIET.read(args);

  const overrides = runSettings(args, ['households', 'months']);
  const a = loadForCli(fileA, overrides);
  const b = loadForCli(fileB, overrides);
  try {
    checkPairable(a, b, [fileA, fileB]);
  } catch (error) {
    if (error instanceof AnalysisError) throw new BadInputError(error.message);
    throw error;
  }

  const started = performance.now();
  const line = progressLine(io.err, io.progress === true);
  const pairs: Array<{ a: RunSummary; b: RunSummary; households?: HouseholdPair }> = [];
  const failed: Array<{ seed: number; scenario: 'a' | 'b'; error: string }> = [];
  const pool = createPool({ workers });
  let rows: ComparisonRow[] = [];
  try {
    const block = args.flags.has('until-significant') ? Math.max(2, BLOCK_PER_WORKER * Math.max(1, workers)) : seeds.length;
    for (let at = 0; at < seeds.length; at += block) {
      const chunk = seeds.slice(at, at + block);
      const requests = chunk.flatMap((seed) => [{ scenario: { ...a, seed }, seriesMetrics: [], fates: true }, { scenario: { ...b, seed }, seriesMetrics: [], fates: true }]);
      const outcomes = await pool.runMany(requests, { onProgress: (p) => { if (!quiet) line.update(`seeds ${at + Math.floor(p.done / 2)}/${seeds.length} (${p.done} of ${requests.length} runs in this block)`); } });
      collect(chunk, outcomes, pairs, failed);
      rows = pairs.length >= 2 ? compareRuns(pairs.map((p) => p.a), pairs.map((p) => p.b)) : [];
      if (args.flags.has('until-significant') && watched.every((metric) => rows.some((r) => r.metric === metric && r.group === 'all' && isSignificant(r)))) break;
    }
  } finally {
    await pool.close();
    line.end();
  }
  for (const f of failed) io.err(`gapsim: seed ${f.seed}, ${f.scenario === 'a' ? fileA : fileB}: the run failed (${f.error}); this seed is left out of the comparison\n`);
  if (pairs.length < 2) throw new BadInputError(`seeds: ${pairs.length} seed${pairs.length === 1 ? '' : 's'} with both runs done; expected at least 2 for an interval (give more with --seeds FROM-TO)`);

  const meta = { a: fileA, b: fileB, nameA: a.name, nameB: b.name, seeds: pairs.map((p) => p.a.seed), households: a.households, months: a.months, version: VERSION, failed };
  const households = pairs.flatMap((p) => (p.households ? [p.households] : []));
  const changed = changedSample(households[0]!, meta.seeds[0]!);
  const storyCount = storiesWanted(args.flags.get('stories')?.[0]);
  const stories = pairedStories(a, b, meta.seeds[0]!, changed.slice(0, storyCount).map((c) => c.household));
  const fates = { transitions: transitions(households), byReason: transitionsByReason(households), changed, stories };
  const text = out?.endsWith('.json') || format === 'json' ? `${JSON.stringify({ meta, rows, ...fates }, null, 1)}\n`
    : out?.endsWith('.csv') || format === 'csv' ? comparisonCsv(rows)
    : `${comparisonTable(rows, group, watched, meta)}\n${fateTable(fates.transitions, fates.byReason, group)}\n${storiesText(stories, changed)}`;
  if (out !== undefined) {
    writeFileAtomic(out, text);
    if (!quiet) io.err(`wrote ${out} (${Buffer.byteLength(text)} bytes)\n`);
  } else {
    io.out(text);
  }
  if (!quiet) io.err(`compare: ${pairs.length} seeds, ${2 * pairs.length} runs in ${formatDuration((performance.now() - started) / 1000)}\n`);
  return EXIT_OK;
}

/** Pair each seed's two runs; a failed run leaves its seed out, and says so. */
function collect(chunk: readonly number[], outcomes: readonly RunOutcome[], pairs: Array<{ a: RunSummary; b: RunSummary; households?: HouseholdPair }>, failed: Array<{ seed: number; scenario: 'a' | 'b'; error: string }>): void {
  chunk.forEach((seed, i) => {
    const runA = outcomes[2 * i]!;
    const runB = outcomes[2 * i + 1]!;
    if (runA.ok && runB.ok) {
      const households = runA.record.households && runB.record.households ? { a: runA.record.households.fates, b: runB.record.households.fates, cells: runA.record.households.cells } : undefined;
      pairs.push({ a: runA.record, b: runB.record, ...(households ? { households } : {}) });
    }
    if (!runA.ok) failed.push({ seed, scenario: 'a', error: runA.error.message });
    if (!runB.ok) failed.push({ seed, scenario: 'b', error: runB.error.message });
  });
}

function checkMetric(name: string): MetricName {
  if (isMetricName(name)) return name;
  throw new BadInputError(`--metric: ${notAMetric(name)}`);
}

/** The terminal table: the watched metrics first, then the rest, for one group. */
function comparisonTable(rows: readonly ComparisonRow[], group: string, watched: readonly MetricName[], meta: { nameA: string; nameB: string; seeds: readonly number[]; households: number; months: number }): string {
  const ofGroup = rows.filter((r) => r.group === group);
  const ordered = [...ofGroup.filter((r) => watched.includes(r.metric)), ...ofGroup.filter((r) => !watched.includes(r.metric))];
  const show = (v: number | null, metric: MetricName, difference = false) => (v === null ? '–' : formatValue(v, metricOf(metric).unit, difference));
  const header = ['metric', 'A', 'B', 'B − A', '95% interval', 'seeds', ''];
  const body = ordered.map((r) => [r.metric, show(r.meanA, r.metric), show(r.meanB, r.metric), show(r.difference, r.metric, true),
    r.low === null ? '–' : `${show(r.low, r.metric, true)} to ${show(r.high, r.metric, true)}`, r.seedsNeeded === null ? '–' : String(r.seedsNeeded), isSignificant(r) ? '*' : '']);
  const seeds = meta.seeds;
  return [
    `B − A: ${meta.nameB} against ${meta.nameA}, group "${group}"`,
    `${seeds.length} seeds (${seeds[0]}–${seeds.at(-1)}), ${meta.months} months, ${meta.households.toLocaleString('en-US')} households; paired seed by seed.`,
    'Counts are monthly means, money is the run total, shares are over the whole run; pp: percentage points.',
    '* the 95% interval excludes zero; "seeds": seeds after which it does for good.',
    '',
    ...alignColumns(header, body),
    '',
  ].join('\n');
}

function storiesWanted(text: string | undefined): number {
  if (text === undefined) return 2;
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < 0 || n > 10) throw new BadInputError(`--stories: ${JSON.stringify(text)} is not valid; expected a whole number from 0 to 10`);
  return n;
}

/** Households whose fate changed, each month by month under A and under B. */
function storiesText(stories: readonly PairedStory[], changed: ReturnType<typeof changedSample>): string {
  return stories.map((story) => {
    const fate = changed.find((c) => c.household === story.household)!;
    return [
      `Household ${story.household} (seed ${story.seed}): ${fate.a} under A, ${fate.b} under B. Each month it had a need, its needs under A and under B:`,
      ...story.months.flatMap(([month, textA, textB]) => [`  month ${String(month).padStart(3)}  A: ${textA}`, `             B: ${textB}`]),
      '',
    ].join('\n');
  }).join('\n');
}

/** A few households of the first seed whose fate differs, to follow (their stories: the web app's Compare). */
function changedSample(pair: HouseholdPair, seed: number): Array<{ seed: number; household: number; a: string; b: string }> {
  return changedHouseholds(pair, 10).map((h) => ({ seed, household: h, a: STATUSES[pair.a.fate[h]!]!, b: STATUSES[pair.b.fate[h]!]! }));
}

/** Who changes fate, for one group: households by fate under A (rows) and under B (columns), mean over seeds. */
function fateTable(table: ReturnType<typeof transitions>, byReason: ReturnType<typeof transitionsByReason>, group: string): string {
  const cell = (e: Estimate) => (e.low === null ? e.mean.toFixed(1) : `${e.mean.toFixed(1)} [${e.low.toFixed(1)}, ${e.high!.toFixed(1)}]`);
  const grid = (rows: readonly string[], at: (row: string, to: string) => Estimate, title: string): string[] => {
    const header = [title, ...STATUSES.map((s) => `B: ${s}`)];
    return alignColumns(header, rows.map((row) => [row, ...STATUSES.map((to) => cell(at(row, to)))]));
  };
  const ofGroup = table.filter((t) => t.group === group);
  const reasons = byReason.filter((t) => t.group === group);
  return [
    `Who changes fate, group "${group}": households by their fate over the run under A (rows) and under B (columns),`,
    'mean over seeds [95% interval]. A fate is the worst a household came to: no need < helped < unmet < fell through.',
    '',
    ...grid(STATUSES.map((s) => `A: ${s}`), (row, to) => ofGroup.find((t) => `A: ${t.from}` === row && t.to === to)!, 'households'),
    '',
    'Households A left unmet or let fall through, by the reason under A, and their fate under B:',
    '',
    ...grid([...REASONS], (reason, to) => reasons.find((t) => t.reason === reason && t.to === to)!, 'reason under A'),
    '',
  ].join('\n');
}

/** A level or a difference; a difference of shares is in percentage points. */
function formatValue(v: number, unit: string, difference = false): string {
  if (unit.startsWith('share')) return `${(v * 100).toFixed(2)}${difference ? ' pp' : '%'}`;
  const abs = Math.abs(v);
  if (v === 0) return '0';
  if (abs >= 1e6) return `${(v / 1e6).toFixed(2)}M`;
  if (abs >= 1000) return v.toFixed(0);
  return abs >= 10 ? v.toFixed(1) : v.toPrecision(3);
}
