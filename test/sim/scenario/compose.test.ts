/** Putting a scenario together: which file each field of a composed scenario comes from. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySet, composeScenario, parseJson, sourceOf, type Sources } from '../../../sim/scenario/compose.ts';
import { ScenarioError } from '../../../sim/scenario/errors.ts';

const files: Record<string, string> = {
  '/s/parent.json': JSON.stringify({ government: { dibao: { lineUrban: 900 } }, events: [{ month: 1, type: 'grant_cut', share: 0.2 }] }),
  '/s/child.json': JSON.stringify({ extends: 'parent.json', households: 300, 'a.b[c': { 'd[e': 1 } }),
};
const read = (path: string): string => files[path]!;

describe('sourceOf', () => {
  const sources: Sources = new Map();
  composeScenario('/s/child.json', read, [], sources);

  it('names the file that set a field, or the nearest field around it', () => {
    expect(sourceOf('households', sources)).toBe('/s/child.json');
    expect(sourceOf('government.dibao.lineUrban', sources)).toBe('/s/parent.json');
    expect(sourceOf('events[0].share', sources)).toBe('/s/parent.json');
    expect(sourceOf('nowhere.at.all', sources)).toBeUndefined();
  });

  it('ends on keys that hold brackets and dots', () => {
    expect(sourceOf('a.b[c.d[e.f', sources)).toBe('/s/child.json');
    expect(sourceOf('events[0].set.x[y', sources)).toBe('/s/parent.json');
    expect(sourceOf('[', sources)).toBeUndefined();
    expect(sourceOf('x[y]]', sources)).toBeUndefined();
  });

  it('ends on any path, with a file of the sources or none', () => {
    const path = fc.string({ unit: fc.constantFrom('a', 'b', '.', '[', ']', '0', '1'), maxLength: 20 });
    fc.assert(fc.property(fc.dictionary(path, fc.constantFrom('/s/x.json', '--set')), path, (recorded, issuePath) => {
      const file = sourceOf(issuePath, new Map(Object.entries(recorded)));
      expect(file === undefined || (Object.values(recorded) as string[]).includes(file)).toBe(true);
    }));
  });
});

describe('numbers too large for a double', () => {
  const messages = (parse: () => unknown): string[] => {
    try {
      parse();
    } catch (error) {
      if (error instanceof ScenarioError) return error.message.split('\n');
      throw error;
    }
    throw new Error('accepted');
  };
  const beyond = 'is too large for a number (beyond ±1.8e308); expected a finite number';

  it('are refused as written, each with its field, in the order of the file', () => {
    const text = '{"events":[{"month":1,"type":"policy","set":{"x":1e309}}], "households": -1e309, "trust": {"baseline": 1E400, "b": [0, 1e-400, 12e3000]}}';
    expect(messages(() => parseJson(text, 'f.json'))).toEqual([
      `f.json: events[0].set.x: 1e309 ${beyond}`,
      `f.json: households: -1e309 ${beyond}`,
      `f.json: trust.baseline: 1E400 ${beyond}`,
      `f.json: trust.b[2]: 12e3000 ${beyond}`,
    ]);
  });

  it('name keys as JSON reads them, and the value a repeated key keeps', () => {
    expect(messages(() => parseJson('{"a\\u002eb": {"[": 1e999}, "c": 1e400, "c": 2}', 'f.json'))).toEqual([`f.json: a.b.[: 1e999 ${beyond}`]);
    expect(messages(() => parseJson('{"c": 1, "c": -2e400}', 'f.json'))).toEqual([`f.json: c: -2e400 ${beyond}`]);
  });

  it('are refused in a whole file, shortened when long, and in --set', () => {
    expect(messages(() => parseJson('1e309', 'f.json'))).toEqual([`f.json: 1e309 ${beyond}`]);
    expect(messages(() => parseJson(`{"n": 1${'0'.repeat(400)}}`, 'f.json'))).toEqual([`f.json: n: 1${'0'.repeat(56)}... ${beyond}`]);
    expect(messages(() => applySet({}, 'households=1e309'))).toEqual([`--set: households: 1e309 ${beyond}`]);
    expect(messages(() => applySet({}, 'events=[{"month": 1, "type": "trust_shock", "magnitude": 1e999}]'))).toEqual([`--set: events[0].magnitude: 1e999 ${beyond}`]);
  });

  it('leave the largest doubles and everything else as JSON reads them', () => {
    expect(parseJson('{"a": 1.7976931348623157e308, "b": -1e308, "c": 1e-400, "d": "1e309"}', 'f.json')).toEqual({ a: Number.MAX_VALUE, b: -1e308, c: 0, d: '1e309' });
  });
});
