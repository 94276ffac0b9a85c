import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { ScenarioError } from '../../../sim/scenario/errors.ts';
import { loadScenario, type LoadOptions } from '../../../sim/scenario/load.ts';
import { defaultsOf, leaves, type ParamTree } from '../../../sim/scenario/param.ts';
import { PARAMETERS, type Scenario } from '../../../sim/scenario/parameters.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';
import type { ReadText } from '../../../sim/scenario/compose.ts';

/** Run `fn`, expect a ScenarioError, and return it. */
function scenarioError(fn: () => unknown): ScenarioError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a ScenarioError, got ${String(caught)}`).toBeInstanceOf(ScenarioError);
  const error = caught as ScenarioError;
  expect(error.issues.length).toBeGreaterThan(0);
  return error;
}

/** An in-memory file reader that records what was read and throws for missing paths. */
function memory(files: Record<string, string>): ReadText & { reads: string[] } {
  const reads: string[] = [];
  const read = (path: string): string => {
    reads.push(path);
    if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file ${path}`);
    return files[path]!;
  };
  return Object.assign(read, { reads });
}

const load = (files: Record<string, string>, path: string, options?: LoadOptions): Scenario =>
  loadScenario(path, memory(files), options);

const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('validateScenario', () => {
  it('gives every default for {}', () => {
    const scenario = validateScenario({});
    expect(scenario.government.dibao.lineUrban).toBe(PARAMETERS.government.dibao.lineUrban.default);
    expect(scenario.government.dibao.eligibility).toBe(PARAMETERS.government.dibao.eligibility.default);
    expect(scenario.months).toBe(PARAMETERS.months.default);
    expect(scenario.seed).toBe(PARAMETERS.seed.default);
    expect(scenario.households).toBe(PARAMETERS.households.default);
    expect(scenario.population.ruralShare).toBe(PARAMETERS.population.ruralShare.default);
    expect(scenario.gaps.fellThroughMonths).toBe(PARAMETERS.gaps.fellThroughMonths.default);
    expect(scenario.name).toBe('untitled');
    expect(scenario.description).toBe('');
    expect(scenario).toEqual({ ...defaultsOf(PARAMETERS), name: 'untitled', description: '', events: [] });
  });

  it('every default is itself valid', () => {
    // Writing every default out explicitly gives the same scenario as leaving them out.
    const explicit = { ...defaultsOf(PARAMETERS), name: 'n', description: 'd', events: [] };
    expect(validateScenario(explicit)).toEqual(explicit);
  });

  it('keeps given values and fills the rest of a section with defaults', () => {
    const scenario = validateScenario({ months: 12, government: { dibao: { lineUrban: 900 } }, name: 'Test' });
    expect(scenario.months).toBe(12);
    expect(scenario.government.dibao.lineUrban).toBe(900);
    expect(scenario.government.dibao.lineRural).toBe(PARAMETERS.government.dibao.lineRural.default);
    expect(scenario.government.special.medicalShare).toBe(PARAMETERS.government.special.medicalShare.default);
    expect(scenario.name).toBe('Test');
  });

  it('accepts values at the ends of a range', () => {
    const scenario = validateScenario({ population: { ruralShare: 0 }, months: 1, seed: 2 ** 32 - 1 });
    expect(scenario.population.ruralShare).toBe(0);
    expect(scenario.months).toBe(1);
    expect(scenario.seed).toBe(2 ** 32 - 1);
    expect(validateScenario({ population: { ruralShare: 1 } }).population.ruralShare).toBe(1);
  });

  it('reports an unknown top-level key with a suggestion', () => {
    const error = scenarioError(() => validateScenario({ housholds: 100 }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe('housholds');
    expect(error.message).toContain('housholds');
    expect(error.message).toContain('did you mean "households"');
  });

  it('reports an unknown nested key by its full dotted path', () => {
    const error = scenarioError(() => validateScenario({ government: { dibao: { lineUrbn: 900 } } }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe('government.dibao.lineUrbn');
    expect(error.message).toContain('government.dibao.lineUrbn');
    expect(error.message).toContain('did you mean "lineUrban"');
  });

  it('reports an unknown key with no near name, listing the known keys', () => {
    const error = scenarioError(() => validateScenario({ population: { zzzzzzzzzz: 1 } }));
    expect(error.issues[0]!.path).toBe('population.zzzzzzzzzz');
    expect(error.message).not.toContain('did you mean');
    expect(error.message).toContain('ruralShare');
  });

  const badValues: Array<[string, Record<string, unknown>, string, string[]]> = [
    ['a wrong type', { months: 'ten' }, 'months', ['months', '"ten"', 'expected a whole number', 'from 1 to 1200']],
    ['out of range', { population: { ruralShare: 1.5 } }, 'population.ruralShare', ['population.ruralShare', '1.5', 'expected a number from 0 to 1']],
    ['a non-integer', { months: 12.5 }, 'months', ['months', '12.5', 'expected a whole number']],
    ['a negative seed', { seed: -1 }, 'seed', ['seed', '-1', 'expected a whole number from 0']],
    ['null', { households: null }, 'households', ['households', 'null', 'expected a whole number']],
    ['a boolean', { government: { dibao: { lineUrban: true } } }, 'government.dibao.lineUrban', ['government.dibao.lineUrban', 'true', 'expected a number']],
    ['a numeric string', { warmupMonths: '12' }, 'warmupMonths', ['warmupMonths', '"12"', 'expected a whole number']],
    ['a number for a rule', { government: { dibao: { eligibility: 1 } } }, 'government.dibao.eligibility', ['government.dibao.eligibility', 'is 1', 'expected an expression']],
    ['a non-object section', { population: 5 }, 'population', ['population', 'is 5', 'expected an object with keys']],
    ['an array section', { government: [] }, 'government', ['government', '[]', 'expected an object']],
    ['a non-string name', { name: 5 }, 'name', ['name', 'is 5', 'expected a string']],
  ];

  it.each(badValues)('reports %s, naming the path, quoting the value and saying what was expected', (_what, raw, path, parts) => {
    const error = scenarioError(() => validateScenario(raw));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe(path);
    for (const part of parts) expect(error.message).toContain(part);
  });

  it('prefixes the file name when it is given', () => {
    const error = scenarioError(() => validateScenario({ months: 0 }, 'scenarios/x.json'));
    expect(error.file).toBe('scenarios/x.json');
    expect(error.message).toMatch(/^scenarios\/x\.json: months: is 0; expected a whole number from 1 to 1200/);
  });

  it('refuses something that is not an object', () => {
    for (const raw of [null, 5, 'text', [1, 2], undefined]) {
      const error = scenarioError(() => validateScenario(raw));
      expect(error.issues[0]!.path).toBe('');
      expect(error.message).toContain('expected a JSON object');
    }
  });

  it('reports several problems at once', () => {
    const raw = {
      months: 'ten',
      seed: -1,
      housholds: 10,
      population: { ruralShare: 1.5, meanSizeUrbn: 2 },
      government: { dibao: { eligibility: 'income_pc < lin' } },
      name: 7,
    };
    const error = scenarioError(() => validateScenario(raw));
    const paths = error.issues.map((issue) => issue.path).sort();
    expect(paths).toEqual(
      ['government.dibao.eligibility', 'housholds', 'months', 'name', 'population.meanSizeUrbn', 'population.ruralShare', 'seed'].sort(),
    );
    expect(error.issues).toHaveLength(7);
    expect(error.message.split('\n')).toHaveLength(7);
  });

  it('reports a rule that names an unknown variable, with the field and the variable', () => {
    const error = scenarioError(() => validateScenario({ government: { dibao: { eligibility: 'income_pc < lin' } } }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe('government.dibao.eligibility');
    expect(error.message).toContain('government.dibao.eligibility');
    expect(error.message).toContain('"lin"');
    expect(error.message).toContain('did you mean "line"');
  });

  it('reports a rule that calls a forbidden function or does not parse', () => {
    const error = scenarioError(() =>
      validateScenario({ government: { special: { eligibility: 'import({})' }, temporary: { eligibility: 'income_pc <' } } }),
    );
    const byPath = Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath['government.special.eligibility']).toContain('"import"');
    expect(byPath['government.temporary.eligibility']).toContain('does not parse');
  });

  it('accepts a valid custom rule', () => {
    const rule = 'income_pc < 1.2 * line and (elderly or disabled)';
    expect(validateScenario({ government: { dibao: { eligibility: rule } } }).government.dibao.eligibility).toBe(rule);
  });

  it('reports a deeply nested value like any other wrong value (not a stack overflow)', () => {
    // JSON.parse reads this fine; the loader must report it, not crash quoting it.
    const deep = '['.repeat(6000) + ']'.repeat(6000);
    const error = scenarioError(() => validateScenario(JSON.parse(`{"months": ${deep}}`)));
    expect(error.issues[0]!.path).toBe('months');
  });
});

describe('loadScenario: extends', () => {
  const base = {
    name: 'Base',
    seed: 9,
    months: 60,
    government: { dibao: { lineUrban: 800, lineRural: 600 }, matchingRate: 0.5 },
  };

  it('resolves extends relative to the extending file and merges deeply', () => {
    const read = memory({
      '/s/base.json': json(base),
      '/s/a/child.json': json({ extends: '../base.json', months: 24, government: { dibao: { lineUrban: 900 } } }),
    });
    const scenario = loadScenario('/s/a/child.json', read);
    expect(read.reads).toEqual(['/s/a/child.json', '/s/base.json']);
    expect(scenario.months).toBe(24); // child wins
    expect(scenario.seed).toBe(9); // from the parent
    expect(scenario.name).toBe('Base');
    expect(scenario.government.dibao.lineUrban).toBe(900); // child's nested key
    expect(scenario.government.dibao.lineRural).toBe(600); // sibling keeps the parent's value
    expect(scenario.government.matchingRate).toBe(0.5); // parent's key in an enclosing section
    expect(scenario.government.dibao.approvalLagMonths).toBe(PARAMETERS.government.dibao.approvalLagMonths.default);
    expect(scenario).not.toHaveProperty('extends');
  });

  it('resolves a plain and a ./ reference in the same directory', () => {
    for (const ref of ['base.json', './base.json']) {
      const read = memory({ '/s/a/base.json': json({ months: 7 }), '/s/a/child.json': json({ extends: ref }) });
      expect(loadScenario('/s/a/child.json', read).months).toBe(7);
      expect(read.reads).toEqual(['/s/a/child.json', '/s/a/base.json']);
    }
  });

  it('resolves relative paths when the scenario path itself is relative', () => {
    const read = memory({ 'scenarios/base.json': json({ months: 8 }), 'scenarios/sub/child.json': json({ extends: '../base.json' }) });
    expect(loadScenario('scenarios/sub/child.json', read).months).toBe(8);
    expect(read.reads).toEqual(['scenarios/sub/child.json', 'scenarios/base.json']);
  });

  it('follows an absolute extends as it is', () => {
    const read = memory({ '/other/base.json': json({ months: 33 }), '/s/a/child.json': json({ extends: '/other/base.json', seed: 4 }) });
    const scenario = loadScenario('/s/a/child.json', read);
    expect(read.reads).toEqual(['/s/a/child.json', '/other/base.json']);
    expect(scenario.months).toBe(33);
    expect(scenario.seed).toBe(4);
  });

  it('follows a chain of three files, nearest file winning', () => {
    const scenario = load(
      {
        '/s/grand.json': json({ months: 1, seed: 1, households: 1, population: { ruralShare: 0.1, meanTies: 3 } }),
        '/s/parent.json': json({ extends: 'grand.json', seed: 2, households: 2, population: { ruralShare: 0.2 } }),
        '/s/child.json': json({ extends: 'parent.json', households: 3 }),
      },
      '/s/child.json',
    );
    expect([scenario.months, scenario.seed, scenario.households]).toEqual([1, 2, 3]);
    expect(scenario.population.ruralShare).toBe(0.2);
    expect(scenario.population.meanTies).toBe(3);
  });

  it('lets a child replace a parent value of another type', () => {
    const scenario = load(
      { '/s/base.json': json({ population: 'broken' }), '/s/child.json': json({ extends: 'base.json', population: { ruralShare: 0.3 } }) },
      '/s/child.json',
    );
    expect(scenario.population.ruralShare).toBe(0.3);
  });

  it('validates the merged result, naming the file each bad value is in', () => {
    const error = scenarioError(() =>
      load({ '/s/base.json': json({ months: 'ten' }), '/s/child.json': json({ extends: 'base.json', seed: -1 }) }, '/s/child.json'),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual(['months', 'seed']);
    expect(error.message).toContain('/s/base.json: months: is "ten"');
    expect(error.message).toContain('/s/child.json: seed: is -1');
  });

  it('refuses a cycle of two files', () => {
    const error = scenarioError(() =>
      load({ '/s/a.json': json({ extends: 'b.json' }), '/s/b.json': json({ extends: 'a.json' }) }, '/s/a.json'),
    );
    expect(error.issues[0]!.path).toBe('extends');
    expect(error.message).toContain('cycle');
    expect(error.message).toContain('/s/a.json');
    expect(error.message).toContain('/s/b.json');
  });

  it('refuses a file that extends itself', () => {
    const error = scenarioError(() => load({ '/s/a.json': json({ extends: './a.json' }) }, '/s/a.json'));
    expect(error.message).toContain('cycle');
  });

  it('refuses a chain that is too deep', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`/s/f${i}.json`] = json({ extends: `f${i + 1}.json` });
    files['/s/f40.json'] = json({});
    const error = scenarioError(() => load(files, '/s/f0.json'));
    expect(error.issues[0]!.path).toBe('extends');
    expect(error.message).toMatch(/more than \d+ files deep/);
  });

  it('reports a missing parent file, naming the extends and the path', () => {
    const error = scenarioError(() => load({ '/s/a/child.json': json({ extends: '../missing.json' }) }, '/s/a/child.json'));
    expect(error.issues[0]!.path).toBe('extends');
    expect(error.message).toContain('extends');
    expect(error.message).toContain('/s/missing.json');
    expect(error.message).toContain('/s/a/child.json');
    expect(error.message).toContain('cannot be read');
  });

  it('reports a missing scenario file', () => {
    const error = scenarioError(() => load({}, '/s/none.json'));
    expect(error.file).toBe('/s/none.json');
    expect(error.message).toContain('cannot be read');
  });

  it('refuses an extends that is not a string or is empty', () => {
    for (const ref of [5, '', '   ', null, ['a.json']]) {
      const error = scenarioError(() => load({ '/s/a.json': json({ extends: ref }) }, '/s/a.json'));
      expect(error.issues[0]!.path).toBe('extends');
      expect(error.message).toContain('expected the path of another scenario file');
    }
  });

  it('reports malformed JSON with a line number', () => {
    const text = '{\n  "months": 12\n  "seed": 1\n}';
    const error = scenarioError(() => load({ '/s/a.json': text }, '/s/a.json'));
    expect(error.issues[0]!.path).toBe('');
    expect(error.message).toContain('/s/a.json');
    expect(error.message).toContain('is not valid JSON');
    expect(error.message).toMatch(/line 3 column \d+/);
  });

  it('reports malformed JSON in a parent file, naming that file', () => {
    const error = scenarioError(() =>
      load({ '/s/base.json': '{\n  "months": 12,\n}', '/s/child.json': json({ extends: 'base.json' }) }, '/s/child.json'),
    );
    expect(error.message).toContain('/s/base.json');
    expect(error.message).toContain('is not valid JSON');
    expect(error.message).toMatch(/line 3\b/);
  });

  // On Node 20, JSON.parse reports an unexpected token with an excerpt of the text but no
  // position, so compose.ts's withLineAndColumn has nothing to convert (known bug).
  it('gives a line number for an unexpected token too', () => {
    const text = '{\n  "months": 12,\n  "seed": }\n}';
    const error = scenarioError(() => load({ '/s/a.json': text }, '/s/a.json'));
    expect(error.message).toContain('is not valid JSON');
    expect(error.message).toMatch(/line 3\b/);
  });

  it('refuses a top-level array and other non-objects', () => {
    for (const text of ['[1, 2]', '[]', 'null', '5', '"text"', 'true']) {
      const error = scenarioError(() => load({ '/s/a.json': text }, '/s/a.json'));
      expect(error.issues[0]!.path).toBe('');
      expect(error.message).toContain('expected a JSON object');
    }
  });

  it('reports a __proto__ key as unknown, with or without extends', () => {
    const without = scenarioError(() => load({ '/s/a.json': '{"__proto__": {"months": "bad"}}' }, '/s/a.json'));
    expect(without.issues.map((issue) => issue.path)).toContain('__proto__');
    // With extends, mergeDeep assigns out["__proto__"] = value, which sets the prototype
    // of the merged object instead of adding a key: the key vanishes unreported (known bug).
    let loaded = false;
    let caught: unknown;
    try {
      loaded = !!load({ '/s/base.json': '{}', '/s/a.json': '{"extends": "base.json", "__proto__": {"months": "bad"}}' }, '/s/a.json');
    } catch (error) {
      caught = error;
    }
    expect(loaded, 'the scenario loaded: the __proto__ key was silently dropped').toBe(false);
    expect(caught).toBeInstanceOf(ScenarioError);
    expect((caught as ScenarioError).issues.map((issue) => issue.path)).toContain('__proto__');
  });
});

describe('loadScenario: set and overrides', () => {
  const files = { '/s/a.json': json({ seed: 3, months: 24, government: { dibao: { lineRural: 650 } } }) };

  it('applies a set assignment', () => {
    const scenario = load(files, '/s/a.json', { set: ['government.dibao.lineUrban=900'] });
    expect(scenario.government.dibao.lineUrban).toBe(900);
    expect(scenario.government.dibao.lineRural).toBe(650); // file's sibling value kept
    expect(scenario.months).toBe(24);
  });

  it('lets set win over the file and applies assignments in order', () => {
    const scenario = load(files, '/s/a.json', { set: ['government.dibao.lineRural=700', 'months=36', 'months=48'] });
    expect(scenario.government.dibao.lineRural).toBe(700);
    expect(scenario.months).toBe(48);
  });

  it('takes a value that is not JSON as a string, e.g. a rule', () => {
    const scenario = load(files, '/s/a.json', { set: ['government.dibao.eligibility=income_pc < line', 'name="My county"', 'description=plain text'] });
    expect(scenario.government.dibao.eligibility).toBe('income_pc < line');
    expect(scenario.name).toBe('My county');
    expect(scenario.description).toBe('plain text');
  });

  it('validates a set value like a file value', () => {
    const error = scenarioError(() => load(files, '/s/a.json', { set: ['months=ten'] }));
    expect(error.issues[0]!.path).toBe('months');
    expect(error.message).toContain('"ten"');
  });

  it('refuses an unknown set path with a suggestion', () => {
    const error = scenarioError(() => load(files, '/s/a.json', { set: ['government.dibao.lineUrbn=900'] }));
    expect(error.issues[0]!.path).toBe('--set');
    expect(error.message).toContain('government.dibao.lineUrbn');
    expect(error.message).toContain('did you mean "government.dibao.lineUrban"');
  });

  it('refuses a set path that names a section rather than a parameter', () => {
    const error = scenarioError(() => load(files, '/s/a.json', { set: ['government.dibao={}'] }));
    expect(error.message).toContain('is not a scenario parameter');
  });

  it('refuses an assignment without =, or with nothing before it', () => {
    for (const assignment of ['government.dibao.lineUrban', '=900', '']) {
      const error = scenarioError(() => load(files, '/s/a.json', { set: [assignment] }));
      expect(error.issues[0]!.path).toBe('--set');
      expect(error.message).toContain('path=value');
    }
  });

  it('lets overrides win over the file and over set', () => {
    const scenario = load(files, '/s/a.json', { set: ['seed=4'], overrides: { seed: 5 } });
    expect(scenario.seed).toBe(5);
    expect(load(files, '/s/a.json', { set: ['seed=4'] }).seed).toBe(4);
    expect(load(files, '/s/a.json').seed).toBe(3);
  });

  it('validates overrides too', () => {
    const error = scenarioError(() => load(files, '/s/a.json', { overrides: { months: 0 } }));
    expect(error.issues[0]!.path).toBe('months');
  });

  it('every parameter path can be set', () => {
    for (const [path, param] of leaves(PARAMETERS as unknown as ParamTree)) {
      const value = param.kind === 'rule' ? 'income_pc < line' : param.kind === 'choices' ? JSON.stringify(param.default) : String(param.default);
      const scenario = load(files, '/s/a.json', { set: [`${path}=${value}`] });
      const got = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], scenario);
      expect(got, path).toEqual(param.kind === 'rule' ? value : param.default);
    }
  });
});

describe('loadScenario: the real baseline', () => {
  it('loads scenarios/baseline.json from disk', () => {
    const path = fileURLToPath(new URL('../../../scenarios/baseline.json', import.meta.url));
    const scenario = loadScenario(path, (p) => readFileSync(p, 'utf8'));
    expect(scenario.name).toBe('Baseline county');
    expect(scenario.description.length).toBeGreaterThan(0);
    expect(scenario.seed).toBe(1);
    expect(scenario.months).toBe(120);
    expect(scenario.households).toBe(20000);
    expect(scenario.government.dibao.lineUrban).toBe(PARAMETERS.government.dibao.lineUrban.default);
    expect(scenario.government.dibao.eligibility).toBe(PARAMETERS.government.dibao.eligibility.default);
  });
});
