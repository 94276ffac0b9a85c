import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parametersDocument, updateReadme } from '../../../sim/docs/tables.ts';
import { VERSION } from '../../../sim/version.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('generated documentation', () => {
  it('docs/parameters.md matches the parameter declarations (run `npm run docs`)', () => {
    expect(read('docs/parameters.md')).toBe(parametersDocument());
  });
  it('the README\'s metric, reason and group tables match their definitions (run `npm run docs`)', () => {
    const readme = read('README.md');
    expect(updateReadme(readme)).toBe(readme);
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
