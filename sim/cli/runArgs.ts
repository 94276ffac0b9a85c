/**
 * The arguments of the commands that run a scenario over many seeds (compare, levers): the
 * seeds, the county's size and length, and the scenario file, each refused with its flag,
 * its value and what was expected. Node only.
 */
import { ScenarioError } from '../scenario/errors.ts';
import { loadScenario } from '../scenario/load.ts';
import { PARAMETERS, type Scenario } from '../scenario/parameters.ts';
import { readFileBounded } from '../files/readFileBounded.ts';
import { BadInputError } from './errors.ts';

/** "1-100" or "20" (seeds 1 to 20): at least two whole-number seeds. */
export function parseSeeds(text: string): number[] {
  const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  const count = /^\s*(\d+)\s*$/.exec(text);
  const [from, to] = range ? [Number(range[1]), Number(range[2])] : count ? [1, Number(count[1])] : [NaN, NaN];
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from > to || to > PARAMETERS.seed.max!) {
    throw new BadInputError(`--seeds: ${JSON.stringify(text)} is not a range of seeds; expected FROM-TO (e.g. 1-100, FROM ≤ TO ≤ ${PARAMETERS.seed.max}) or a count N`);
  }
  if (to - from + 1 < 2) throw new BadInputError(`--seeds: ${JSON.stringify(text)} is one seed; expected at least 2 for an interval (e.g. 1-20)`);
  if (to - from + 1 > 100_000) throw new BadInputError(`--seeds: ${JSON.stringify(text)} is ${to - from + 1} seeds; expected at most 100,000`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function wholeNumber(key: 'months' | 'households', text: string): number {
  const param = PARAMETERS[key];
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < param.min! || value > param.max!) {
    throw new BadInputError(`--${key}: ${JSON.stringify(text)} is not valid; expected a whole number from ${param.min} to ${param.max}`);
  }
  return value;
}

export function loadForCli(file: string, overrides: Record<string, number>): Scenario {
  try {
    return loadScenario(file, readFileBounded, { overrides });
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    throw new BadInputError(`${file}: cannot be read (${(error as Error).message}); expected a scenario file such as scenarios/baseline.json`);
  }
}

