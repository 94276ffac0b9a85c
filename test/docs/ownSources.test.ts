/**
 * The repository carries its own sources: no tracked file points outside it, and every
 * "sources.md §N" cited anywhere has a section N in docs/sources.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '' && f !== 'package-lock.json' && f !== 'test/docs/ownSources.test.ts');
const texts = files.flatMap((f) => {
  try {
    return [{ file: f, text: readFileSync(new URL(f, root), 'utf8') }];
  } catch {
    return []; // deleted in the working tree
  }
});

describe('own sources', () => {
  it('no tracked file cites material outside the repository', () => {
    const bad = texts.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) =>
        /\.\.\/shared|calibration\.md|(?<!docs\/)MODEL\.md §/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
    expect(bad).toEqual([]);
  });

  it('every cited sources.md section exists', () => {
    const sources = readFileSync(new URL('docs/sources.md', root), 'utf8');
    const sections = new Set([...sources.matchAll(/^## (\d+)\b/gm)].map((m) => m[1]));
    const cited = new Set(texts.flatMap(({ text }) => [...text.matchAll(/sources\.md §(\d+)/g)].map((m) => m[1]!)));
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].filter((n) => !sections.has(n))).toEqual([]);
  });
});
