// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readLocation, writeLocation } from '../../web/share.ts';
import { initialState, getPath, unsetPath, setPath } from '../../web/state.ts';

describe('the scenario in the URL', () => {
  it('writes the scenario and the seeds, and reads them back', () => {
    const state = initialState();
    state.raw = setPath(state.raw, 'government.dibao.lineRural', 650);
    state.seeds = 4;
    writeLocation(state);
    const back = readLocation(location.hash);
    expect(back.error).toBeUndefined();
    expect(back.seeds).toBe(4);
    expect(getPath(back.raw!, 'government.dibao.lineRural')).toBe(650);
    expect(back.raw).toEqual(state.raw);
  });

  it('reports a damaged link and ignores seeds out of range', () => {
    expect(readLocation('#s=%%%').error).toBeTruthy();
    expect(readLocation('#n=99')).toEqual({});
    expect(readLocation('')).toEqual({});
  });
});

describe('state paths', () => {
  it('unsets a nested value without touching its neighbours or the original', () => {
    const raw = { a: { b: 1, c: 2 }, d: 3 };
    const out = unsetPath(raw, 'a.b');
    expect(out).toEqual({ a: { c: 2 }, d: 3 });
    expect(raw).toEqual({ a: { b: 1, c: 2 }, d: 3 });
    expect(unsetPath(raw, 'x.y')).toBe(raw);
  });
});
