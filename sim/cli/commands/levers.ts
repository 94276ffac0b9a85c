/**
 * `gapsim levers <scenario.json> [--seeds 1-20] [--lever path=step]… [--paths]`: each declared
 * policy lever (sim/experiment/levers.ts) raised by its step — or, with --paths, each of the
 * paper's paths (sim/experiment/paths.ts) taken — paired seed by seed with the scenario as it
 * is, ranked by the change in households fallen through per 10,000 yuan of extra cost (aid,
 * help and administration), with 95% intervals; by group with --group. Node only.
 */
import { createPool } from '../../batch/pool.ts';
import { formatDuration } from '../../batch/progress.ts';
import { AnalysisError } from '../../experiment/analysisError.ts';
import type { RunSummary } from '../../experiment/compareRuns.ts';
import { LEVERS, PER_YUAN, leverChange, parseLever, rankByCost, type Change, type CostEffect, type CostNote } from '../../experiment/levers.ts';
import { PATHS, pathChange } from '../../experiment/paths.ts';
import { GROUPS } from '../../engine/groups.ts';
import { composeScenario } from '../../scenario/compose.ts';
import { withPattern } from '../../scenario/load.ts';
import { validateScenario } from '../../scenario/validate.ts';
import { readFileBounded } from '../../files/readFileBounded.ts';
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

const CSV_HEADER = 'change,group,fell_through_change,fell_through_low,fell_through_high,spending_change,spending_low,spending_high,per_10000_yuan,low,high,note';

const SEEDS = seedsFlag('1-20', '1-10');
const GROUP = groupFlag('rank for a group (default all)');
const QUIET = quietFlag();

export const leversCommand: Command = {
  name: 'levers',
  summary: { synopsis: 'gapsim levers <scenario.json>', purpose: 'rank policy levers by the gap closed per 10,000 yuan' },
  flags: [
    SEEDS,
    { name: 'lever', value: 'path=step', repeat: true, help: 'a lever of your own, e.g. government.dibao.lineRural=50 (repeatable; default: the declared levers)' },
    { name: 'paths', help: 'rank the paper\'s paths (§5) instead of levers, with a table of their ratios by group' },
    GROUP,
    runSettingFlag('households', 'households in the county'),
    runSettingFlag('months', 'months to run'),
    formatFlag(),
    outFlag('FILE', 'write FILE.csv or FILE.json (every lever and group) instead of printing a table'),
    WORKERS_FLAG,
    QUIET,
  ],
  help: {
    details: `Raises each lever by its step, runs the raised scenario and the scenario as it is on the
same seeds, and ranks the levers by the change in households fallen through (a monthly
mean) per ${PER_YUAN.toLocaleString('en-US')} yuan of extra cost over the run — total_spending: government aid,
charity help and both sides' administration — the ratio of the mean paired differences, with
a 95% interval (delta method). Every declared lever costs what it costs: caseworkers and
social workers their wage, data sharing its links' set-up and upkeep, need prediction its
system and the staff who follow its flags up, hubs their running cost, joint assessment
staff time per case (docs/MODEL.md "What levers cost").

A change that clearly closes the gap without clearly costing more comes first ("closes the gap
and saves money", "closes the gap at no clear extra cost"): it beats any that costs more.
Then the changes that buy a smaller gap with more money, by their ratio. A change that costs
nothing more, whose change in cost has a 95% interval holding zero, or that only saves money
gets no ratio and says so ("costs nothing more", "no clear change in cost", "saves money");
its effect on the gap is still shown. Last come the changes that cost more and close nothing
(a ratio of zero or above): spending for nothing is worse than doing nothing for free.

Declared levers:
${LEVERS.map((l) => `  ${l.path} +${l.step}`).join('\n')}

With --paths, the paper's paths instead, each its ready scenario's changes (scenarios/path_<id>.json)
merged into the scenario given:
${PATHS.map((p) => `  ${p.id.padEnd(22)} ${p.section} ${p.title}`).join('\n')}

CSV columns: ${CSV_HEADER}, where change is the lever's path=step or the path's id`,
  },
  run: levers,
};

