import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/engine/simulation.ts';
import { loadScenario } from '../../sim/scenario/load.ts';

const folder = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('ready scenarios', () => {
  it('exist, starting with the baseline', () => {
    expect(files).toContain('baseline.json');
  });
  for (const file of files) {
    it(`${file} loads, says what it answers, and runs`, () => {
      const scenario = loadScenario(`${folder}${file}`, (p) => readFileSync(p, 'utf8'), { overrides: { households: 500 } });
      expect(scenario.description).toMatch(/\?/); // says what question it answers
      const result = runScenario({ ...scenario, warmupMonths: Math.min(scenario.warmupMonths, 12) });
      expect(result.months).toBe(scenario.months);
    });
  }
});
