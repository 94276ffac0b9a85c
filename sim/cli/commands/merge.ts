/**
 * `gapsim merge DIR… --out DIR`: the shards of one batch (`gapsim batch --shard I/N`, one
 * folder each) put back together in the plan's order, streaming, so memory does not grow with
 * their size. The merged folder equals what one machine running the whole batch writes, byte
 * for byte (results.csv, runs.jsonl). Refused, naming them, when shards are missing, given
 * twice, unfinished, or of different experiments. Node only.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, readState, type Manifest, type State } from '../../batch/store.ts';
import { IoError } from '../../files/ioError.ts';
import { LineReader } from '../../files/lineReader.ts';
import { readFileBounded } from '../../files/readFileBounded.ts';
import { writeFailure, writeFileAtomic, writeFully } from '../../files/writeAtomic.ts';
import { parseShard } from '../../experiment/shard.ts';
import type { ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { BadInputError, EXIT_OK, UsageError } from '../errors.ts';
import { outFlag, quietFlag } from '../flags.ts';
import type { Io } from '../io.ts';

const OUT = outFlag('DIR', 'the merged folder (new or empty)');
const QUIET = quietFlag('no summary on stderr');

export const mergeCommand: Command = {
  name: 'merge',
  summary: { synopsis: 'gapsim merge <shard DIR>… --out DIR', purpose: 'put a batch\'s shards back together' },
  usage: ['gapsim merge <shard DIR>… --out DIR'],
  flags: [OUT, QUIET],
  help: {
    details: `Puts the shards of one batch back together in the plan's order: the merged results.csv and
runs.jsonl equal one machine's, byte for byte. Every shard 1/N … N/N must be given once and be
finished (gapsim batch --resume finishes one).`,
  },
  run: merge,
};

interface ShardFolder {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly state: State;
  readonly index: number;
  readonly count: number;
}

function merge(args: ParsedArgs, io: Io): number {
  const out = OUT.read(args);
  if (out === undefined) throw new UsageError('merge needs --out DIR, the folder for the merged results');
  if (args.positionals.length === 0) throw new UsageError('merge needs the shard folders: gapsim merge DIR… --out DIR');
  const shards = args.positionals.map(readShard).sort((a, b) => a.index - b.index);
  checkShards(shards);
  if (existsSync(out) && readdirSync(out).length > 0) throw new IoError(`--out ${JSON.stringify(out)} is not empty; expected a new or empty folder`);
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new IoError(`--out ${JSON.stringify(out)}: ${writeFailure(error)}`);
  }
  const totals = interleave(shards, out);
  const first = shards[0]!.manifest;
  const manifest: Manifest = {
    ...first, shard: null, planned: totals.runs, done: totals.runs, failed: totals.failed,
    started: shards.map((s) => s.manifest.started).sort()[0]!, ended: shards.map((s) => s.manifest.ended!).sort().at(-1)!,
  };
  writeFileAtomic(join(out, FILES.state), `${JSON.stringify({ digest: first.digest, shard: null, runs: totals.runs, failed: totals.failed, csvBytes: totals.csvBytes, jsonlBytes: totals.jsonlBytes })}\n`, '--out');
  writeFileAtomic(join(out, FILES.manifest), `${JSON.stringify(manifest, null, 1)}\n`, '--out');
  if (!QUIET.read(args)) io.err(`merge: ${shards.length} shards, ${totals.runs} runs (${totals.failed} failed) into ${out}\n`);
  return EXIT_OK;
}

function readShard(dir: string): ShardFolder {
  const state = readState(dir);
  if (!state || !existsSync(join(dir, FILES.manifest))) throw new BadInputError(`${dir}: holds no batch (no ${FILES.state}); expected a folder written by gapsim batch --shard I/N`);
  const manifest = JSON.parse(readFileBounded(join(dir, FILES.manifest))) as Manifest;
  if (manifest.shard === null) throw new BadInputError(`${dir}: is a whole batch, not a shard; expected folders written with --shard I/N`);
  let shard: { index: number; count: number };
  try {
    shard = parseShard(manifest.shard, `${dir}: shard`);
  } catch (error) {
    throw new BadInputError((error as Error).message);
  }
  const { index, count } = shard;
  if (state.runs !== manifest.planned) throw new BadInputError(`${dir}: shard ${manifest.shard} is unfinished (${state.runs} of ${manifest.planned} runs); finish it with gapsim batch … --shard ${manifest.shard} --resume`);
  return { dir, manifest, state, index, count };
}

function checkShards(shards: readonly ShardFolder[]): void {
  const first = shards[0]!;
  for (const s of shards) {
    if (s.manifest.digest !== first.manifest.digest) throw new BadInputError(`${s.dir}: is of another experiment than ${first.dir} (digest ${s.manifest.digest.slice(0, 12)} against ${first.manifest.digest.slice(0, 12)}); expected shards of one batch`);
    if (s.count !== first.count) throw new BadInputError(`${s.dir}: is shard ${s.manifest.shard}, of ${s.count}, but ${first.dir} is of ${first.count}; expected shards of one split`);
  }
  const twice = shards.filter((s, i) => i > 0 && s.index === shards[i - 1]!.index).map((s) => `${s.index}/${s.count}`);
  if (twice.length > 0) throw new BadInputError(`shard ${[...new Set(twice)].join(', ')} is given twice (${shards.filter((s) => twice.includes(`${s.index}/${s.count}`)).map((s) => s.dir).join(', ')}); expected each shard once`);
  const have = new Set(shards.map((s) => s.index));
  const missing = Array.from({ length: first.count }, (_, i) => i + 1).filter((i) => !have.has(i));
  if (missing.length > 0) throw new BadInputError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${first.count}`).join(', ')} missing; expected all ${first.count} shards`);
}

/** Write the runs in plan order: plan run i is the (i div N)-th run of shard (i mod N) + 1. */
function interleave(shards: readonly ShardFolder[], out: string): { runs: number; failed: number; csvBytes: number; jsonlBytes: number } {
  const jsonl = shards.map((s) => new LineReader(join(s.dir, FILES.jsonl)));
  const csv = shards.map((s) => new LineReader(join(s.dir, FILES.csv)));
  const headers = csv.map((r) => r.next());
  const csvOut = openSync(join(out, FILES.csv), 'w');
  const jsonlOut = openSync(join(out, FILES.jsonl), 'w');
  let csvBytes = 0;
  let jsonlBytes = 0;
  const write = (fd: number, text: string): number => {
    try {
      return writeFully(fd, text);
    } catch (error) {
      throw new IoError(`--out ${JSON.stringify(out)}: ${writeFailure(error)}`);
    }
  };
  let runs = 0;
  let failed = 0;
  try {
    csvBytes += write(csvOut, `${headers[0]}\n`);
    const total = shards.reduce((n, s) => n + s.state.runs, 0);
    for (let i = 0; i < total; i++) {
      const k = i % shards.length;
      const line = jsonl[k]!.next();
      if (line === undefined) throw new BadInputError(`${shards[k]!.dir}: ${FILES.jsonl} ends early; expected ${shards[k]!.state.runs} runs`);
      const run = JSON.parse(line) as { run_id: string; status: string };
      jsonlBytes += write(jsonlOut, `${line}\n`);
      runs++;
      if (run.status !== 'ok') {
        failed++;
        continue;
      }
      let rows = '';
      for (let row = csv[k]!.peek(); row !== undefined && row.startsWith(`${run.run_id},`); row = csv[k]!.peek()) rows += `${csv[k]!.next()}\n`;
      csvBytes += write(csvOut, rows);
    }
  } finally {
    for (const r of [...jsonl, ...csv]) r.close();
    closeSync(csvOut);
    closeSync(jsonlOut);
  }
  return { runs, failed, csvBytes, jsonlBytes };
}