async function levers(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(`levers takes one scenario file; got ${args.positionals.length}: gapsim levers <scenario.json>`);
  const file = args.positionals[0]!;
  const { out, format } = outputChoice(args, ['.csv', '.json']);
  const seeds = SEEDS.read(args);
  const group = GROUP.read(args);
  const workers = WORKERS_FLAG.read(args);
  const quiet = QUIET.read(args);
  const overrides = runSettings(args, ['households', 'months']);

  const base = loadForCli(file, overrides);
  const byPaths = args.flags.has('paths');
  if (byPaths && args.flags.has('lever')) throw new UsageError('--paths ranks the paper\'s paths, --lever levers of your own; expected one of them');
  // Each change is made to the scenario as written; a lever is raised from its value as resolved (a default or a preset counts).
  const raw = { ...composeScenario(file, readFileBounded), ...overrides };
  const chosen = analysis(() => (args.flags.get('lever') ?? []).map(parseLever));
  const resolved = base as unknown as Record<string, unknown>;
  const changes: Change[] = byPaths
    ? PATHS.map((path) => pathChange(raw, path))
    : (chosen.length ? chosen : LEVERS).map((lever) => analysis(() => leverChange(raw, resolved, lever)));
  const scenarios = changes.map((change) => analysis(() => validateScenario(withPattern(change.raw), file)));
  const what = byPaths ? 'paths' : 'levers';

  if (!quiet) io.err(`levers: ${changes.length} ${what} + the scenario as it is, × ${seeds.length} seeds = ${(changes.length + 1) * seeds.length} runs\n`);
  const started = performance.now();
  const line = progressLine(io.err, io.progress === true);
  const pool = createPool({ workers });
  const requests = [base, ...scenarios].flatMap((scenario) => seeds.map((seed) => ({ scenario: { ...scenario, seed }, seriesMetrics: [] })));
  let outcomes;
  try {
    outcomes = await pool.runMany(requests, { onProgress: (p) => { if (!quiet) line.update(`runs ${p.done}/${requests.length}`); } });
  } finally {
    await pool.close();
    line.end();
  }
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) {
    const which = failed.map((o) => `${o.index < seeds.length ? 'the scenario' : changes[Math.floor(o.index / seeds.length) - 1]!.key} on seed ${seeds[o.index % seeds.length]}`);
    throw new BadInputError(`runs: ${failed.length} failed (${which.slice(0, 5).join('; ')}${which.length > 5 ? '; …' : ''}): ${(failed[0] as { error: { message: string } }).error.message}; expected every run to finish (a change outside what the model can run?)`);
  }
  const summaries: RunSummary[] = outcomes.map((o) => (o.ok ? o.record : { seed: 0, summary: [] }));
  const baseRuns = summaries.slice(0, seeds.length);
  const effects: Tried[] = changes.flatMap((change, c) => analysis(() => change.effects(baseRuns, summaries.slice((c + 1) * seeds.length, (c + 2) * seeds.length))).map((e) => ({ ...e, change: change.key })));

  const meta = { scenario: file, name: base.name, ranked: what, seeds, households: base.households, months: base.months, version: VERSION, perYuan: PER_YUAN };
  const text = out?.endsWith('.json') || format === 'json' ? `${JSON.stringify({ meta, effects: effects.map(plain) }, null, 1)}\n`
    : out?.endsWith('.csv') || format === 'csv' ? leversCsv(effects)
    : leversTable(effects, group, meta) + (byPaths ? byGroupTable(effects) : '');
  if (out !== undefined) {
    writeFileAtomic(out, text);
    if (!quiet) io.err(`wrote ${out} (${Buffer.byteLength(text)} bytes)\n`);
  } else {
    io.out(text);
  }
  if (!quiet) io.err(`levers: ${requests.length} runs in ${formatDuration((performance.now() - started) / 1000)}\n`);
  return EXIT_OK;
}

/** An effect and the change it is of (path=step, or a path's id). */
type Tried = CostEffect & { readonly change: string };

