/**
 * The engine runs unchanged in Node, in a Web Worker and in batch workers: sim/engine,
 * sim/scenario, sim/output, sim/experiment, sim/calibration and sim/stats must use no Node API, no
 * DOM and no global randomness.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pure = ['engine', 'scenario', 'output', 'experiment', 'calibration', 'stats'];
const forbidden: Array<[RegExp, string]> = [
  [/from ['"](node:|fs|path|os|child_process|worker_threads)/, 'a Node import'],
  [/\bprocess\./, 'process'],
  [/\b(document|window|localStorage)\./, 'the DOM'],
  [/Math\.random/, 'global randomness'],
  [/\beval\(|new Function/, 'eval'],
  [/from ['"]\.\.\/(cli|bench|docs|batch)\//, 'an import from a Node-only folder'],
];

describe('layers', () => {
  for (const folder of pure) {
    const dir = fileURLToPath(new URL(`../../sim/${folder}/`, import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      it(`sim/${folder}/${file} is pure`, () => {
        const code = readFileSync(dir + file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const [pattern, what] of forbidden) expect(pattern.test(code), `${file} uses ${what}`).toBe(false);
      });
    }
  }
});
