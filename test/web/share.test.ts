// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readLocation, writeLocation } from '../../web/share.ts';
import { MAX_HASH_LENGTH } from '../../web/url.ts';
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

  it('says when a scenario is too large for a link, and leaves it out of the address', () => {
    const state = initialState();
    state.raw = { ...state.raw, description: '字'.repeat(8000) };
    const written = writeLocation(state);
    expect(written).toEqual({ fits: false, characters: expect.any(Number) });
    if (!written.fits) expect(written.characters).toBeGreaterThan(MAX_HASH_LENGTH);
    expect(location.hash).not.toContain('s=');
    state.raw = initialState().raw;
    expect(writeLocation(state)).toEqual({ fits: true });
    expect(location.hash).toContain('s=');
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