/** Run an analysis step, turning its refusal into the CLI's bad-input error. */
function analysis<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof AnalysisError) throw new BadInputError(error.message);
    throw error;
  }
}

function plain(e: Tried) {
  const { fellThrough: f, spending: s } = e;
  return { change: e.change, group: e.group, fellThroughChange: f.meanDifference, fellThroughLow: f.low, fellThroughHigh: f.high, spendingChange: s.meanDifference, spendingLow: s.low, spendingHigh: s.high, perYuan: e.perYuan, low: e.low, high: e.high, note: e.note ?? null };
}

export function leversCsv(effects: readonly Tried[]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return `${CSV_HEADER}\n${effects.map((e) => Object.values(plain(e)).map(cell).join(',')).join('\n')}\n`;
}

const n = (v: number, digits = 1) => v.toFixed(digits);
/** Why a change has no ratio, in the table's words. */
const NOTE_WORDS: Record<CostNote, string> = {
  closes_gap_saves_money: 'closes the gap and saves money',
  closes_gap_no_clear_cost: 'closes the gap at no clear extra cost',
  spending_unchanged: 'costs nothing more',
  spending_unclear: 'no clear change in cost',
  saves_money: 'saves money',
};
const ratioText = (e: CostEffect): string => (e.perYuan === null ? NOTE_WORDS[e.note!] : `${n(e.perYuan, 3)} [${n(e.low!, 3)}, ${n(e.high!, 3)}]`);

function leversTable(effects: readonly Tried[], group: string, meta: { name: string; ranked: string; seeds: readonly number[]; households: number; months: number }): string {
  const header = ['rank', meta.ranked === 'paths' ? 'path' : 'lever', 'fell through (households)', 'cost (yuan)', `per ${PER_YUAN.toLocaleString('en-US')} yuan [95%]`];
  const body = rankByCost(effects, group).map((e, i) => [
    String(i + 1), e.change,
    `${n(e.fellThrough.meanDifference)} [${n(e.fellThrough.low)}, ${n(e.fellThrough.high)}]`,
    `${n(e.spending.meanDifference / 1e6, 2)}M`,
    ratioText(e),
  ]);
  return [
    `${meta.ranked === 'paths' ? 'The paper\'s paths' : 'Levers'} on ${meta.name}, group "${group}": ${meta.seeds.length} seeds, ${meta.months} months, ${meta.households.toLocaleString('en-US')} households; ${meta.ranked === 'paths' ? 'each path taken' : 'each raised by its step'}, paired seed by seed.`,
    'Fell through: change in households fallen through (monthly mean). Cost: change in total_spending — government aid, charity help and both sides\' administration — over the run.',
    `Ranked: first what closes the gap without clearly costing more, then households fallen through per ${PER_YUAN.toLocaleString('en-US')} yuan of extra cost (most gap closed per yuan first), then what has no ratio (with the reason), last what costs more for no gain.`,
    '',
    ...alignColumns(header, body, 2),
    '',
  ].join('\n');
}

/** Each path's ratio for every group, in the county's order, with its rank within the group. */
function byGroupTable(effects: readonly Tried[]): string {
  const order = rankByCost(effects, 'all').map((e) => e.change);
  const rankIn = new Map(GROUPS.map((g) => [g, rankByCost(effects, g).map((e) => e.change)]));
  const body = order.map((change) => [change, ...GROUPS.map((g) => {
    const e = effects.find((x) => x.change === change && x.group === g)!;
    return `${e.perYuan === null ? `${n(e.fellThrough.meanDifference)} hh*` : n(e.perYuan, 3)} (#${rankIn.get(g)!.indexOf(change) + 1})`;
  })]);
  return [
    '', `By group: households of the group fallen through per ${PER_YUAN.toLocaleString('en-US')} yuan of the county's extra cost, and the path's rank within the group;`,
    '*: no ratio (the reason as above): the change in the group\'s households fallen through instead.', '',
    ...alignColumns(['path', ...GROUPS], body, 2), '',
  ].join('\n');
}
