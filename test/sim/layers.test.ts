/**
 * The layers of sim/ and web/, stated once in LAYERS and checked on every source file below
 * them: which folder may import which (values, or types only, which compile away), which
 * packages, and where Node or the browser may be used. The engine runs unchanged in Node,
 * in a Web Worker and in batch workers, so the pure folders also use no Node API, no DOM
 * and no global randomness; nothing uses eval (the page runs under a strict CSP); nothing
 * imports test/; and the runtime imports between files form no cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, blankCommentsAndTemplateText, type SourceImport } from './sourceImports.ts';

type Access = 'values' | 'types';

interface Layer {
  /** The folders it may import from besides its own, and whether values or only types. */
  readonly imports: Readonly<Record<string, Access>>;
  readonly packages?: readonly string[];
  /** Where it may run besides anywhere: Node (its modules, `process`) or the browser (the DOM). Neither: pure. */
  readonly runsIn?: 'node' | 'browser';
}

/** What every pure layer may build on: the version (sim/version.ts) and helpers that import nothing. */
const BASE = { sim: 'values', 'sim/common': 'values' } as const;
/** The scenario, the engine that runs it and the language of their rules. */
const MODEL = { ...BASE, 'sim/rules': 'values', 'sim/scenario': 'values', 'sim/engine': 'values' } as const;
/** Everything that runs anywhere: what the page and the Node-only folders may import from sim/. */
const PURE = { ...MODEL, 'sim/stats': 'values', 'sim/output': 'values', 'sim/experiment': 'values', 'sim/experiment/sensitivity': 'values', 'sim/calibration': 'values', 'sim/county': 'values' } as const;
/** The pure folders and the Node-only ones below the command line. */
const NODE_BASE = { ...PURE, 'sim/files': 'values', 'sim/batch': 'values' } as const;

/** Every folder under sim/ and web/, bottom to top; a folder missing here fails, so a new one is a decision. */
const LAYERS: Readonly<Record<string, Layer>> = {
  sim: { imports: {} },
  'sim/common': { imports: {} },
  // The language of eligibility rules: the scenario's validator and the engine compile rules with it, so it sits below
  // both. A folder of its own rather than sim/common/, so that mathjs, whose parser it walks, is confined to it.
  'sim/rules': { imports: { 'sim/common': 'values' }, packages: ['mathjs'] },
  // The scenario and the engine share no values; the fitted defaults come from calibration/fitted.json.
  'sim/scenario': { imports: { 'sim/common': 'values', 'sim/rules': 'values', 'sim/engine': 'types', calibration: 'values' } },
  'sim/engine': { imports: { 'sim/common': 'values', 'sim/rules': 'values', 'sim/scenario': 'types' }, packages: ['seedrandom'] },
  // Statistics are pure arithmetic; the Random type comes from the engine.
  'sim/stats': { imports: { ...BASE, 'sim/engine': 'types' } },
  'sim/output': { imports: MODEL },
  'sim/experiment': { imports: { ...MODEL, 'sim/stats': 'values', 'sim/output': 'values', 'sim/experiment/sensitivity': 'values' }, packages: ['seedrandom'] },
  'sim/experiment/sensitivity': { imports: { ...MODEL, 'sim/stats': 'values', 'sim/experiment': 'values' }, packages: ['seedrandom'] },
  // Calibration runs its candidates as experiment runs, so it sits above experiment.
  'sim/calibration': { imports: { ...MODEL, 'sim/stats': 'values', 'sim/output': 'values', 'sim/experiment': 'values', 'sim/experiment/sensitivity': 'values' } },
  // A county scenario from published figures, fitted with the calibration's search.
  'sim/county': { imports: { ...MODEL, 'sim/stats': 'values', 'sim/output': 'values', 'sim/experiment': 'values', 'sim/experiment/sensitivity': 'values', 'sim/calibration': 'values' } },
  'sim/files': { imports: MODEL, runsIn: 'node' },
  'sim/batch': { imports: { ...PURE, 'sim/files': 'values' }, runsIn: 'node' },
  'sim/docs': { imports: { ...PURE, 'sim/files': 'values' }, runsIn: 'node' },
  'sim/validation': { imports: NODE_BASE, runsIn: 'node', packages: ['d3'] },
  'sim/cli': { imports: { ...NODE_BASE, 'sim/cli/commands': 'values' }, runsIn: 'node' },
  'sim/cli/commands': { imports: { ...NODE_BASE, 'sim/cli': 'values' }, runsIn: 'node' },
  // The benchmarks time the command line and start the built app in a browser (browser.ts).
  'sim/bench': { imports: { ...NODE_BASE, 'sim/cli': 'values' }, runsIn: 'node', packages: ['playwright-core', 'seedrandom', 'vite'] },
  // The page and its worker take only pure folders from sim/; sim/ never imports web/.
  // main.ts lays out the sections; each section reads the store and the page's helpers in web/ (no file cycle either way).
  web: { imports: { ...PURE, 'web/sections': 'values', 'web/charts': 'values', 'web/i18n': 'values' }, runsIn: 'browser', packages: ['comlink', 'd3'] },
  'web/sections': { imports: { ...PURE, web: 'values', 'web/charts': 'values', 'web/i18n': 'values' }, runsIn: 'browser', packages: ['d3'] },
  'web/charts': { imports: {}, runsIn: 'browser', packages: ['d3'] },
  // The texts of the engine's names (metrics' units come from their definitions: metricTexts.ts) and of the paper's paths.
  'web/i18n': { imports: { ...BASE, 'sim/engine': 'values', 'sim/experiment': 'values' }, runsIn: 'browser' },
  // Static files served as they are: no code.
  'web/public': { imports: {} },
};

