/**
 * `npm run validation`: run the validation (sim/validation/validation.ts) on the batch pool
 * (sim/batch/pool.ts, one worker thread per core) and write docs/validation.md and its
 * figures in docs/validation/. Progress goes to stderr. Node only.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPool, type Pool } from '../batch/pool.ts';
import { formatDuration } from '../batch/progress.ts';
import { loadTargets } from '../calibration/targets.ts';
import { progressLine } from '../batch/progressLine.ts';
import { loadScenario } from '../scenario/load.ts';
import { VERSION } from '../version.ts';
import { computeDigest } from './digest.ts';
import type { Runner } from './experiment.ts';
import { buildFigures } from './figures.ts';
import { buildReport } from './report.ts';
import { countValidationRuns, runValidation, VALIDATION_SETTINGS, type ReadyLoader } from './validation.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(path, 'utf8');

/** The batch pool behind the validation's runner interface; a failed run fails the validation. */
function poolRunner(pool: Pool): Runner {
  return async (scenarios, onRunDone) => {
    let reported = 0;
    const outcomes = await pool.runMany(scenarios.map((scenario) => ({ scenario })), {
      onProgress: (p) => {
        for (; reported < p.done; reported++) onRunDone?.();
      },
    });
    return outcomes.map((outcome, i) => {
      if (!outcome.ok) throw new Error(`run ${i} (${scenarios[i]!.name}, seed ${scenarios[i]!.seed}) failed: ${outcome.error.message}`);
      return outcome.record;
    });
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const digest = computeDigest(root);
  const targets = loadTargets(read(`${root}calibration/targets.json`));
  const load: ReadyLoader = (name, overrides) => loadScenario(`${root}scenarios/${name}.json`, read, { overrides });
  const settings = VALIDATION_SETTINGS;
  const total = countValidationRuns(settings, { targets }, load);

  let done = 0;
  const line = progressLine((text) => process.stderr.write(text), process.stderr.isTTY === true, 10);
  const progress = (): void => {
    done++;
    line.update(`validation: ${done}/${total} runs, ${formatDuration((Date.now() - started) / 1000)} elapsed`);
  };

  const pool = createPool();
  process.stderr.write(`validation: ${total} runs on ${pool.workers} worker thread${pool.workers === 1 ? '' : 's'}\n`);
  let results;
  try {
    results = await runValidation(settings, { targets }, load, poolRunner(pool), progress);
  } finally {
    line.end();
    await pool.close();
  }

  const wallSeconds = (Date.now() - started) / 1000;
  const runner = pool.workers === 0 ? 'in this thread' : `on ${pool.workers} worker thread${pool.workers === 1 ? '' : 's'} (sim/batch/pool.ts)`;
  const figures = buildFigures(results);
  const folder = `${root}docs/validation/`;
  mkdirSync(folder, { recursive: true });
  for (const old of readdirSync(folder).filter((f) => f.endsWith('.svg'))) rmSync(`${folder}${old}`);
  for (const figure of figures) writeFileSync(`${folder}${figure.name}`, figure.svg);
  writeFileSync(`${root}docs/validation.md`, buildReport(results, { digest, wallSeconds, runner, version: VERSION }));
  process.stderr.write(`validation: wrote docs/validation.md and ${figures.length} figures in docs/validation/ in ${formatDuration(wallSeconds)}\n`);
}

await main();
