/**
 * Property: whatever a scenario file holds, loadScenario either returns a complete,
 * valid scenario or throws a ScenarioError whose issues each have a path and a message.
 * Any other exception (TypeError, RangeError, …) is a bug.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileRule } from '../../../sim/rules/compiler.ts';
import type { ReadText } from '../../../sim/scenario/compose.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';
import { loadScenario, type LoadOptions } from '../../../sim/scenario/load.ts';
import { leaves, type Param, type ParamTree } from '../../../sim/scenario/param.ts';
import { PARAMETERS, type Scenario } from '../../../sim/scenario/parameters.ts';
import { placeholderVariables } from '../../../sim/scenario/ruleVariables.ts';

const LEAVES = leaves(PARAMETERS as unknown as ParamTree);
const PATHS = LEAVES.map(([path]) => path);
const SECTIONS = [...new Set(PATHS.flatMap((path) => {
  const keys = path.split('.');
  return keys.slice(1).map((_, i) => keys.slice(0, i + 1).join('.'));
}))];
const MAIN = '/s/main.json';

// ---------------------------------------------------------------------------------------
// Checking one load

function reader(files: Readonly<Record<string, string>>): ReadText {
  return (path) => {
    if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: ${path}`);
    return files[path]!;
  };
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Why a loaded scenario's value for `param` is not valid, or undefined if it is. */
function invalidity(param: Param, value: unknown): string | undefined {
  if (param.kind === 'choice') return typeof value === 'string' && param.options!.includes(value) ? undefined : 'not one of the options';
  if (param.kind === 'choices') {
    if (!Array.isArray(value)) return 'not a list';
    return value.every((item, i) => typeof item === 'string' && param.options!.includes(item) && value.indexOf(item) === i) ? undefined : 'not a list of distinct options';
  }
  if (param.kind === 'rule') {
    if (typeof value !== 'string') return 'not a string';
    try {
      compileRule(value, placeholderVariables());
    } catch (error) {
      return `does not compile: ${String(error)}`;
    }
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not a finite number';
  if (param.kind === 'integer' && !Number.isInteger(value)) return 'not an integer';
  if (param.min !== undefined && value < param.min) return `below ${param.min}`;
  if (param.max !== undefined && value > param.max) return `above ${param.max}`;
  return undefined;
}

/**
 * Load and check the outcome. Returns the scenario, or undefined after a well-formed
 * ScenarioError; throws (failing the property) on anything else.
 */
function loadChecked(files: Readonly<Record<string, string>>, options?: LoadOptions): Scenario | undefined {
  let scenario: Scenario;
  try {
    scenario = loadScenario(MAIN, reader(files), options);
  } catch (error) {
    if (!(error instanceof ScenarioError)) {
      throw new Error(`loadScenario threw ${error instanceof Error ? error.constructor.name : typeof error} instead of a ScenarioError: ${String(error)}`, { cause: error });
    }
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
    expect(error.message.length).toBeGreaterThan(0);
    return undefined;
  }
  expect(typeof scenario).toBe('object');
  expect(typeof scenario.months).toBe('number');
  expect(typeof scenario.seed).toBe('number');
  expect(typeof scenario.households).toBe('number');
  expect(typeof scenario.name).toBe('string');
  expect(typeof scenario.description).toBe('string');
  for (const [path, param] of LEAVES) {
    const problem = invalidity(param, valueAt(scenario, path));
    expect(problem, `${path} = ${JSON.stringify(valueAt(scenario, path))}`).toBeUndefined();
  }
  return scenario;
}

// ---------------------------------------------------------------------------------------
// Generators

/** Set a value at a key path, creating objects on the way (own keys, even "__proto__"). */
function setPath(root: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    let child = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof child !== 'object' || child === null || Array.isArray(child)) {
      child = {};
      Object.defineProperty(node, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    node = child as Record<string, unknown>;
  });
}

function deletePath(root: Record<string, unknown>, keys: readonly string[]): void {
  const parent = valueAt(root, keys.slice(0, -1).join('.'));
  const target = keys.length === 1 ? root : parent;
  if (typeof target === 'object' && target !== null) delete (target as Record<string, unknown>)[keys.at(-1)!];
}

const RULES = [
  'income_pc < line',
  'income_pc < 1.5 * line and registered',
  'elderly or disabled',
  'min(income_pc, assets_pc) < max(line, 1)',
  'size > 3 ? income_pc < line : income_pc < 0.8 * line',
  'not migrant xor rural',
  'abs(floor(ties) - ceil(stigma)) >= round(severity_medical)',
];