/**
 * Imports LAYERS forbids, each kept on purpose. One no longer made fails the test, so the
 * list only shrinks.
 */
const EXCEPTIONS: ReadonlyArray<{ file: string; imports: string; why: string }> = [];

/** What the purity checks look for in code (comments and template text blanked), and the layers that may use it. */
const FORBIDDEN: ReadonlyArray<{ pattern: RegExp; what: string; unless: Array<Layer['runsIn']> }> = [
  { pattern: /\bprocess\./, what: 'process (Node)', unless: ['node'] },
  { pattern: /\b(document|window|localStorage|navigator)\./, what: 'the DOM', unless: ['node', 'browser'] },
  { pattern: /\bMath\.random\b/, what: 'global randomness (Math.random)', unless: ['node', 'browser'] },
  { pattern: /\beval\(|\bnew Function\b/, what: 'eval', unless: ['node'] },
];

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = ['sim', 'web'].flatMap((top) => [top, ...subfolders(top)]);
const sources = folders.flatMap((folder) =>
  readdirSync(root + folder, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => `${folder}/${e.name}`));
const importsByFile = new Map(sources.map((file) => [file, importsOf(readFileSync(root + file, 'utf8'))]));

function subfolders(folder: string): string[] {
  return readdirSync(root + folder, { withFileTypes: true }).filter((e) => e.isDirectory())
    .flatMap((e) => [`${folder}/${e.name}`, ...subfolders(`${folder}/${e.name}`)]);
}

/** The repository path an import names, or undefined for a package or a Node module. */
function target(file: string, specifier: string): string | undefined {
  return specifier.startsWith('.') ? posix.join(posix.dirname(file), specifier.replace(/\?.*$/, '')) : undefined;
}

const isNodeModule = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const within = (path: string, top: string): boolean => path === top || path.startsWith(`${top}/`);
const excepted = (file: string, to: string): boolean => EXCEPTIONS.some((e) => e.file === file && e.imports === to);

/** What `file`'s import breaks, as a sentence, or undefined if its layer allows it. */
function brokenRule(file: string, { specifier, typeOnly, line }: SourceImport): string | undefined {
  const folder = posix.dirname(file);
  const layer = LAYERS[folder]!;
  const at = `${file}:${line} imports '${specifier}'${typeOnly ? ' (types)' : ''}`;
  if (isNodeModule(specifier)) return layer.runsIn === 'node' ? undefined : `${at}: only Node-only folders may use Node, and ${folder} may run elsewhere`;
  const to = target(file, specifier);
  if (to === undefined) {
    if (layer.packages?.includes(packageOf(specifier))) return undefined;
    return `${at}: ${folder} may use ${layer.packages ? `only the packages ${layer.packages.join(', ')}` : 'no package'}`;
  }
  const toFolder = posix.dirname(to);
  if (within(toFolder, 'test')) return `${at}: nothing in sim/ or web/ imports test/`;
  if (toFolder === folder) return undefined;
  if (within(folder, 'sim') && within(toFolder, 'web')) return `${at}: nothing in sim/ imports web/`;
  const access = layer.imports[toFolder];
  if (access === undefined) return `${at}: ${folder} may import only from ${[folder, ...Object.keys(layer.imports)].join(', ')}`;
  if (access === 'types' && !typeOnly && !excepted(file, to)) return `${at}: ${folder} may import only types from ${toFolder}`;
  return undefined;
}

/** One cycle through each strongly connected group of files (Tarjan), as its files in import order. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group = stack.splice(stack.indexOf(file));
      if (group.length > 1 || graph.get(file)?.includes(file)) groups.push(group);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return groups.map((group) => shortestCycle(graph, group));
}

/** The shortest path from a group's first file back to itself, within the group. */
function shortestCycle(graph: ReadonlyMap<string, readonly string[]>, group: readonly string[]): string[] {
  const start = group[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!group.includes(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      if (next === start) queue.length = 0;
      else queue.push(next);
    }
  }
  const path = [start];
  for (let file = cameFrom.get(start)!; file !== start; file = cameFrom.get(file)!) path.unshift(file);
  return [start, ...path];
}

describe('layers', () => {
  it('gives every folder under sim/ and web/ a rule', () => {
    expect(folders.filter((folder) => !(folder in LAYERS)), 'folders without a rule in LAYERS').toEqual([]);
  });

  for (const folder of folders.filter((f) => f in LAYERS)) {
    const files = sources.filter((file) => posix.dirname(file) === folder);
    if (files.length === 0) continue;
    const layer = LAYERS[folder]!;
    it(`${folder} imports only what its layer allows`, () => {
      const broken = files.flatMap((file) => importsByFile.get(file)!.map((imported) => brokenRule(file, imported))).filter((rule) => rule !== undefined);
      expect(broken).toEqual([]);
    });
    const forbidden = FORBIDDEN.filter(({ unless }) => !unless.includes(layer.runsIn));
    if (forbidden.length === 0) continue;
    it(`${folder} uses none of: ${forbidden.map(({ what }) => what).join(', ')}`, () => {
      const used = files.flatMap((file) => {
        const code = blankCommentsAndTemplateText(readFileSync(root + file, 'utf8'));
        return forbidden.filter(({ pattern }) => pattern.test(code)).map(({ what }) => `${file} uses ${what}`);
      });
      expect(used).toEqual([]);
    });
  }

  it('keeps only the exceptions still made', () => {
    const made = (e: (typeof EXCEPTIONS)[number]) => importsByFile.get(e.file)?.some(({ specifier, typeOnly }) => !typeOnly && target(e.file, specifier) === e.imports);
    expect(EXCEPTIONS.filter((e) => !made(e)).map((e) => `${e.file} no longer imports ${e.imports} (kept because ${e.why})`)).toEqual([]);
  });

  it('has no cycle of runtime imports between files', () => {
    const graph = new Map(sources.map((file) => [file, importsByFile.get(file)!
      .filter((imported) => !imported.typeOnly)
      .map(({ specifier }) => target(file, specifier))
      .filter((to): to is string => to !== undefined && importsByFile.has(to))]));
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
