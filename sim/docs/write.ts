/** `npm run docs`: regenerate docs/parameters.md and the generated blocks of README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parametersDocument, updateReadme } from './tables.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
writeFileSync(`${root}docs/parameters.md`, parametersDocument());
writeFileSync(`${root}README.md`, updateReadme(readFileSync(`${root}README.md`, 'utf8')));
console.log('wrote docs/parameters.md and README.md');
