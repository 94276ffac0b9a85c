/**
 * `npm run docs`: regenerate docs/parameters.md, the generated blocks of README.md and
 * docs/MODEL.md, and the ready scenarios of the paper's paths (scenarios/path_*.json).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PATHS, pathScenarioFile, readyPathScenario } from '../experiment/paths.ts';
import { readyScenarios } from './readyScenarios.ts';
import { parametersDocument, updateModel, updateReadme } from './tables.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
for (const old of readdirSync(`${root}scenarios/`).filter((f) => f.startsWith('path_'))) rmSync(`${root}scenarios/${old}`);
for (const path of PATHS) writeFileSync(`${root}scenarios/${pathScenarioFile(path)}`, `${JSON.stringify(readyPathScenario(path), null, 2)}\n`);
writeFileSync(`${root}docs/parameters.md`, parametersDocument());
writeFileSync(`${root}README.md`, updateReadme(readFileSync(`${root}README.md`, 'utf8'), readyScenarios(`${root}scenarios/`)));
writeFileSync(`${root}docs/MODEL.md`, updateModel(readFileSync(`${root}docs/MODEL.md`, 'utf8')));
console.log(`wrote docs/parameters.md, docs/MODEL.md, README.md and ${PATHS.length} path scenarios`);
