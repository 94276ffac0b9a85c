import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readyScenarios } from '../../../sim/docs/readyScenarios.ts';
import { PATHS, pathScenarioFile, readyPathScenario } from '../../../sim/experiment/paths.ts';
import { parametersDocument, updateModel, updateReadme } from '../../../sim/docs/tables.ts';
import { VERSION } from '../../../sim/version.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('generated documentation', () => {
  it('docs/parameters.md matches the parameter declarations (run `npm run docs`)', () => {
    expect(read('docs/parameters.md')).toBe(parametersDocument());
  });
  it('the README\'s metric, reason, group, pattern, event and scenario lists match their definitions (run `npm run docs`)', () => {
    const readme = read('README.md');
    expect(updateReadme(readme, readyScenarios(fileURLToPath(new URL('scenarios/', root))))).toBe(readme);
  });
  it('each of the paper\'s paths has its ready scenario, the baseline with its changes, and no other path_ file is left (run `npm run docs`)', () => {
    const files = readdirSync(new URL('scenarios/', root)).filter((f) => f.startsWith('path_')).sort();
    expect(files).toEqual(PATHS.map(pathScenarioFile).sort());
    for (const path of PATHS) expect(JSON.parse(read(`scenarios/${pathScenarioFile(path)}`))).toEqual(readyPathScenario(path));
  });
  it('docs/MODEL.md\'s generated tables match the code, and every module it names exists', () => {
    const model = read('docs/MODEL.md');
    expect(updateModel(model)).toBe(model);
    // A bare name is a file of the engine or the scenario; a path is from the repository's root.
    for (const match of model.matchAll(/`([a-zA-Z/]+\.ts)`/g)) {
      const file = match[1]!;
      const places = file.includes('/') ? [file] : [`sim/engine/${file}`, `sim/scenario/${file}`];
      expect(places.some((path) => existsSync(new URL(path, root))), file).toBe(true);
    }
  });

  it('docs/MODEL.md follows the monthly order of month.ts, naming every step function', () => {
    const month = read('sim/engine/month.ts');
    const body = month.slice(month.indexOf('export function simulateMonth'));
    const steps = [...body.matchAll(/^\s+([a-zA-Z]+)\(world/gm)].map((m) => m[1]!);
    expect(steps.length).toBeGreaterThan(10);
    const model = read('docs/MODEL.md');
    for (const step of steps) {
      const file = [...month.matchAll(new RegExp(`import \\{[^}]*\\b${step}\\b[^}]*\\} from '\\./([a-zA-Z]+\\.ts)'`, 'g'))][0]?.[1];
      expect(file, step).toBeDefined();
      expect(model, `${step} (${file})`).toContain(`\`${file}\``);
    }
  });

  it('the README starts with the install-and-run and the test commands', () => {
    const readme = read('README.md');
    const block = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(block).toContain('npm install && npm start');
    expect(block).toContain('npm test');
    expect(read('.ci/run')).toMatch(/\nnpm test\n/);
  });
  it('the version in outputs is the package version', () => {
    expect(JSON.parse(read('package.json')).version).toBe(VERSION);
  });
});