/** A random rule-ish string: real variables, operators, functions and junk. */
const ruleish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('income_pc', 'line', 'assets_pc', 'registered', 'elderly', 'lin', 'income_p', 'x', 'true', 'null', 'pi'),
      fc.constantFrom('<', '<=', '==', '!=', '+', '-', '*', '/', '^', 'mod', '%', 'and', 'or', 'xor', 'not', '?', ':', '!', '&', '|', '='),
      fc.constantFrom('min(', 'max(', 'abs(', 'floor(', 'import(', 'evaluate(', 'range(', '(', ')', ',', '[', ']', '{', '}', '.', ';', '"', "'"),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 20 },
  )
  .map((tokens) => tokens.join(' '));

/** A value that is valid for a parameter. */
function validValue(param: Param): fc.Arbitrary<unknown> {
  if (param.kind === 'rule') return fc.constantFrom(param.default, ...RULES);
  if (param.kind === 'choice') return fc.constantFrom(...param.options!);
  if (param.kind === 'choices') return fc.subarray([...param.options!]);
  const min = param.min ?? -1e9;
  const max = param.max ?? 1e9;
  if (param.kind === 'integer') return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) });
  return fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(min, max));
}

/** Any value of any type, near-valid values included. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(), // NaN and ±Infinity become null in JSON
  fc.integer(),
  fc.constantFrom(-1, 0, 1, 0.5, 1.5, 12.5, 2 ** 32, -0, 1e308, 5e-324, '', ' ', '12', 'ten', true, false, null, [], {}),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.array(fc.integer(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 4 }),
  ruleish,
  fc.constantFrom(...RULES),
);

/** A misspelling of a key: one character dropped, doubled or changed. */
const typo = (key: string): fc.Arbitrary<string> =>
  fc.tuple(fc.nat({ max: Math.max(0, key.length - 1) }), fc.constantFrom('drop', 'double', 'change'), fc.constantFrom('x', '_', 'A', 'é', ' ')).map(
    ([i, how, c]) => (how === 'drop' ? key.slice(0, i) + key.slice(i + 1) : how === 'double' ? key.slice(0, i + 1) + key.slice(i) : key.slice(0, i) + c + key.slice(i + 1)),
  ).filter((bad) => bad !== key); // changing a letter to itself (the 'A' of disasterAppeal) is no typo

/** A key path: real parameter paths, sections, misspellings, strange and random keys. */
const keyPath: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PATHS).map((path) => path.split('.')) },
  { weight: 1, arbitrary: fc.constantFrom(...SECTIONS).map((path) => path.split('.')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...PATHS).chain((path) => {
      const keys = path.split('.');
      return fc.nat({ max: keys.length - 1 }).chain((i) => typo(keys[i]!).map((bad) => keys.map((k, j) => (j === i ? bad : k))));
    }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom('', ...SECTIONS), fc.string({ maxLength: 12 })).map(([section, key]) => [...(section ? section.split('.') : []), key]),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<string[]>(['name'], ['description'], ['__proto__'], ['constructor'], ['toString'], ['government', '__proto__'], ['population', 'hasOwnProperty']),
  },
);

/** [key path, value] with values mostly valid for a real parameter. */
const entry: fc.Arbitrary<[string[], unknown]> = keyPath.chain((keys) => {
  const leaf = LEAVES.find(([path]) => path === keys.join('.'));
  const value = leaf ? fc.oneof({ weight: 3, arbitrary: validValue(leaf[1]) }, { weight: 2, arbitrary: anyValue }) : anyValue;
  return fc.tuple(fc.constant(keys), value);
});

/** Wrap a value in up to 60 levels of arrays and objects. */
const nested: fc.Arbitrary<unknown> = fc
  .tuple(anyValue, fc.array(fc.constantFrom('array', 'object', 'key'), { minLength: 1, maxLength: 60 }))
  .map(([value, layers]) => layers.reduce<unknown>((inner, layer) => (layer === 'array' ? [inner] : layer === 'object' ? { a: inner } : { months: inner }), value));

/** A scenario-like object from entries, with some deep nesting. */
const scenarioLike: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.array(entry, { maxLength: 12 }), fc.array(fc.tuple(keyPath, nested), { maxLength: 2 }))
  .map(([entries, deep]) => {
    const out: Record<string, unknown> = {};
    for (const [keys, value] of [...entries, ...deep]) setPath(out, keys, value);
    return out;
  });

