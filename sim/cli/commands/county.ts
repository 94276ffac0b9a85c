/**
 * `gapsim county <profile.json> --out scenario.json`: a county scenario from the figures a
 * county publishes (sim/county/profile.ts), fitted to its dibao caseload (sim/county/fit.ts).
 * Prints the fit report (sim/county/report.ts, shared with the page) — each target, the
 * model's value, the difference — and the assumptions; progress on stderr. Node only.
 */
import { createPool } from '../../batch/pool.ts';
import { formatDuration } from '../../batch/progress.ts';
import { progressLine } from '../../batch/progressLine.ts';
import { formatIssue } from '../../scenario/errors.ts';
import { DEFAULT_FIT, WITHIN, fitCounty, readEvaluations, signedPercent, type CountyFit, type RunMany } from '../../county/fit.ts';
import { PROFILE_FIELDS, loadProfile } from '../../county/profile.ts';
import { countyReport } from '../../county/report.ts';
import { writeFileAtomic } from '../../files/writeAtomic.ts';
import type { ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { BadInputError, EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../errors.ts';
import { outFlag, quietFlag, WORKERS_FLAG, type Flag } from '../flags.ts';
import { readInput } from '../inputFiles.ts';
import { checkOutputPath } from '../outputPath.ts';
import type { Io } from '../io.ts';

const OUT = outFlag('FILE', 'the scenario file to write (.json; required)');
const QUIET = quietFlag();
const EVALUATIONS: Flag<number> = {
  name: 'evaluations', value: 'N', help: `Nelder–Mead evaluations of the search (default ${DEFAULT_FIT.maxEvaluations}; more is slower and may come closer)`,
  read(args) {
    const text = args.flags.get('evaluations')?.[0];
    if (text === undefined) return DEFAULT_FIT.maxEvaluations;
    const read = readEvaluations(text);
    if ('problem' in read) throw new BadInputError(`--evaluations: ${read.problem}`);
    return read.value;
  },
};

export const countyCommand: Command = {
  name: 'county',
  summary: { synopsis: 'gapsim county <profile.json> --out FILE', purpose: 'a county scenario from its published figures, fitted to its dibao caseload' },
  usage: ['gapsim county <profile.json> --out scenario.json [options]'],
  flags: [OUT, EVALUATIONS, WORKERS_FLAG, QUIET],
  help: {
    about: `Builds a scenario of your county from the figures its statistical bulletin (统计公报) and
civil-affairs reports publish, then fits the income spreads (urban, rural) and awareness
so that the simulated dibao caseload (persons, urban and rural) is the county's. Prints
each target, the model's value and the difference, and what the model assumes.
Examples: counties/*.json. About a minute on two cores.`,
    details: `Profile fields (JSON object; numbers, shares from 0 to 1):
${PROFILE_FIELDS.map((f) => `  ${f.key.padEnd(16)}${f.description} — ${f.unit}${f.required ? '' : `; optional: without it, ${f.whenAbsent}`}`).join('\n')}

Exit codes: 0 the scenario is written and every target is within ${WITHIN * 100}%;
1 a bad profile (nothing written: every problem is named with its field, value and
what was expected), or a county the fit cannot match within ${WITHIN * 100}%: the
scenario is still written (with the closest values found, said in its description),
the report says how close it came and why, and the exit code is 1.
An urban dibao line below the rural one is allowed and reported as a warning.`,
  },
  run: county,
};

async function county(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(`county takes one profile file; got ${args.positionals.length}: gapsim county <profile.json> --out scenario.json`);
  const file = args.positionals[0]!;
  const out = OUT.read(args);
  if (out === undefined) throw new UsageError('county needs --out FILE.json, the scenario file to write');
  checkOutputPath(out, ['.json']);
  const workers = WORKERS_FLAG.read(args);
  const quiet = QUIET.read(args);
  const maxEvaluations = EVALUATIONS.read(args);

  const { profile, warnings } = loadProfile(readInput(file, 'a county profile such as counties/yaoan.json'), file);
  for (const warning of warnings) io.err(`gapsim: warning: ${formatIssue(warning, file)}\n`);

  const started = performance.now();
  const line = progressLine(io.err, io.progress === true);
  const pool = createPool({ workers });
  const run: RunMany = async (requests) => {
    const outcomes = await pool.runMany(requests);
    const failed = outcomes.find((o) => !o.ok);
    if (failed && !failed.ok) throw new BadInputError(`${file}: a run of the county scenario failed (${failed.error.message}); expected every run to finish`);
    return outcomes.map((o) => (o.ok ? o.record : { months: 0, summary: [], series: [] }));
  };
  let fit: CountyFit;
  try {
    fit = await fitCounty(profile, warnings, run, { ...DEFAULT_FIT, maxEvaluations }, (stage, done, total) => {
      if (!quiet) line.update(`county: ${stage}: runs ${done}/${total}, ${formatDuration((performance.now() - started) / 1000)}`);
    });
  } finally {
    await pool.close();
    line.end();
  }
  const text = `${JSON.stringify(fit.scenario, null, 2)}\n`;
  writeFileAtomic(out, text);
  if (!quiet) io.err(`wrote ${out} (${Buffer.byteLength(text)} bytes); ${fit.runs} runs in ${formatDuration((performance.now() - started) / 1000)}\n`);
  io.out(countyReport(fit, out));
  if (!fit.ok) {
    io.err(`gapsim: ${file}: the fit did not reproduce the dibao caseload within ${WITHIN * 100}% (${fit.targets.map((t) => `${t.group} ${signedPercent(t.difference)}`).join(', ')}); ${out} holds the closest values found\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}
