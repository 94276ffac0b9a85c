#!/usr/bin/env node
// `npm run bench`: the engine benchmark (sim/bench/engine.ts), then the web app's (sim/bench/web.ts); through tsx.
// `npm run bench -- --engine-only` skips the browser part; `npm run bench -- --batch [--runs R]`
// measures only the batch runner (sim/bench/batch.ts); `npm run bench -- --analysis [--seeds S]`
// the comparisons and sensitivity analysis (sim/bench/analysis.ts).
import { register } from 'tsx/esm/api';

register();
if (process.argv.includes('--analysis')) {
  await import('../sim/bench/analysis.ts');
  process.exit(0);
}
if (process.argv.includes('--batch')) {
  await import('../sim/bench/batch.ts');
  process.exit(0);
}
await import('../sim/bench/engine.ts');
if (!process.argv.includes('--engine-only') && !process.argv.includes('--memory-child')) await import('../sim/bench/web.ts');