/** A complete, valid scenario: every parameter with a valid value. */
const validScenario: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.tuple(...LEAVES.map(([, param]) => validValue(param))), fc.option(fc.string({ maxLength: 20 }), { nil: undefined }))
  .map(([values, name]) => {
    const out: Record<string, unknown> = {};
    LEAVES.forEach(([path], i) => setPath(out, path.split('.'), values[i]));
    if (name !== undefined) out.name = name;
    return out;
  });

/** One change to a valid scenario. */
type Mutation =
  | { op: 'set'; keys: string[]; value: unknown }
  | { op: 'delete'; keys: string[] }
  | { op: 'rename'; keys: string[]; to: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(keyPath, anyValue).map(([keys, value]): Mutation => ({ op: 'set', keys, value })),
  keyPath.map((keys): Mutation => ({ op: 'delete', keys })),
  fc.constantFrom(...PATHS).chain((path) => {
    const keys = path.split('.');
    return typo(keys.at(-1)!).map((to): Mutation => ({ op: 'rename', keys, to }));
  }),
);

function mutate(scenario: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  const out = structuredClone(scenario);
  if (m.op === 'set') setPath(out, m.keys, m.value);
  else if (m.op === 'delete') deletePath(out, m.keys);
  else {
    const value = valueAt(out, m.keys.join('.'));
    deletePath(out, m.keys);
    setPath(out, [...m.keys.slice(0, -1), m.to], value);
  }
  return out;
}

/** An edit to a text, to make near-JSON. */
type Edit = { op: 'delete' | 'insert' | 'truncate' | 'replace'; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('delete', 'insert', 'truncate', 'replace'),
  at: fc.nat(),
  text: fc.oneof(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', 'null', '1e999', '-', '//', '\u0000', '\uFEFF'), fc.string({ maxLength: 3 })),
});

function applyEdit(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  switch (e.op) {
    case 'delete': return text.slice(0, at) + text.slice(at + 1);
    case 'insert': return text.slice(0, at) + e.text + text.slice(at);
    case 'truncate': return text.slice(0, at);
    case 'replace': return text.slice(0, at) + e.text + text.slice(at + e.text.length);
  }
}

/** The text of one file, kept as a small description for readable counterexamples. */
type FileSpec =
  | { as: 'json'; value: unknown }
  | { as: 'edited'; value: unknown; edits: Edit[] }
  | { as: 'text'; text: string };

const fileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 5, arbitrary: scenarioLike },
  { weight: 3, arbitrary: fc.tuple(validScenario, mutation).map(([s, m]) => mutate(s, m)) },
  { weight: 1, arbitrary: validScenario },
);

const fileSpec: fc.Arbitrary<FileSpec> = fc.oneof(
  { weight: 6, arbitrary: fileValue.map((value): FileSpec => ({ as: 'json', value })) },
  { weight: 2, arbitrary: fc.tuple(fileValue, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([value, edits]): FileSpec => ({ as: 'edited', value, edits })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom('', ' ', '{}', '{', '[]', 'null', '{"months": 1e999}', '\uFEFF{}', '{"a":1}//c', '{"months": 12,}', '{\n"months": 12\n"seed": 1}', '{"__proto__": {"months": 1}}'),
      )
      .map((text): FileSpec => ({ as: 'text', text })),
  },
);

function textOf(spec: FileSpec): string {
  if (spec.as === 'text') return spec.text;
  const json = JSON.stringify(spec.value) ?? 'undefined';
  return spec.as === 'json' ? json : spec.edits.reduce(applyEdit, json);
}

// ---------------------------------------------------------------------------------------
// Properties

const RUNS = { numRuns: 300 };

