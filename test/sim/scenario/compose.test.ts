/** Putting a scenario together: which file each field of a composed scenario comes from. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeScenario, sourceOf, type Sources } from '../../../sim/scenario/compose.ts';

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
      expect(file === undefined || Object.values(recorded).includes(file)).toBe(true);
    }));
  });
});
