/** `npm run docs`: regenerate docs/parameters.md and the generated blocks of README.md and docs/MODEL.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readyScenarios } from './readyScenarios.ts';
import { parametersDocument, updateModel, updateReadme } from './tables.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
writeFileSync(`${root}docs/parameters.md`, parametersDocument());
writeFileSync(`${root}README.md`, updateReadme(readFileSync(`${root}README.md`, 'utf8'), readyScenarios(`${root}scenarios/`)));
writeFileSync(`${root}docs/MODEL.md`, updateModel(readFileSync(`${root}docs/MODEL.md`, 'utf8')));
console.log('wrote docs/parameters.md, docs/MODEL.md and README.md');
