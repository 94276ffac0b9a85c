/**
 * `gapsim levers <scenario.json> [--seeds 1-20] [--lever path=step]…`: each declared policy
 * lever (sim/experiment/levers.ts) raised by its step, paired seed by seed with the
 * scenario as it is, ranked by the change in households fallen through per 10,000 yuan of
 * extra spending (aid, charity help and administration: total_spending), with 95% intervals; by group with --group. Node only.
 */
import { createPool } from '../../batch/pool.ts';
import { formatDuration } from '../../batch/progress.ts';
import { AnalysisError } from '../../experiment/analysisError.ts';
import type { RunSummary } from '../../experiment/compareRuns.ts';
import { LEVERS, PER_YUAN, leverEffects, parseLever, raised, rankLevers, type Lever, type LeverEffect } from '../../experiment/levers.ts';
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

const SEEDS = seedsFlag('1-20', '1-10');
const GROUP = groupFlag('rank for a group (default all)');
const QUIET = quietFlag();

export const leversCommand: Command = {
  name: 'levers',
  summary: { synopsis: 'gapsim levers <scenario.json>', purpose: 'rank policy levers by the gap closed per 10,000 yuan' },
  flags: [
    SEEDS,
    { name: 'lever', value: 'path=step', repeat: true, help: 'a lever of your own, e.g. government.dibao.lineRural=50 (repeatable; default: the declared levers)' },
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
mean) per ${PER_YUAN.toLocaleString('en-US')} yuan of extra spending over the run (total_spending): the
ratio of the mean paired differences, with a 95% interval (delta method). Spending is
total_spending: aid and help paid, and both sides' administration, so every declared lever
costs what it costs — caseworkers and social workers their wage, data sharing its links'
set-up and upkeep, need prediction its system and the staff who follow its flags up, hubs
their running cost, joint assessment staff time per case (docs/MODEL.md "What levers cost").
A lever whose spending is the same on every seed, or whose change in spending has a 95%
interval holding zero, gets no ratio ("spending unchanged", "no clear spending change");
its effect on the gap is still shown, and it is ranked last.

Declared levers:
${LEVERS.map((l) => `  ${l.path} +${l.step}`).join('\n')}

CSV columns: path,step,group,fell_through_change,fell_through_low,fell_through_high,spending_change,spending_low,spending_high,per_10000_yuan,low,high,note`,
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
  const chosen = analysis(() => (args.flags.get('lever') ?? []).map(parseLever));
  const leverList: readonly Lever[] = chosen.length ? chosen : LEVERS;
  // Each lever raised from the scenario as resolved (a default or a preset counts).
  const raw = { ...composeScenario(file, readFileBounded), ...overrides };
  const scenarios = leverList.map((lever) => analysis(() => validateScenario(withPattern(raised(raw, base as unknown as Record<string, unknown>, lever)), file)));

  if (!quiet) io.err(`levers: ${leverList.length} levers + the scenario as it is, × ${seeds.length} seeds = ${(leverList.length + 1) * seeds.length} runs\n`);
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
    const which = failed.map((o) => `${o.index < seeds.length ? 'the scenario' : leverList[Math.floor(o.index / seeds.length) - 1]!.path} on seed ${seeds[o.index % seeds.length]}`);
    throw new BadInputError(`runs: ${failed.length} failed (${which.slice(0, 5).join('; ')}${which.length > 5 ? '; …' : ''}): ${(failed[0] as { error: { message: string } }).error.message}; expected every run to finish (a lever outside what the model can run?)`);
  }
  const summaries: RunSummary[] = outcomes.map((o) => (o.ok ? o.record : { seed: 0, summary: [] }));
  const baseRuns = summaries.slice(0, seeds.length);
  const effects = leverList.flatMap((lever, l) => analysis(() => leverEffects(lever, baseRuns, summaries.slice((l + 1) * seeds.length, (l + 2) * seeds.length))));

  const meta = { scenario: file, name: base.name, seeds, households: base.households, months: base.months, version: VERSION, perYuan: PER_YUAN };
  const text = out?.endsWith('.json') || format === 'json' ? `${JSON.stringify({ meta, effects: effects.map(plain) }, null, 1)}\n`
    : out?.endsWith('.csv') || format === 'csv' ? leversCsv(effects)
    : leversTable(rankLevers(effects, group), group, meta);
  if (out !== undefined) {
    writeFileAtomic(out, text);
    if (!quiet) io.err(`wrote ${out} (${Buffer.byteLength(text)} bytes)\n`);
  } else {
    io.out(text);
  }
  if (!quiet) io.err(`levers: ${requests.length} runs in ${formatDuration((performance.now() - started) / 1000)}\n`);
  return EXIT_OK;
}

/** Run an analysis step, turning its refusal into the CLI's bad-input error. */
function analysis<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof AnalysisError) throw new BadInputError(error.message);
    throw error;
  }
}

function plain(e: LeverEffect) {
  const { fellThrough: f, spending: s } = e;
  return { path: e.path, step: e.step, group: e.group, fellThroughChange: f.meanDifference, fellThroughLow: f.low, fellThroughHigh: f.high, spendingChange: s.meanDifference, spendingLow: s.low, spendingHigh: s.high, perYuan: e.perYuan, low: e.low, high: e.high, note: e.note ?? null };
}

export function leversCsv(effects: readonly LeverEffect[]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const header = 'path,step,group,fell_through_change,fell_through_low,fell_through_high,spending_change,spending_low,spending_high,per_10000_yuan,low,high,note';
  return `${header}\n${effects.map((e) => Object.values(plain(e)).map(cell).join(',')).join('\n')}\n`;
}

function leversTable(ranked: readonly LeverEffect[], group: string, meta: { name: string; seeds: readonly number[]; households: number; months: number }): string {
  const n = (v: number, digits = 1) => v.toFixed(digits);
  const header = ['rank', 'lever', 'fell through (households)', 'spending (yuan)', `per ${PER_YUAN.toLocaleString('en-US')} yuan [95%]`];
  const body = ranked.map((e, i) => [
    String(i + 1), `${e.path} +${e.step}`,
    `${n(e.fellThrough.meanDifference)} [${n(e.fellThrough.low)}, ${n(e.fellThrough.high)}]`,
    `${n(e.spending.meanDifference / 1e6, 2)}M`,
    e.perYuan === null ? (e.note === 'spending_unchanged' ? 'spending unchanged' : 'no clear spending change') : `${n(e.perYuan, 3)} [${n(e.low!, 3)}, ${n(e.high!, 3)}]`,
  ]);
  return [
    `Levers on ${meta.name}, group "${group}": ${meta.seeds.length} seeds, ${meta.months} months, ${meta.households.toLocaleString('en-US')} households; each raised by its step, paired seed by seed.`,
    'Fell through: change in households fallen through (monthly mean). Spending: change in total_spending over the run (aid, charity help and administration).',
    `Ranked by households fallen through per ${PER_YUAN.toLocaleString('en-US')} yuan of extra spending (most gap closed per yuan first).`,
    '',
    ...alignColumns(header, body, 2),
    '',
  ].join('\n');
}