describe('loadScenario on arbitrary input', () => {
  it('a complete valid scenario loads, with the values it holds', () => {
    fc.assert(
      fc.property(validScenario, (raw) => {
        const scenario = loadChecked({ [MAIN]: JSON.stringify(raw) });
        expect(scenario).toBeDefined();
        for (const path of PATHS) expect(valueAt(scenario, path), path).toEqual(valueAt(raw, path));
      }),
      { numRuns: 100 },
    );
  });

  it('any single file loads to a valid scenario or fails with a well-formed ScenarioError', () => {
    fc.assert(
      fc.property(fileSpec, (spec) => {
        loadChecked({ [MAIN]: textOf(spec) });
      }),
      RUNS,
    );
  });

  it('a valid scenario with one field changed still loads or fails with a well-formed ScenarioError', () => {
    fc.assert(
      fc.property(validScenario, mutation, (raw, m) => {
        const changed = mutate(raw, m);
        const scenario = loadChecked({ [MAIN]: JSON.stringify(changed) });
        // A new unknown key or an invalid value must not load.
        if (m.op === 'rename' && scenario) expect.unreachable(`renamed ${m.keys.join('.')} to ${m.to} but it loaded`);
      }),
      RUNS,
    );
  });

  it('files chained by extends, with set and overrides, load or fail with a well-formed ScenarioError', () => {
    const ref = fc.oneof(
      fc.constantFrom('f1.json', './f2.json', '../s/f3.json', '/s/f1.json', 'sub/f4.json', 'main.json', '../main.json', 'missing.json', '/', '.', '..'),
      fc.string({ maxLength: 10 }),
      fc.constantFrom(5, null, true, [], {}),
    );
    const fileWithExtends = fc.tuple(fileSpec, fc.option(ref, { nil: undefined })).map(([spec, parent]): FileSpec => {
      if (parent === undefined || spec.as !== 'json' || typeof spec.value !== 'object' || spec.value === null || Array.isArray(spec.value)) return spec;
      return { as: 'json', value: { ...(spec.value as object), extends: parent } };
    });
    const assignment = fc.oneof(
      fc.tuple(fc.constantFrom(...PATHS, 'name', 'description'), fc.oneof(anyValue.map((v) => JSON.stringify(v) ?? ''), fc.string({ maxLength: 10 }))).map(([p, v]) => `${p}=${v}`),
      fc.tuple(keyPath, fc.string({ maxLength: 5 })).map(([keys, v]) => `${keys.join('.')}=${v}`),
      fc.string({ maxLength: 20 }),
    );
    const options = fc.record(
      {
        set: fc.array(assignment, { maxLength: 3 }),
        overrides: fc.record({ seed: fc.oneof(fc.integer(), fc.double()), months: fc.integer({ min: -5, max: 2000 }), households: fc.integer() }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fileWithExtends, { minLength: 5, maxLength: 5 }), options, (specs, opts) => {
        const names = [MAIN, '/s/f1.json', '/s/f2.json', '/s/f3.json', '/s/sub/f4.json'];
        const files = Object.fromEntries(specs.map((spec, i) => [names[i]!, textOf(spec)]));
        loadChecked(files, opts);
      }),
      RUNS,
    );
  });
});

describe('loadScenario on deeply nested input', () => {
  /** JSON text nested `depth` levels deep, built as text so that only JSON.parse builds it. */
  const deepText = (depth: number, shape: 'array' | 'object'): string =>
    shape === 'array' ? '['.repeat(depth) + '1' + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

  it('a value nested up to 12,000 levels deep is reported, not a stack overflow', () => {
    const where = fc.constantFrom('whole file', 'months', 'government.dibao.lineUrban', 'government.dibao.eligibility', 'population', 'unknownKey', 'name');
    fc.assert(
      fc.property(fc.noBias(fc.integer({ min: 1, max: 12_000 })), fc.constantFrom('array', 'object'), where, (depth, shape, at) => {
        const deep = deepText(depth, shape as 'array' | 'object');
        const text = at === 'whole file' ? deep : at.split('.').reduceRight((inner, key) => `{${JSON.stringify(key)}:${inner}}`, deep);
        loadChecked({ [MAIN]: text });
      }),
      { numRuns: 100 },
    );
  });

  // Unary minuses ('-'.repeat(1995) + 'line') are left out here: whether they overflow
  // the compiler's recursion depends on V8's optimisation state, so they are checked in a
  // fresh process in test/sim/rules/compiler.test.ts.
  it('a deeply nested rule under the length limit is reported, not a stack overflow', () => {
    const shapes = {
      not: (n: number) => 'not '.repeat(n) + 'line',
      parens: (n: number) => '('.repeat(n) + 'line' + ')'.repeat(n),
      abs: (n: number) => 'abs('.repeat(n) + 'line' + ')'.repeat(n),
      sum: (n: number) => Array.from({ length: n }, () => 'line').join('+'),
      and: (n: number) => Array.from({ length: n }, () => 'registered').join(' and '),
    };
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(shapes) as Array<keyof typeof shapes>)), fc.noBias(fc.integer({ min: 1, max: 2000 })), (shape, n) => {
        const rule = shapes[shape](n).slice(0, 2000);
        loadChecked({ [MAIN]: JSON.stringify({ government: { dibao: { eligibility: rule } } }) });
      }),
      { numRuns: 150 },
    );
  });
});
